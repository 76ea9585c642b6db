import { defineRule } from './define-rule.ts';
import { isConsecutive } from './cross-year/pairing.ts';
import { duplicateShare, sentenceSet, textSentences } from './cross-year/similarity.ts';
import type { Report } from '../model/report.ts';
import { sectionBody, textAnchor } from './prose/sentences.ts';

/** Where the improvement part of section 五 starts. */
const IMPROVEMENT = /改进(?:情况|措施|方向|计划)|下一步|整改措施|工作计划|将采取|将从以下|加以改进/;

/** The problems part of section 五 (before the improvement measures), with its offset. */
function problems(report: Report): { text: string; start: number } | null {
  const body = sectionBody(report, 5);
  if (!body) return null;
  const cut = body.text.search(IMPROVEMENT);
  return { text: cut > 0 ? body.text.slice(0, cut) : body.text, start: body.start };
}

/** Section 五 lists the same problems as last year while claiming improvement (report-format.md §8.6). */
export default defineRule({
  id: 'problems-unchanged',
  meta: {
    category: 'cross-year',
    defaultSeverity: 'info',
    needsPrevious: true,
    defaultOptions: { threshold: 0.8, minSentenceLength: 8 },
    docs: {
      'zh-CN': {
        name: '存在问题与上年相同',
        description: '第五部分列出的问题与上年报告几乎相同，而报告又称已经改进，值得核实问题是否真的得到解决。',
        fix: '说明上年问题的整改结果，列出本年度实际存在的问题。',
      },
      en: {
        name: 'Problems unchanged from last year',
        description: 'Section V lists almost the same problems as last year while claiming improvement; worth checking whether they were really addressed.',
        fix: 'Report how last year\'s problems were addressed and list this year\'s actual problems.',
      },
    },
  },
  messages: {
    'zh-CN': { unchanged: '第五部分所列问题有 {percent}% 与上一年度（{previousYear}年）报告相同' },
    en: { unchanged: '{percent}% of the problems in section V repeat last year\'s ({previousYear}) report' },
  },
  appliesTo: (report, previous) => isConsecutive(report, previous),
  check(ctx) {
    const cur = problems(ctx.report);
    const prev = problems(ctx.previous!);
    if (!cur || !prev) return;
    const minLength = Number(ctx.options.minSentenceLength);
    const a = sentenceSet(textSentences(cur.text), minLength);
    const b = sentenceSet(textSentences(prev.text), minLength);
    const { share, total } = duplicateShare(a, b);
    if (total === 0 || share < Number(ctx.options.threshold)) return;
    const percent = Math.round(share * 1000) / 10;
    ctx.fail({
      messageId: 'unchanged',
      data: { percent, previousYear: ctx.previous!.year },
      text: [textAnchor(ctx.report, cur.start, cur.start + cur.text.length)],
      expected: `< ${Number(ctx.options.threshold) * 100}%`,
      actual: percent,
    });
  },
});
