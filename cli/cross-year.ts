import { runRules } from '../core/engine/run.ts';
import type { Lang } from '../core/model/finding.ts';
import type { Report } from '../core/model/report.ts';
import { SEVERITY_ORDER } from '../core/model/finding.ts';
import { crossYearRules } from '../core/rules/index.ts';
import type { CheckedFile } from './check-file.ts';

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

/**
 * Runs the cross-year rules for each pair (`checked`: full results by input index; `prev`: the --prev report). Their
 * outcomes replace the not-applicable ones and their findings join the report's, most severe first.
 */
export function applyCrossYear(pairs: readonly CrossYearPair[], checked: ReadonlyMap<number, CheckedFile>, prev: Report | null, lang: Lang): void {
  for (const { current, previous } of pairs) {
    const r = checked.get(current);
    const p = previous === 'prev' ? null : checked.get(previous);
    const before = previous === 'prev' ? prev : p?.ok ? p.report : null;
    if (!r?.ok || !before) continue;
    const cross = runRules(r.report, { previous: before, lang, rules: crossYearRules });
    Object.assign(r.outcomes, cross.outcomes);
    r.findings.push(...cross.findings);
    r.findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  }
}
