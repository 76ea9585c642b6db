import type { CellRef } from '../../model/finding.ts';
import type { Report } from '../../model/report.ts';
import { cellAt, isBlankLike } from './cells.ts';

/**
 * Outcome of an identity `Σ left = Σ right` under the value semantics of report-format.md §8:
 * blank and placeholder cells count as 0; text and low-confidence cells make a failure undecidable.
 */
export type Verdict = 'empty' | 'holds' | 'holds-with-blanks' | 'fails' | 'fails-with-blanks' | 'undecidable';

export interface IdentityResult {
  verdict: Verdict;
  left: number;
  right: number;
  /** Blank / placeholder cells that were counted as 0. */
  blanks: CellRef[];
  /** Unreadable text or low-confidence cells. */
  doubtful: CellRef[];
}

function side(report: Report, refs: readonly CellRef[], acc: { blanks: CellRef[]; doubtful: CellRef[]; filled: number }): number {
  let sum = 0;
  for (const r of refs) {
    const cell = cellAt(report, r);
    if (!cell) continue;
    if (cell.value !== null) {
      sum += cell.value;
      acc.filled++;
      if (cell.confidence === 'low') acc.doubtful.push(r);
    } else if (isBlankLike(cell)) acc.blanks.push(r);
    else {
      acc.doubtful.push(r);
      acc.filled++;
    }
  }
  return sum;
}

const EPSILON = 1e-9;

export function evaluateIdentity(report: Report, left: readonly CellRef[], right: readonly CellRef[]): IdentityResult {
  const acc = { blanks: [] as CellRef[], doubtful: [] as CellRef[], filled: 0 };
  const l = side(report, left, acc);
  const r = side(report, right, acc);
  const base = { left: l, right: r, blanks: acc.blanks, doubtful: acc.doubtful };
  if (acc.filled === 0) return { verdict: acc.blanks.length ? 'holds-with-blanks' : 'empty', ...base };
  if (Math.abs(l - r) < EPSILON) return { verdict: acc.blanks.length ? 'holds-with-blanks' : 'holds', ...base };
  if (acc.doubtful.length) return { verdict: 'undecidable', ...base };
  return { verdict: acc.blanks.length ? 'fails-with-blanks' : 'fails', ...base };
}

/** Rounds sums of decimals for display (e.g. 0.1 + 0.2). */
export function tidy(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
