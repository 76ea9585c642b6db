import type { Cell } from '../../model/cell.ts';
import type { CellRef } from '../../model/finding.ts';
import type { TableKey } from '../../model/keys.ts';
import type { Report } from '../../model/report.ts';

/** A canonical cell address. */
export function ref(table: TableKey, row: string, col: string): CellRef {
  return { table, row, col };
}

/** The cell at a canonical address, if the parser found it. */
export function cellAt(report: Report, r: CellRef): Cell | undefined {
  return report.tables[r.table][r.row]?.[r.col];
}

/** Blank or placeholder: counts as 0 in identities (report-format.md §8, value semantics). */
export function isBlankLike(cell: Cell): boolean {
  return cell.semantics === 'blank' || cell.semantics === 'placeholder';
}

/** True when the cell holds a number (explicit zero included). */
export function isNumeric(cell: Cell | undefined): cell is Cell & { value: number } {
  return !!cell && cell.value !== null && (cell.semantics === 'number' || cell.semantics === 'zero');
}

/** Number of decimal places as printed (from the raw text, not the float). */
export function printedDecimals(cell: Cell): number {
  const match = /[.．](\d+)/.exec(cell.raw.normalize('NFKC'));
  return match ? match[1].length : 0;
}
