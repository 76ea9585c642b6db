import { defineRule } from './define-rule.ts';
import { label } from '../i18n/format.ts';
import type { Report } from '../model/report.ts';
import { hasApplicationsTable } from './prose/applies.ts';
import { claimsOf, COMPARATIVE, type Claim } from './prose/claims.ts';
import { claimHolds, reportClaim } from './prose/report-claim.ts';
import { aboutOtherYear, scopeOf } from './prose/scope.ts';
import { reportSentences, textAnchor } from './prose/sentences.ts';
import { applicationGroupRows, applicationsTotal, type TableValue } from './prose/table-values.ts';

/** Outcome wording right before the number (a few filler characters allowed: 「予以公开的有42件」). */
const GAP = '[^，。；：\\d]{0,6}$';
const KINDS = [
  { kind: 'grantedAndPartly', re: new RegExp(`(?:予以公开|同意公开|全部公开)[^，。；\\d]{0,3}(?:及|和|与|、|含)(?:部分公开|部分予以公开)[）)]?${GAP}`) },
  { kind: 'denied', re: new RegExp(`不予公开${GAP}`) },
  { kind: 'partly', re: new RegExp(`部分公开${GAP}`) },
  { kind: 'granted', re: new RegExp(`(?:予以公开|同意公开|全部公开)${GAP}`) },
  { kind: 'unavailable', re: new RegExp(`无法提供${GAP}`) },
  { kind: 'notProcessed', re: new RegExp(`不予处理${GAP}`) },
  { kind: 'other', re: new RegExp(`其他处理${GAP}`) },
] as const;
type Kind = (typeof KINDS)[number]['kind'];

function allowed(report: Report, kind: Kind, claim: Claim): { primary: TableValue; alternatives: TableValue[] } {
  const rows = (prefix: string) => applicationsTotal(report, applicationGroupRows(report, prefix));
  switch (kind) {
    case 'grantedAndPartly':
      return { primary: applicationsTotal(report, ['granted', 'partlyGranted']), alternatives: [] };
    case 'granted':
      return { primary: applicationsTotal(report, ['granted']), alternatives: [applicationsTotal(report, ['granted', 'partlyGranted'])] };
    case 'partly':
      return { primary: applicationsTotal(report, ['partlyGranted']), alternatives: [] };
    case 'denied':
      return { primary: rows('denied.'), alternatives: [] };
    case 'unavailable':
      // 「因本机关不掌握等原因无法提供 N 件」 may mean the 不掌握 row alone (上海 2019).
      return {
        primary: rows('unavailable.'),
        alternatives: /不掌握/.test(claim.clause) ? [applicationsTotal(report, ['unavailable.notHeld'])] : [],
      };
    case 'notProcessed':
      return { primary: rows('notProcessed.'), alternatives: [] };
    case 'other':
      return { primary: rows('other.'), alternatives: [] };
  }
}

/** Outcome statements and their percentages match the 表三 总计 column; percent = count / （七）总计, ±0.1 pp (§8.3). */
export default defineRule({
  id: 'prose-outcomes',
  meta: {
    category: 'prose',
    defaultSeverity: 'warning',
    defaultOptions: { tolerancePp: 0.1 },
    docs: {
      'zh-CN': {
        name: '正文办理结果与表三一致',
        description: '正文所述予以公开、不予公开、无法提供、不予处理等办理结果的件数和占比，应与表三总计栏一致（占比 = 件数 ÷（七）总计）。',
        fix: '按表三总计栏重新计算件数和百分比，更正正文或表格。',
      },
      en: {
        name: 'Outcomes in the text match Table 3',
        description: 'Outcome counts and percentages stated in the text (granted, withheld, unavailable, not processed…) must agree with the Table 3 total column (percent = count ÷ III(7) total).',
        fix: 'Recompute the counts and percentages from the Table 3 total column and correct the text or the table.',
      },
    },
  },
  messages: {
    'zh-CN': {
      count: '正文称{outcome} {stated} 件，表三相应行总计为 {table}',
      countScope: '正文称「{scope}」{outcome} {stated} 件，表三相应行总计为 {table}：口径可能不同，请人工核对',
      percent: '正文称{outcome}占 {statedPercent}%，按表三应为 {table} ÷ {concluded} = {expectedPercent}%',
    },
    en: {
      count: 'The text says {stated} applications were "{outcome}"; the matching Table 3 rows total {table}',
      countScope: 'The text says {stated} applications were "{outcome}" ("{scope}"); the matching Table 3 rows total {table}: the scope may differ, please review',
      percent: 'The text says "{outcome}" was {statedPercent}%; Table 3 gives {table} ÷ {concluded} = {expectedPercent}%',
    },
  },
  appliesTo: hasApplicationsTable,
  check(ctx) {
    const report = ctx.report;
    const tolerance = Number(ctx.options.tolerancePp ?? 0.1);
    const concluded = applicationsTotal(report, ['resultsTotal']);
    for (const claim of claimsOf(reportSentences(report, [1, 2, 3, 4]))) {
      if (COMPARATIVE.test(claim.clause) || /复议|诉讼/.test(claim.clause) || aboutOtherYear(claim.sentence, report)) continue;
      const hit = KINDS.find((k) => k.re.test(claim.clause));
      if (!hit) continue;
      const outcome = hit.re.exec(claim.clause)![0].replace(/[^\u4e00-\u9fff]+$/, '');
      const { primary, alternatives } = allowed(report, hit.kind, claim);
      const raised = reportClaim(ctx, { claim, primary, alternatives, messageId: 'count', data: { outcome } });
      if (!claim.percent || concluded.value === null || concluded.value === 0 || scopeOf(claim.sentence, report).broader) continue;
      // Compare the percentage with the table value the count matched (or the primary one when it matched none).
      const matched = raised ? primary : [primary, ...alternatives].find((v) => claimHolds({ claim, primary: v })) ?? primary;
      if (matched.value === null) continue;
      const expectedPercent = Math.round((matched.value / concluded.value) * 10000) / 100;
      const statedPercent = claim.percent.value;
      if (Math.abs(expectedPercent - statedPercent) <= tolerance + 1e-9) continue;
      const finding = {
        messageId: 'percent',
        data: { outcome, statedPercent, expectedPercent, table: matched.value, concluded: concluded.value, cell: label({ table: 'applications', row: 'resultsTotal', col: 'total' }) },
        cells: matched.cells,
        related: concluded.cells,
        text: [textAnchor(report, claim.start, claim.end)],
        expected: expectedPercent,
        actual: statedPercent,
      };
      if (matched.uncertain || concluded.uncertain) ctx.needsReview(finding);
      else ctx.fail(finding);
    }
  },
});
