import type { Cell } from '../../model/cell.ts';
import type { ExtraRow, Table, TableInfo } from '../../model/report.ts';
import type { Diagnostics } from '../diagnostics.ts';
import { type Grid, type GridCell, uniqueCells } from '../grid.ts';
import { REVIEW_COLUMN_PHRASES, REVIEW_LAYOUT } from '../labels/review.ts';
import { hasNumber, keyOf, toCell, trimTrailingBlanks, valueLike } from './cells.ts';
import type { MappedTable } from './applications.ts';

const ROW_HEADERS: Record<string, readonly string[]> = {
  review: ['行政复议'],
  litigationDirect: ['未经复议直接起诉', '直接起诉'],
  litigationAfterReview: ['复议后起诉'],
};

/** Maps 表四: the one row of 15 numbers, in the format's order (report-format.md §5). */
export function mapReview(grids: readonly Grid[], diag: Diagnostics): MappedTable {
  const table: Table = {};
  const rowLabels: TableInfo['rowLabels'] = {};
  const columnLabels: TableInfo['columnLabels'] = {};
  const extraRows: ExtraRow[] = [];
  let headerRow: GridCell[] | null = null;
  let done = false;
  for (const grid of grids) {
    for (const row of grid.rows) {
      const cells = trimTrailingBlanks(uniqueCells(row));
      if (cells.length === 0) continue;
      let labelEnd = -1;
      for (let i = 0; i < cells.length; i++) if (!valueLike(cells[i])) labelEnd = i;
      const values = cells.slice(labelEnd + 1);
      const where = { table: 'reviewLitigation', tableIndex: grid.tableIndex };
      if (!hasNumber(values) && !values.some((c) => c.preset) && !(values.length === REVIEW_LAYOUT.length && labelEnd >= 0 && values.every((c) => c.text === '') && !done)) {
        for (const c of cells) {
          const k = keyOf(c);
          for (const [rowKey, words] of Object.entries(ROW_HEADERS)) if (!rowLabels[rowKey] && words.some((w) => k === w || (rowKey !== 'review' && k.includes(w)))) rowLabels[rowKey] = { raw: c.text, ...(c.anchor ? { anchor: c.anchor } : {}) };
        }
        if (cells.length >= REVIEW_LAYOUT.length && cells.every((c) => !valueLike(c))) headerRow = cells.slice(-REVIEW_LAYOUT.length);
        continue;
      }
      const label = labelEnd >= 0 ? cells.slice(0, labelEnd + 1).map((c) => c.text).join(' ') : '';
      if (done) {
        diag.add('warning', 'row-unmapped', '表四 has a second row of numbers', { ...where, label });
        extraRows.push({ label, kind: 'unknown', cells: values.map((c) => toCell(c, diag, where)) });
        continue;
      }
      if (values.length !== REVIEW_LAYOUT.length) {
        diag.add('warning', 'row-shape', `表四 data row has ${values.length} value cells, expected ${REVIEW_LAYOUT.length}`, { ...where, count: values.length });
        done = true;
        continue;
      }
      REVIEW_LAYOUT.forEach(({ row: r, col }, i) => {
        const out: Record<string, Cell> = (table[r] ??= {});
        out[col] = toCell(values[i], diag, where, r, col);
      });
      done = true;
    }
  }
  if (headerRow) {
    headerRow.forEach((h, i) => {
      const { row: r, col } = REVIEW_LAYOUT[i];
      const k = keyOf(h);
      if (REVIEW_COLUMN_PHRASES[col].some((p) => k.includes(p))) columnLabels[`${r}.${col}`] = { raw: h.text, ...(h.anchor ? { anchor: h.anchor } : {}) };
      else diag.add('info', 'column-label-unexpected', `表四 column ${i + 1} header 「${h.text}」`, { row: r, col, raw: h.text });
    });
  }
  return { table, info: { rowLabels, columnLabels, extraRows } };
}
