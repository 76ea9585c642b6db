import type { Cell } from '../../model/cell.ts';
import { ACTIVE_ROWS_2019, ACTIVE_ROWS_2021 } from '../../model/keys.ts';
import type { ExtraRow, Table, TableInfo } from '../../model/report.ts';
import type { Diagnostics } from '../diagnostics.ts';
import { type Grid, type GridCell, uniqueCells } from '../grid.ts';
import { ACTIVE_BLOCK_MARKER, ACTIVE_COLUMN_LABELS, ACTIVE_HEADER_FIRST, ACTIVE_ROW_LABELS } from '../labels/active.ts';
import { stripOrdinal } from '../text/normalize.ts';
import { hasNumber, keyOf, matchesLabel, toCell, trimTrailingBlanks, valueLike } from './cells.ts';
import type { MappedTable } from './applications.ts';

const ALLOWED: Record<string, ReadonlySet<string>> = {};
for (const rows of [ACTIVE_ROWS_2021, ACTIVE_ROWS_2019] as Record<string, readonly string[]>[]) {
  for (const [row, cols] of Object.entries(rows)) ALLOWED[row] = new Set([...(ALLOWED[row] ?? []), ...cols]);
}

function columnKey(gc: GridCell): string | null {
  const key = keyOf(gc);
  const spec = ACTIVE_COLUMN_LABELS.find((c) => matchesLabel(key, c));
  return spec ? spec.key : null;
}

function rowKey(gc: GridCell): string | null {
  const key = stripOrdinal(keyOf(gc));
  return ACTIVE_ROW_LABELS.find((r) => matchesLabel(key, r))?.key ?? null;
}

/** Maps the 表二 grids (one table or four) by the 信息内容 header row above each block. */
export function mapActive(grids: readonly Grid[], diag: Diagnostics): MappedTable {
  const table: Table = {};
  const rowLabels: TableInfo['rowLabels'] = {};
  const columnLabels: TableInfo['columnLabels'] = {};
  const extraRows: ExtraRow[] = [];
  let header: { key: string | null; cell: GridCell }[] | null = null;

  for (const grid of grids) {
    for (const row of grid.rows) {
      const cells = trimTrailingBlanks(uniqueCells(row));
      if (cells.length === 0) continue;
      const first = keyOf(cells[0]);
      if (first.includes(ACTIVE_BLOCK_MARKER)) {
        header = null;
        continue;
      }
      const rest = cells.slice(1);
      const isHeader = ACTIVE_HEADER_FIRST.some((h) => first.includes(h)) || (rest.length > 0 && rest.every((c) => !valueLike(c) && columnKey(c) !== null));
      if (isHeader) {
        header = rest.map((cell) => ({ key: columnKey(cell), cell }));
        for (const h of header) if (h.key && !columnLabels[h.key]) columnLabels[h.key] = { raw: h.cell.text, ...(h.cell.anchor ? { anchor: h.cell.anchor } : {}) };
        continue;
      }
      const key = rowKey(cells[0]);
      const where = { table: 'active', tableIndex: grid.tableIndex, label: cells[0].text };
      if (!key) {
        if (hasNumber(rest)) {
          diag.add('warning', 'row-unmapped', `表二 row label not mapped: ${cells[0].text}`, where);
          extraRows.push({ label: cells[0].text, kind: 'unknown', cells: rest.map((c) => toCell(c, diag, where)), ...(cells[0].anchor ? { anchor: cells[0].anchor } : {}) });
        }
        continue;
      }
      if (rest.length === 0) continue;
      if (!header || header.length !== rest.length) {
        diag.add('warning', 'row-shape', `表二 row ${cells[0].text}: ${rest.length} values, ${header?.length ?? 0} column headers`, { ...where, key });
        continue;
      }
      const out: Record<string, Cell> = table[key] ?? {};
      header.forEach((h, i) => {
        if (!h.key || !ALLOWED[key]?.has(h.key)) {
          diag.add('warning', 'column-unmapped', `表二 column 「${h.cell.text}」 does not belong to row ${key}`, { ...where, key, column: h.cell.text });
          return;
        }
        if (out[h.key]) {
          diag.add('warning', 'row-duplicate', `表二 cell ${key}.${h.key} appears twice`, { ...where, key, col: h.key });
          return;
        }
        out[h.key] = toCell(rest[i], diag, where, key, h.key);
      });
      if (Object.keys(out).length) {
        table[key] = out;
        if (!rowLabels[key]) rowLabels[key] = { raw: cells[0].text, ...(cells[0].anchor ? { anchor: cells[0].anchor } : {}) };
      }
    }
  }
  return { table, info: { rowLabels, columnLabels, extraRows } };
}
