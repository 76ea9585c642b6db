import { crossYearRules, runRules, type Finding, type Lang, type Report } from '../../core/index.ts';

/** Runs every rule over a report, with the previous year's report for the cross-year rules. */
export function checkReport(report: Report, previous: Report | null, lang: Lang = 'zh-CN'): Finding[] {
  return runRules(report, { previous, lang }).findings;
}

/** The rules that compare a report with the previous year's (the single-report findings are stored already). */
export const CROSS_YEAR_RULES = crossYearRules;

/** Only the cross-year rules: the same findings as checkReport(…).filter(needsPrevious), without running the others. */
export function checkCrossYear(report: Report, previous: Report, lang: Lang = 'zh-CN'): Finding[] {
  return runRules(report, { previous, lang, rules: CROSS_YEAR_RULES }).findings;
}
