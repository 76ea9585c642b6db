import type { Cell } from '../model/cell.ts';
import type { Report } from '../model/report.ts';
import { collectAddresses, type CellAddress } from './cell-order.ts';

export type AlignedStatus = 'same' | 'changed' | 'only-left' | 'only-right' | 'unreadable';

export interface AlignedCell extends CellAddress {
  left: Cell | null;
  right: Cell | null;
  status: AlignedStatus;
  /** right − left when both are numbers. */
  delta: number | null;
}

function statusOf(left: Cell | null, right: Cell | null): AlignedStatus {
  if (!left) return 'only-right';
  if (!right) return 'only-left';
  if (left.value === null && right.value === null) return left.raw === right.raw ? 'same' : 'unreadable';
  if (left.value === null || right.value === null) return 'changed';
  return left.value === right.value ? 'same' : 'changed';
}

/** Aligns two reports' tables by canonical key (table.row.col), in printed order, and marks the differences. */
export function alignReports(left: Pick<Report, 'tables'>, right: Pick<Report, 'tables'>): AlignedCell[] {
  return collectAddresses([left, right]).map((a) => {
    const l = left.tables[a.table]?.[a.row]?.[a.col] ?? null;
    const r = right.tables[a.table]?.[a.row]?.[a.col] ?? null;
    const delta = l?.value != null && r?.value != null ? r.value - l.value : null;
    return { ...a, left: l, right: r, status: statusOf(l, r), delta };
  });
}

/** Counts of aligned cells by status. */
export function alignmentSummary(cells: readonly AlignedCell[]): Record<AlignedStatus, number> {
  const out: Record<AlignedStatus, number> = { same: 0, changed: 0, 'only-left': 0, 'only-right': 0, unreadable: 0 };
  for (const c of cells) out[c.status]++;
  return out;
}
