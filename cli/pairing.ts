/**
 * Which checked inputs the cross-year rules compare. No core imports: the checker loads the rules (cross-year.ts)
 * only when some pair exists.
 */
const agencyKey = (agency: string | null) => (agency ?? '').replace(/\s+/g, '');

/** What pairing reads of a checked input. */
export type PairingInfo = { ok: false } | { ok: true; agency: string | null; year: number | null };

/** A report (index into the inputs) and its previous year's: another input's index, or 'prev' (the --prev report). */
export interface CrossYearPair {
  current: number;
  previous: number | 'prev';
}

/**
 * Which reports get the cross-year rules, and against what: the --prev report when one is given (every readable
 * input), else the report of the same agency for year Y-1 among the inputs (the last such input when several).
 */
export function crossYearPairs(results: readonly PairingInfo[], withPrev: boolean): CrossYearPair[] {
  const pairs: CrossYearPair[] = [];
  if (withPrev) {
    results.forEach((r, i) => r.ok && pairs.push({ current: i, previous: 'prev' }));
    return pairs;
  }
  const byAgencyYear = new Map<string, number>();
  results.forEach((r, i) => {
    if (r.ok && r.agency && r.year) byAgencyYear.set(`${agencyKey(r.agency)}|${r.year}`, i);
  });
  results.forEach((r, i) => {
    if (!r.ok || !r.year) return;
    const previous = byAgencyYear.get(`${agencyKey(r.agency)}|${r.year - 1}`);
    if (previous !== undefined && previous !== i) pairs.push({ current: i, previous });
  });
  return pairs;
}

/** The input indexes whose full results the pairs need. */
export function pairedIndexes(pairs: readonly CrossYearPair[]): number[] {
  const out = new Set<number>();
  for (const p of pairs) {
    out.add(p.current);
    if (p.previous !== 'prev') out.add(p.previous);
  }
  return [...out].sort((a, b) => a - b);
}
