import { defineRule } from './define-rule.ts';
import { label } from '../i18n/format.ts';
import { hasReviewTable } from './prose/applies.ts';
import { claimsOf, COMPARATIVE } from './prose/claims.ts';
import { reportClaim } from './prose/report-claim.ts';
import { aboutOtherYear } from './prose/scope.ts';
import { reportSentences } from './prose/sentences.ts';
import { ref, sumCells } from './prose/table-values.ts';

/** The subject keyword right before the number: 「行政复议案件2件」「被提起行政诉讼共7件」. */
const SUBJECT = /(复议|诉讼)(?:案件|申请|案)?[^，。；\d复诉]{0,6}$/;
/** 「行政复议和行政诉讼各1件」: one number for both, not comparable. */
const BOTH = /复议[^，。；\d]{0,4}(?:和|及|与|、|或)[^，。；\d]{0,4}诉讼|诉讼[^，。；\d]{0,4}(?:和|及|与|、|或)[^，。；\d]{0,4}复议/;
/** Outcome words: a count of upheld/corrected cases is not the block total. */
const SUB_OUTCOME = /维持|纠正|纠错|撤销|驳回|败诉|胜诉|审结|未结|其他结果|直接起诉|复议后/;

/** 「行政复议 N 件」 = 表四 行政复议 总计; 「行政诉讼 N 件」 = 直接起诉 + 复议后起诉 总计 (report-format.md §8.3). */
export default defineRule({
  id: 'prose-review-litigation',
  meta: {
    category: 'prose',
    defaultSeverity: 'warning',
    docs: {
      'zh-CN': {
        name: '正文复议诉讼数与表四一致',
        description: '正文所述因政府信息公开引起的行政复议、行政诉讼件数应与表四总计一致（行政诉讼 = 未经复议直接起诉 + 复议后起诉）。',
        fix: '核对正文与表四各栏总计；正文若为全市备案数等不同口径，请写明。',
      },
      en: {
        name: 'Review and litigation counts in the text match Table 4',
        description: 'Review and litigation counts stated in the text must agree with the Table 4 totals (litigation = direct + after review).',
        fix: 'Compare the text with the Table 4 totals; if the text counts something else (e.g. city-wide filings), say so.',
      },
    },
  },
  messages: {
    'zh-CN': {
      review: '正文称行政复议 {stated} 件，{cell}为 {table}',
      reviewScope: '正文称「{scope}」行政复议 {stated} 件，{cell}为 {table}：口径可能不同，请人工核对',
      litigation: '正文称行政诉讼 {stated} 件，表四直接起诉与复议后起诉总计之和为 {table}',
      litigationScope: '正文称「{scope}」行政诉讼 {stated} 件，表四直接起诉与复议后起诉总计之和为 {table}：口径可能不同，请人工核对',
    },
    en: {
      review: 'The text says {stated} administrative reviews; {cell} is {table}',
      reviewScope: 'The text says {stated} administrative reviews ("{scope}"); {cell} is {table}: the scope may differ, please review',
      litigation: 'The text says {stated} lawsuits; Table 4 direct + after-review totals add up to {table}',
      litigationScope: 'The text says {stated} lawsuits ("{scope}"); Table 4 direct + after-review totals add up to {table}: the scope may differ, please review',
    },
  },
  appliesTo: hasReviewTable,
  check(ctx) {
    const report = ctx.report;
    const review = sumCells(report, [ref('reviewLitigation', 'review', 'total')]);
    const direct = sumCells(report, [ref('reviewLitigation', 'litigationDirect', 'total')]);
    const after = sumCells(report, [ref('reviewLitigation', 'litigationAfterReview', 'total')]);
    const litigation = sumCells(report, [ref('reviewLitigation', 'litigationDirect', 'total'), ref('reviewLitigation', 'litigationAfterReview', 'total')]);
    for (const claim of claimsOf(reportSentences(report, [1, 3, 4]))) {
      const { clause } = claim;
      if (COMPARATIVE.test(clause) || BOTH.test(clause) || SUB_OUTCOME.test(clause) || aboutOtherYear(claim.sentence, report)) continue;
      const m = SUBJECT.exec(clause);
      if (!m) continue;
      if (m[1] === '复议') {
        reportClaim(ctx, { claim, primary: review, messageId: 'review', data: { cell: label({ table: 'reviewLitigation', row: 'review', col: 'total' }) } });
      } else {
        reportClaim(ctx, { claim, primary: litigation, alternatives: [direct, after], messageId: 'litigation' });
      }
    }
  },
});
