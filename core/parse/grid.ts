import type { CellSemantics, TableAnchor } from '../model/cell.ts';
import { collapseSpace } from './text/normalize.ts';

/** One position of an expanded table grid. Spanned positions share the same `id` and the origin's anchor. */
export interface GridCell {
  /** Unique per source cell within the table. */
  id: number;
  /** Whitespace-collapsed textContent of the whole cell. */
  text: string;
  /** Top-left position of the source cell (null for text-only grids). */
  anchor: TableAnchor | null;
  /** The source element (null for text-only grids). */
  el: Element | null;
  /** Value decided by the text parser (glued digits split by the identities); overrides reading `text`. */
  preset?: { value: number | null; semantics: CellSemantics; confidence: 'high' | 'low' };
}

export interface Grid {
  /** Index among all <table> elements of the document; null for text input. */
  tableIndex: number | null;
  rows: GridCell[][];
}

/** Maximum spans honoured (Word sometimes writes rowspan=999). */
const MAX_SPAN = 1000;
/** Maximum grid positions expanded per table: absurd spans must not turn a small page into a million cells. */
export const MAX_GRID_POSITIONS = 200_000;

function span(el: Element, name: string): number {
  const v = Number.parseInt(el.getAttribute(name) ?? '1', 10);
  return Number.isFinite(v) && v >= 1 ? Math.min(v, MAX_SPAN) : 1;
}

function isCell(el: Element): boolean {
  const t = el.tagName;
  return t === 'TD' || t === 'TH' || t === 'td' || t === 'th';
}

/**
 * The <tr> elements of this table only (not of nested tables), in order, without relying on an implicit <tbody>
 * (linkedom inserts none). Linear in the table's size.
 */
export function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  const visit = (parent: Element): void => {
    for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
      const t = c.tagName.toUpperCase();
      if (t === 'TR') rows.push(c);
      else if (t === 'TBODY' || t === 'THEAD' || t === 'TFOOT') visit(c);
    }
  };
  visit(table);
  return rows;
}

export function cellsOf(tr: Element): Element[] {
  const cells: Element[] = [];
  for (let c = tr.firstElementChild; c; c = c.nextElementSibling) if (isCell(c)) cells.push(c);
  return cells;
}

/**
 * Expands rowspan/colspan into a full grid (the classic matrix fill). Rows past the last <tr> created by rowspans are
 * dropped. `texts`: cell texts already read from the DOM (by the body walk), so no cell's text is read twice.
 */
export function buildGrid(table: Element, tableIndex: number, texts?: ReadonlyMap<Element, string>): Grid {
  const trs = rowsOf(table);
  const rows: GridCell[][] = trs.map(() => []);
  let id = 0;
  let positions = 0;
  for (let r = 0; r < trs.length && positions <= MAX_GRID_POSITIONS; r++) {
    let col = 0;
    for (const td of cellsOf(trs[r])) {
      while (rows[r][col]) col++;
      const rs = Math.min(span(td, 'rowspan'), trs.length - r);
      const cs = span(td, 'colspan');
      positions += rs * cs;
      if (positions > MAX_GRID_POSITIONS) break;
      const cell: GridCell = {
        id: id++,
        text: collapseSpace(texts?.get(td) ?? td.textContent ?? ''),
        anchor: { kind: 'table', tableIndex, row: r, col },
        el: td,
      };
      for (let dr = 0; dr < rs; dr++) for (let dc = 0; dc < cs; dc++) rows[r + dr][col + dc] = cell;
      col += cs;
    }
  }
  // Fill holes (ragged rows) so every row is dense up to its own last cell.
  for (const row of rows) for (let c = 0; c < row.length; c++) if (!row[c]) row[c] = { id: id++, text: '', anchor: null, el: null };
  return { tableIndex, rows };
}

/** The distinct source cells of a grid row, in order (a colspan cell counts once). */
export function uniqueCells(row: readonly GridCell[]): GridCell[] {
  const out: GridCell[] = [];
  let last = -1;
  for (const c of row) {
    if (c.id !== last) out.push(c);
    last = c.id;
  }
  return out;
}

/** Finds the element a table anchor points at (for overlays and tests). */
export function locateCell(doc: Document, anchor: TableAnchor): Element | null {
  const table = doc.querySelectorAll('table')[anchor.tableIndex];
  if (!table) return null;
  const grid = buildGrid(table, anchor.tableIndex);
  return grid.rows[anchor.row]?.[anchor.col]?.el ?? null;
}
