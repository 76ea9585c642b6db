import { defineRule } from './define-rule.ts';
import { label } from '../i18n/format.ts';
import { hasApplicationsTable } from './prose/applies.ts';
import { claimsOf } from './prose/claims.ts';
import { reportClaim } from './prose/report-claim.ts';
import { aboutOtherYear } from './prose/scope.ts';
import { reportSentences } from './prose/sentences.ts';
import { applicationsTotal } from './prose/table-values.ts';

const CARRIED_OVER = /(?:上年度?|上一年度?|去年)(?:的)?结转[^，。；\d]{0,12}$/;
const FORWARD_BEFORE = /(?:结转|顺延|转入|转)(?:到|至|入)?下(?:一)?年度?[^，。；\d]{0,12}$/;
const FORWARD_AFTER = /^(?:申请)?(?:结转|顺延|转入)(?:到|至|入)?下(?:一)?年/;
const OTHER_TOPIC = /复议|诉讼|建议|提案/;

/** 「上年结转 N 件」 = 表三 二[总计]; 「结转下年度 / 顺延到下年度 N 件」 = 四[总计] (report-format.md §8.3). */
export default defineRule({
  id: 'prose-carryover',
  meta: {
    category: 'prose',
    defaultSeverity: 'warning',
    docs: {
      'zh-CN': {
        name: '正文结转数与表三一致',
        description: '正文所述上年结转、结转下年度的申请数应与表三「二、上年结转」「四、结转下年度继续办理」一致。',
        fix: '核对正文与表三第二项、第四项的总计，更正错误的一处。',
      },
      en: {
        name: 'Carry-over counts in the text match Table 3',
        description: 'Carried-over and carried-forward counts stated in the text must agree with Table 3 rows II and IV.',
        fix: 'Compare the text with the totals of Table 3 rows II and IV and correct the wrong figure.',
      },
    },
  },
  messages: {
    'zh-CN': {
      carriedOver: '正文称上年结转 {stated} 件，{cell}为 {table}',
      carriedOverScope: '正文称「{scope}」上年结转 {stated} 件，{cell}为 {table}：口径可能不同，请人工核对',
      carriedForward: '正文称结转下年度 {stated} 件，{cell}为 {table}',
      carriedForwardScope: '正文称「{scope}」结转下年度 {stated} 件，{cell}为 {table}：口径可能不同，请人工核对',
    },
    en: {
      carriedOver: 'The text says {stated} applications were carried over; {cell} is {table}',
      carriedOverScope: 'The text says {stated} applications were carried over ("{scope}"); {cell} is {table}: the scope may differ, please review',
      carriedForward: 'The text says {stated} applications were carried forward; {cell} is {table}',
      carriedForwardScope: 'The text says {stated} applications were carried forward ("{scope}"); {cell} is {table}: the scope may differ, please review',
    },
  },
  appliesTo: hasApplicationsTable,
  check(ctx) {
    const report = ctx.report;
    const over = applicationsTotal(report, ['carriedOver']);
    const forward = applicationsTotal(report, ['carriedForward']);
    for (const claim of claimsOf(reportSentences(report, [1, 2, 3, 4]))) {
      if (OTHER_TOPIC.test(claim.clause) || aboutOtherYear(claim.sentence, report)) continue;
      if (CARRIED_OVER.test(claim.clause)) {
        reportClaim(ctx, {
          claim,
          primary: over,
          messageId: 'carriedOver',
          data: { cell: label({ table: 'applications', row: 'carriedOver', col: 'total' }) },
        });
      } else if (FORWARD_BEFORE.test(claim.clause) || FORWARD_AFTER.test(claim.tail)) {
        reportClaim(ctx, {
          claim,
          primary: forward,
          messageId: 'carriedForward',
          data: { cell: label({ table: 'applications', row: 'carriedForward', col: 'total' }) },
        });
      }
    }
  },
});
