import { defineRule } from './define-rule.ts';

/** The statistics period is one full calendar year: Y-01-01 to Y-12-31 (report-format.md §8.4). */
export default defineRule({
  id: 'period-full-year',
  meta: {
    category: 'dates',
    defaultSeverity: 'error',
    docs: {
      'zh-CN': {
        name: '统计期限为完整自然年',
        description: '年度报告的统计期限应为报告年度1月1日至12月31日的完整自然年；少于或跨越自然年的数据无法与其他年度、其他机关比较。',
        fix: '按完整自然年统计数据，并将统计期限改为「Y年1月1日至Y年12月31日」。',
      },
      en: {
        name: 'Statistics period is a full calendar year',
        description: 'The statistics period of an annual report is the full calendar year, 1 January to 31 December; a shorter or shifted period cannot be compared with other years or agencies.',
        fix: 'Count the figures over the full calendar year and write the period as 1 January to 31 December of the year.',
      },
    },
  },
  messages: {
    'zh-CN': { notFullYear: '统计期限为 {actualStart} 至 {actualEnd}，应为 {expectedStart} 至 {expectedEnd}' },
    en: { notFullYear: 'The statistics period is {actualStart} to {actualEnd}; it should be {expectedStart} to {expectedEnd}' },
  },
  appliesTo: (report) => report.period !== null,
  check(ctx) {
    const { period, periodAnchor } = ctx.report;
    if (!period) return;
    const year = period.start.slice(0, 4);
    const expectedStart = `${year}-01-01`;
    const expectedEnd = `${year}-12-31`;
    if (period.start === expectedStart && period.end === expectedEnd) return;
    ctx.fail({
      messageId: 'notFullYear',
      data: { actualStart: period.start, actualEnd: period.end, expectedStart, expectedEnd },
      text: periodAnchor ? [periodAnchor] : [],
      expected: { start: expectedStart, end: expectedEnd },
      actual: { start: period.start, end: period.end },
    });
  },
});
