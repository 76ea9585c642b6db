import { defineRule } from './define-rule.ts';
import type { TextAnchor } from '../model/cell.ts';

/** The year in the title = the year of the statistics period sentence (report-format.md §8.4). */
export default defineRule({
  id: 'year-title-period',
  meta: {
    category: 'dates',
    defaultSeverity: 'error',
    docs: {
      'zh-CN': {
        name: '标题年度与统计期限一致',
        description: '标题中的年度必须与「统计期限」所写的年度一致。不一致通常是沿用上年报告时漏改了其中一处，读者无法确定数据属于哪一年。',
        fix: '核对正文数据所属年度，统一修改标题或统计期限中的年份。',
      },
      en: {
        name: 'Title year matches the statistics period',
        description: 'The year in the title must be the year of the statistics period sentence. A difference usually means one of them was left unchanged from last year’s report, so readers cannot tell which year the figures cover.',
        fix: 'Check which year the figures belong to and correct the title or the period sentence.',
      },
    },
  },
  messages: {
    'zh-CN': { mismatch: '标题年度为 {titleYear} 年，统计期限为 {periodYear} 年（{periodStart} 至 {periodEnd}），二者不一致' },
    en: { mismatch: 'The title says {titleYear}, but the statistics period is {periodYear} ({periodStart} to {periodEnd})' },
  },
  appliesTo: (report) => report.titleYear !== null && report.period !== null,
  check(ctx) {
    const { titleYear, period, titleAnchor, periodAnchor } = ctx.report;
    if (titleYear === null || !period) return;
    const startYear = Number(period.start.slice(0, 4));
    const endYear = Number(period.end.slice(0, 4));
    // A period spanning two years is period-full-year's finding; only flag a title matching neither end.
    if (titleYear === startYear || titleYear === endYear) return;
    const periodYear = startYear === endYear ? startYear : endYear;
    const text: TextAnchor[] = [titleAnchor, periodAnchor].filter((a): a is TextAnchor => !!a);
    ctx.fail({
      messageId: 'mismatch',
      data: { titleYear, periodYear, periodStart: period.start, periodEnd: period.end },
      text,
      expected: titleYear,
      actual: periodYear,
    });
  },
});
