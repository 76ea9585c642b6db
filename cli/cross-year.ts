import { runRules } from '../core/engine/run.ts';
import type { Lang } from '../core/model/finding.ts';
import type { Report } from '../core/model/report.ts';
import { SEVERITY_ORDER } from '../core/model/finding.ts';
import { crossYearRules } from '../core/rules/index.ts';
import type { CheckedFile } from './check-file.ts';


const agencyKey = (agency: string | null) => (agency ?? '').replace(/\s+/g, '');

/**
 * Runs the cross-year rules for each report that has a previous year's report: the one given with --prev,
 * else a report of the same agency for year Y-1 among the inputs. Replaces the not-applicable outcomes.
 */
export function applyCrossYear(results: CheckedFile[], prev: Report | null, lang: Lang): void {
  const byAgencyYear = new Map<string, Report>();
  for (const r of results) if (r.ok && r.report.agency && r.report.year) byAgencyYear.set(`${agencyKey(r.report.agency)}|${r.report.year}`, r.report);
  for (const r of results) {
    if (!r.ok) continue;
    const previous = prev ?? (r.report.year ? byAgencyYear.get(`${agencyKey(r.report.agency)}|${r.report.year - 1}`) : undefined);
    if (!previous || previous === r.report) continue;
    const cross = runRules(r.report, { previous, lang, rules: crossYearRules });
    Object.assign(r.outcomes, cross.outcomes);
    r.findings.push(...cross.findings);
    r.findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  }
}
