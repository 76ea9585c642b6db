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
const IGNORED = /[\s\u200b]+/g;
const IGNORED_CHAR = /[\s\u200b]/;

interface Segment {
  node: Text;
  /** Offset of this node's first kept character in the joined text. */
  start: number;
  length: number;
}

/**
 * The document's visible text with whitespace removed, as one string plus one segment per text node
 * (no per-character bookkeeping: a match is mapped back to node offsets only for the two nodes it touches).
 */
export class TextIndex {
  private readonly segments: Segment[] = [];
  private readonly text: string;

  constructor(root: Node) {
    const doc = root.ownerDocument ?? (root as Document);
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode(node) {
        for (let p = node.parentElement; p; p = p.parentElement) if (SKIP.has(p.tagName)) return NodeFilter.FILTER_REJECT;
        return NodeFilter.FILTER_ACCEPT;
      },
    });
    const parts: string[] = [];
    let at = 0;
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const kept = node.data.replace(IGNORED, '');
      if (!kept) continue;
      this.segments.push({ node, start: at, length: kept.length });
      parts.push(kept);
      at += kept.length;
    }
    this.text = parts.join('');
  }

  /** The segment holding joined-text position `pos`, and the offset in its node's data of that character. */
  private position(pos: number): { node: Text; offset: number } {
    let lo = 0;
    let hi = this.segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.segments[mid].start <= pos) lo = mid;
      else hi = mid - 1;
    }
    const seg = this.segments[lo];
    let kept = pos - seg.start;
    const data = seg.node.data;
    for (let i = 0; i < data.length; i++) {
      if (IGNORED_CHAR.test(data[i])) continue;
      if (kept-- === 0) return { node: seg.node, offset: i };
    }
    return { node: seg.node, offset: data.length };
  }

  /**
   * A Range over the snippet's occurrence; with several occurrences, the one whose relative position best matches
   * the anchor's position in the report text (`ratio` in 0..1).
   */
  find(snippet: string, ratio = 0): Range | null {
    const needle = snippet.replace(IGNORED, '');
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
    const start = this.position(best);
    const end = this.position(best + needle.length - 1);
    const range = start.node.ownerDocument.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset + 1);
    return range;
  }
}

/** Finds a text anchor's sentence in the live page. */
export function locateText(index: TextIndex, anchor: TextAnchor, reportTextLength: number): Range | null {
  return index.find(anchor.snippet, reportTextLength ? anchor.start / reportTextLength : 0);
}
