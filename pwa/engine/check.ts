import { runRules, type Finding, type Lang, type Report } from '../../core/index.ts';

/** Runs every rule over a report, with the previous year's report for the cross-year rules. */
export function checkReport(report: Report, previous: Report | null, lang: Lang = 'zh-CN'): Finding[] {
  return runRules(report, { previous, lang }).findings;
}
