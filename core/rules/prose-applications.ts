import { defineRule } from './define-rule.ts';
import { label } from '../i18n/format.ts';
import { hasApplicationsTable } from './prose/applies.ts';
import { claimsOf, COMPARATIVE, type Claim } from './prose/claims.ts';
import { reportClaim } from './prose/report-claim.ts';
import { aboutOtherYear } from './prose/scope.ts';
import { reportSentences } from './prose/sentences.ts';
import { applicationsTotal, cellValue } from './prose/table-values.ts';

const RECEIVED = /(?:收到|受理|新收|接收|接到|收悉)[^，。；\d]{0,30}$/;
const HANDLED = /(?:办理|答复|办结|处理完毕)[^，。；\d]{0,20}$/;
/** Numbers about something else than this year's applications. */
const OTHER_TOPIC = /结转|上年|复议|诉讼|建议|提案|信访|举报|投诉|咨询|热线|留言|来电|依申请公开事项目录/;

/** 「收到/受理/新收…申请 N 件」 vs 表三 一[总计]; 「办理/答复/办结 N 件」 vs （七）[总计] or 一+二 (report-format.md §8.3). */
export function applicationClaims(report: Parameters<typeof reportSentences>[0]): { claim: Claim; kind: 'received' | 'handled' }[] {
  const out: { claim: Claim; kind: 'received' | 'handled' }[] = [];
  for (const claim of claimsOf(reportSentences(report, [1, 2, 3, 4]))) {
    const { clause, tail, sentence } = claim;
    if (COMPARATIVE.test(clause) || OTHER_TOPIC.test(clause) || aboutOtherYear(sentence, report)) continue;
    const mentionsApplication = /申请/.test(clause) || /^申请/.test(tail);
    if (RECEIVED.test(clause) && mentionsApplication) out.push({ claim, kind: 'received' });
    else if (HANDLED.test(clause) && /申请/.test(sentence.text)) out.push({ claim, kind: 'handled' });
  }
  return out;
}

export default defineRule({
  id: 'prose-applications',
  meta: {
    category: 'prose',
    defaultSeverity: 'warning',
    docs: {
      'zh-CN': {
        name: '正文申请数与表三一致',
        description: '正文所述收到、受理或办结的政府信息公开申请数量应与表三一致，否则读者无法判断哪一个数字可信。',
        fix: '核对正文数字与表三「一、本年新收」「（七）总计」，更正其中错误的一处；正文若为全市/全区口径，请写明口径。',
      },
      en: {
        name: 'Application counts in the text match Table 3',
        description: 'The numbers of applications the text says were received or concluded must agree with Table 3, otherwise readers cannot tell which figure is right.',
        fix: 'Compare the figure in the text with Table 3 row I (received) and III(7) (concluded) and correct the wrong one; if the text covers a wider area, say so.',
      },
    },
  },
  messages: {
    'zh-CN': {
      received: '正文称收到申请 {stated} 件，{cell}为 {table}',
      receivedScope: '正文称「{scope}」收到申请 {stated} 件，{cell}为 {table}：口径可能不同，请人工核对',
      handled: '正文称办结申请 {stated} 件，{cell}为 {table}（一+二为 {inflow}）',
      handledScope: '正文称「{scope}」办结申请 {stated} 件，{cell}为 {table}：口径可能不同，请人工核对',
    },
    en: {
      received: 'The text says {stated} applications were received; {cell} is {table}',
      receivedScope: 'The text says {stated} applications were received ("{scope}"); {cell} is {table}: the scope may differ, please review',
      handled: 'The text says {stated} applications were concluded; {cell} is {table} (I + II = {inflow})',
      handledScope: 'The text says {stated} applications were concluded ("{scope}"); {cell} is {table}: the scope may differ, please review',
    },
  },
  appliesTo: hasApplicationsTable,
  check(ctx) {
    const report = ctx.report;
    const received = cellValue(report, 'applications', 'received', 'total');
    const concluded = cellValue(report, 'applications', 'resultsTotal', 'total');
    const inflow = applicationsTotal(report, ['received', 'carriedOver']);
    for (const { claim, kind } of applicationClaims(report)) {
      if (kind === 'received') {
        reportClaim(ctx, {
          claim,
          primary: received,
          messageId: 'received',
          data: { cell: label({ table: 'applications', row: 'received', col: 'total' }) },
        });
      } else {
        reportClaim(ctx, {
          claim,
          primary: concluded,
          alternatives: [inflow, received],
          messageId: 'handled',
          data: { cell: label({ table: 'applications', row: 'resultsTotal', col: 'total' }), inflow: inflow.value },
        });
      }
    }
  },
});
