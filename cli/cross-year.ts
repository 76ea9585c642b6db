import { runRules } from '../core/engine/run.ts';
import type { Lang } from '../core/model/finding.ts';
import type { Report } from '../core/model/report.ts';
import { SEVERITY_ORDER } from '../core/model/finding.ts';
import { crossYearRules } from '../core/rules/index.ts';
import type { CheckedFile } from './check-file.ts';
import type { CrossYearPair } from './pairing.ts';

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
