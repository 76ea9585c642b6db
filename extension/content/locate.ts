/**
 * Maps the parser's anchors back to the live page, without depending on parser internals:
 * - a table anchor {tableIndex,row,col} → the <td>/<th> at that position of the expanded grid (rowspan/colspan) of
 *   the tableIndex-th <table> of the document (document order);
 * - a text anchor → a Range over the live text nodes, found by its snippet (whitespace ignored).
 */
import type { TableAnchor, TextAnchor } from '../../core/model/cell.ts';
import { HOST_TAG } from './dom-labels.ts';

export type Grid = (HTMLTableCellElement | null)[][];

/** Expands a table's rows into a grid: a cell spanning r×c positions appears at each of them. */
export function expandGrid(table: HTMLTableElement): Grid {
  const grid: Grid = [];
  const rows = Array.from(table.rows);
  rows.forEach((tr, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cell of Array.from(tr.cells)) {
      while (grid[r][c] !== undefined) c++;
      const rowSpan = cell.rowSpan === 0 ? rows.length - r : Math.max(1, cell.rowSpan);
      const colSpan = Math.max(1, cell.colSpan);
      for (let dr = 0; dr < rowSpan && r + dr < rows.length; dr++) {
        const row = (grid[r + dr] ??= []);
        for (let dc = 0; dc < colSpan; dc++) row[c + dc] = cell;
      }
      c += colSpan;
    }
  });
  return grid;
}

/** Resolves table anchors; grids are built once per table and kept for the life of the locator. */
export class CellLocator {
  private readonly tables: HTMLTableElement[];
  private readonly grids = new Map<number, Grid>();

  constructor(doc: Document) {
    this.tables = Array.from(doc.querySelectorAll('table'));
  }

  cell(anchor: TableAnchor): HTMLTableCellElement | null {
    const table = this.tables[anchor.tableIndex];
    if (!table) return null;
    let grid = this.grids.get(anchor.tableIndex);
    if (!grid) {
      grid = expandGrid(table);
      this.grids.set(anchor.tableIndex, grid);
    }
    return grid[anchor.row]?.[anchor.col] ?? null;
  }
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', HOST_TAG.toUpperCase()]);
const SPACE = /\s/;

/** The document's visible-text stream with whitespace removed, and where each character came from. */
export class TextIndex {
  private readonly chars: string[] = [];
  private readonly nodes: Text[] = [];
  private readonly offsets: number[] = [];
  private text = '';

  constructor(root: Node) {
    const doc = root.ownerDocument ?? (root as Document);
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode(node) {
        for (let p = node.parentElement; p; p = p.parentElement) if (SKIP.has(p.tagName)) return NodeFilter.FILTER_REJECT;
        return NodeFilter.FILTER_ACCEPT;
      },
    });
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const data = node.data;
      for (let i = 0; i < data.length; i++) {
        const ch = data[i];
        if (SPACE.test(ch) || ch === '\u200b') continue;
        this.chars.push(ch);
        this.nodes.push(node);
        this.offsets.push(i);
      }
    }
    this.text = this.chars.join('');
  }

  /**
   * A Range over the snippet's occurrence; with several occurrences, the one whose relative position best matches
   * the anchor's position in the report text (`ratio` in 0..1).
   */
  find(snippet: string, ratio = 0): Range | null {
    const needle = snippet.replace(/[\s\u200b]+/g, '');
    if (!needle) return null;
    let best = -1;
    let bestDistance = Infinity;
    for (let at = this.text.indexOf(needle); at !== -1; at = this.text.indexOf(needle, at + 1)) {
      const distance = Math.abs(at / Math.max(1, this.text.length) - ratio);
      if (distance < bestDistance) {
        best = at;
        bestDistance = distance;
      }
    }
    if (best < 0) return null;
    const end = best + needle.length - 1;
    const range = this.nodes[best].ownerDocument.createRange();
    range.setStart(this.nodes[best], this.offsets[best]);
    range.setEnd(this.nodes[end], this.offsets[end] + 1);
    return range;
  }
}

/** Finds a text anchor's sentence in the live page. */
export function locateText(index: TextIndex, anchor: TextAnchor, reportTextLength: number): Range | null {
  return index.find(anchor.snippet, reportTextLength ? anchor.start / reportTextLength : 0);
}
