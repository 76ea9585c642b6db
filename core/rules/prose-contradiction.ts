import { defineRule, type RuleContext } from './define-rule.ts';
import { hasApplicationsTable, hasReviewTable } from './prose/applies.ts';
import { aboutOtherYear, scopeOf } from './prose/scope.ts';
import { reportSentences, textAnchor, type Sentence } from './prose/sentences.ts';
import { applicationsTotal, ref, sumCells, type TableValue } from './prose/table-values.ts';
import { applicationClaims } from './prose-applications.ts';

const ALL_CONCLUDED =
  /(?:所有|全部)(?:的)?[^。；，]{0,10}申请[^。；，]{0,8}(?:均|都)?(?:已|已经)(?:全部)?(?:按时|按期|依法)?(?:办结|办理完毕|办理完成|答复完毕)|申请[^。；，]{0,6}(?:全部|均已)办结/;
const NONE_RECEIVED =
  /(?:未|没有)(?:收到|受理|接到|发生)(?:任何)?(?:政府信息公开|信息公开|依申请公开)?申请(?=[。；，,]|$|的?情况)|依申请公开(?:申请)?(?:数量)?为(?:0|零)件?(?=[。；，,]|$)/;
const NO_REVIEW =
  /(?:未发生|没有发生|未出现|未产生|未收到|没有收到|无)(?:因政府信息公开(?:申请)?(?:工作)?(?:而)?(?:引起|引发|产生)?的?)?(?:政府信息公开)?(?:行政)?(复议|诉讼)(?:[和、及与或](?:行政)?(复议|诉讼))?(?:案件|情况|事项)?(?=[。；，,]|$)/;

/** Reports one contradiction: error, lowered to warning when the sentence speaks about a wider scope. */
function contradiction(ctx: RuleContext, messageId: string, sentence: Sentence, value: TableValue): void {
  const finding = {
    messageId,
    data: { table: value.value },
    cells: value.cells,
    text: [textAnchor(ctx.report, sentence.start, sentence.end)],
    expected: 0,
    actual: value.value,
  };
  if (scopeOf(sentence, ctx.report).broader) ctx.needsReview({ ...finding, severity: 'warning' });
  else if (value.uncertain) ctx.needsReview(finding);
  else ctx.fail(finding);
}

/**
 * Internal contradictions between prose and tables (report-format.md §8.3 / §8.8): 「所有申请均已办结」 with 四 > 0;
 * 「未收到政府信息公开申请」 with 一 > 0; 「未发生行政复议、行政诉讼」 with a 表四 total > 0; an all-zero 表三 while the
 * prose counts applications received.
 */
export default defineRule({
  id: 'prose-contradiction',
  meta: {
    category: 'prose',
    defaultSeverity: 'error',
    docs: {
      'zh-CN': {
        name: '正文与表格自相矛盾',
        description: '正文称「所有申请均已办结」「未收到申请」「未发生行政复议、行政诉讼」，而表格中却有结转、新收或复议诉讼数字（或反之），报告自相矛盾。',
        fix: '核实实际情况，更正正文或表格中错误的一方。',
      },
      en: {
        name: 'Text contradicts the tables',
        description: 'The text says all applications were concluded, none were received, or no review/litigation occurred, while the tables show carried-forward, received or review/litigation figures (or the reverse).',
        fix: 'Establish the facts and correct whichever of the text or the table is wrong.',
      },
    },
  },
  messages: {
    'zh-CN': {
      allConcluded: '正文称所有申请均已办结，但表三「四、结转下年度继续办理」为 {table}',
      noneReceived: '正文称未收到政府信息公开申请，但表三「一、本年新收」总计为 {table}',
      noReview: '正文称未发生行政复议，但表四行政复议总计为 {table}',
      noLitigation: '正文称未发生行政诉讼，但表四行政诉讼总计为 {table}',
      tableEmpty: '正文称收到申请 {stated} 件，但表三新收和结转均为 0',
    },
    en: {
      allConcluded: 'The text says all applications were concluded, but Table 3 row IV (carried forward) is {table}',
      noneReceived: 'The text says no applications were received, but Table 3 row I total is {table}',
      noReview: 'The text says there was no administrative review, but the Table 4 review total is {table}',
      noLitigation: 'The text says there was no litigation, but the Table 4 litigation totals add up to {table}',
      tableEmpty: 'The text says {stated} applications were received, but Table 3 rows I and II are all 0',
    },
  },
  appliesTo: (report) => hasApplicationsTable(report) || hasReviewTable(report),
  check(ctx) {
    const report = ctx.report;
    const forward = applicationsTotal(report, ['carriedForward']);
    const received = applicationsTotal(report, ['received']);
    const carried = applicationsTotal(report, ['carriedOver']);
    const review = sumCells(report, [ref('reviewLitigation', 'review', 'total')]);
    const litigation = sumCells(report, [ref('reviewLitigation', 'litigationDirect', 'total'), ref('reviewLitigation', 'litigationAfterReview', 'total')]);
    const apps = hasApplicationsTable(report);
    const rl = hasReviewTable(report);
    for (const s of reportSentences(report, [1, 3, 4, 6])) {
      if (aboutOtherYear(s, report)) continue;
      if (apps && ALL_CONCLUDED.test(s.text) && !/结转|复议|诉讼|除/.test(s.text) && (forward.value ?? 0) > 0) {
        contradiction(ctx, 'allConcluded', s, forward);
      }
      if (apps && NONE_RECEIVED.test(s.text) && (received.value ?? 0) > 0) contradiction(ctx, 'noneReceived', s, received);
      const nr = rl ? NO_REVIEW.exec(s.text) : null;
      if (nr) {
        const subjects = [nr[1], nr[2]];
        if (subjects.includes('复议') && (review.value ?? 0) > 0) contradiction(ctx, 'noReview', s, review);
        if (subjects.includes('诉讼') && (litigation.value ?? 0) > 0) contradiction(ctx, 'noLitigation', s, litigation);
      }
    }
    if (apps && received.value === 0 && carried.value === 0 && !received.uncertain) {
      for (const { claim, kind } of applicationClaims(report)) {
        if (kind !== 'received' || claim.token.value <= 0) continue;
        const finding = {
          messageId: 'tableEmpty',
          data: { stated: claim.token.value },
          cells: [...received.cells, ...carried.cells],
          text: [textAnchor(report, claim.start, claim.end)],
          expected: claim.token.value,
          actual: 0,
        };
        if (scopeOf(claim.sentence, report).broader) ctx.needsReview({ ...finding, severity: 'warning' });
        else ctx.fail(finding);
      }
    }
  },
});
