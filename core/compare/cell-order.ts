import {
  ACTIVE_ROWS_2019,
  ACTIVE_ROWS_2021,
  APPLICATION_COLUMNS,
  APPLICATION_ROWS,
  REVIEW_COLUMNS,
  REVIEW_ROWS,
  TABLE_KEYS,
  type TableKey,
} from '../model/keys.ts';
import type { Report } from '../model/report.ts';

/** A canonical cell address, as in the checker's JSON. */
export interface CellAddress {
  table: TableKey;
  row: string;
  col: string;
}

export function addressKey(a: CellAddress): string {
  return `${a.table}.${a.row}.${a.col}`;
}

function activeOrder(): { rows: string[]; cols: string[] } {
  const rows: string[] = [];
  const cols: string[] = [];
  for (const spec of [ACTIVE_ROWS_2021, ACTIVE_ROWS_2019] as const) {
    for (const [row, rowCols] of Object.entries(spec)) {
      if (!rows.includes(row)) rows.push(row);
      for (const c of rowCols) if (!cols.includes(c)) cols.push(c);
    }
  }
  return { rows, cols };
}

const ACTIVE = activeOrder();
const ORDER: Record<TableKey, { rows: readonly string[]; cols: readonly string[] }> = {
  active: ACTIVE,
  applications: { rows: APPLICATION_ROWS, cols: APPLICATION_COLUMNS },
  reviewLitigation: { rows: REVIEW_ROWS, cols: REVIEW_COLUMNS },
};

function rank(list: readonly string[], key: string): number {
  const i = list.indexOf(key);
  return i === -1 ? list.length : i;
}

/** Sorts addresses in printed order: table, then canonical row order, then column order; unknown keys last, alphabetically. */
export function compareAddresses(a: CellAddress, b: CellAddress): number {
  const t = TABLE_KEYS.indexOf(a.table) - TABLE_KEYS.indexOf(b.table);
  if (t !== 0) return t;
  const order = ORDER[a.table];
  const r = rank(order.rows, a.row) - rank(order.rows, b.row) || a.row.localeCompare(b.row);
  if (r !== 0) return r;
  return rank(order.cols, a.col) - rank(order.cols, b.col) || a.col.localeCompare(b.col);
}

/** Every cell address present in any of the reports, in printed order. */
export function collectAddresses(reports: readonly Pick<Report, 'tables'>[]): CellAddress[] {
  const seen = new Map<string, CellAddress>();
  for (const report of reports) {
    for (const table of TABLE_KEYS) {
      for (const [row, cols] of Object.entries(report.tables[table] ?? {})) {
        for (const col of Object.keys(cols)) {
          const address = { table, row, col };
          seen.set(addressKey(address), address);
        }
      }
    }
  }
  return [...seen.values()].sort(compareAddresses);
}

/** The numeric value at an address, or null when absent, blank or unreadable. */
export function valueAt(report: Pick<Report, 'tables'>, a: CellAddress): number | null {
  return report.tables[a.table]?.[a.row]?.[a.col]?.value ?? null;
}
