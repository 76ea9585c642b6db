import type { CellRef, Finding } from '../../../core/model/finding.ts';

/** One finding resolved against the live page: what the overlay draws. */
export interface DrawTarget {
  key: string;
  finding: Finding;
  /** Flagged cells found on the page, with their canonical address. */
  cells: { el: Element; ref: CellRef }[];
  /** Related cells (the parts of a sum), tinted. */
  related: Element[];
  /** Flagged sentences. */
  ranges: Range[];
  dismissed: boolean;
}

export function isLocated(target: DrawTarget): boolean {
  return target.cells.length > 0 || target.ranges.length > 0;
}
