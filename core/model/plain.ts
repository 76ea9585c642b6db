import type { Report, Table } from './report.ts';

export type PlainTable = Record<string, Record<string, number | null>>;

function plain(table: Table): PlainTable {
  const out: PlainTable = {};
  for (const [row, cols] of Object.entries(table)) {
    out[row] = {};
    for (const [col, cell] of Object.entries(cols)) out[row][col] = cell.value;
  }
  return out;
}

/** Tables as plain values (number or null) under canonical keys: the shape of the checker's JSON. */
export function plainTables(tables: Report['tables']): Record<keyof Report['tables'], PlainTable> {
  return { active: plain(tables.active), applications: plain(tables.applications), reviewLitigation: plain(tables.reviewLitigation) };
}
