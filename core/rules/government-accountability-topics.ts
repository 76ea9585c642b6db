import { defineRule } from './define-rule.ts';
import type { Report } from '../model/report.ts';
import { checkTopics, type Topic } from './prose/topics.ts';

/** A government (not one of its departments or offices): 「某某县人民政府」「某某市政府」. */
const GOVERNMENT = /(?:人民政府|[省市县区旗州盟]政府)$/;

const TOPICS: Topic[] = [
  { messageId: 'missingAssessment', re: /考核|考评/ },
  { messageId: 'missingSocialReview', re: /评议|满意度|社会评价|群众评价|第三方评估/ },
  { messageId: 'missingAccountability', re: /追究|问责|追责/ },
];

export function isGovernmentReport(report: Report, pattern: RegExp = GOVERNMENT): boolean {
  return pattern.test((report.agency ?? '').replace(/\s+/g, ''));
}

/** Government-level reports mention 「工作考核」「社会评议」「责任追究」 (条例第五十条第四项). */
export default defineRule({
  id: 'government-accountability-topics',
  meta: {
    category: 'prose',
    defaultSeverity: 'warning',
    defaultOptions: { governmentPattern: GOVERNMENT.source },
    docs: {
      'zh-CN': {
        name: '政府年报说明考核、评议和责任追究',
        description: '条例第五十条要求各级人民政府的年报说明工作考核、社会评议和责任追究结果情况。只检查发布机关为人民政府的年报（部门和办公室不适用）。',
        fix: '在总体情况（监督保障）或第五部分写明工作考核、社会评议和责任追究结果。',
      },
      en: {
        name: 'Government reports cover assessment, public review and accountability',
        description: 'Article 50 requires reports of people\'s governments to state the results of work assessment, public review and accountability. Only reports issued by a government (not a department or office) are checked.',
        fix: 'State the assessment, public review and accountability results in the overview (oversight) or section V.',
      },
    },
  },
  messages: {
    'zh-CN': {
      missingAssessment: '政府年报未提及「工作考核」',
      missingSocialReview: '政府年报未提及「社会评议」',
      missingAccountability: '政府年报未提及「责任追究」',
      missingAll: '政府年报未说明工作考核、社会评议和责任追究结果情况（条例第五十条）',
    },
    en: {
      missingAssessment: 'The government report does not mention work assessment',
      missingSocialReview: 'The government report does not mention public review',
      missingAccountability: 'The government report does not mention accountability',
      missingAll: 'The government report says nothing about work assessment, public review or accountability (Article 50)',
    },
  },
  appliesTo: (report) => report.formatVersion === '2021' || report.formatVersion === '2019',
  check(ctx) {
    const pattern = new RegExp(String(ctx.options.governmentPattern ?? GOVERNMENT.source));
    if (!isGovernmentReport(ctx.report, pattern)) {
      ctx.notApplicable('not-a-government-report');
      return;
    }
    const anchor = ctx.report.titleAnchor ?? ctx.report.sections[0]?.titleAnchor ?? { start: 0, end: 0 };
    checkTopics(ctx, TOPICS, ctx.report.text, anchor, { messageId: 'missingAll', at: 3 });
  },
});
