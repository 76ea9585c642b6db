import { defineRule } from './define-rule.ts';

/**
 * The year series is continuous: the previous report supplied must be for Y-1. Otherwise carryover-continuity,
 * stock-rollforward, copied-from-previous-year, problems-unchanged, format-regression and yoy-outlier cannot be assessed,
 * and this rule says so instead of letting them pass (report-format.md §8.6).
 */
export default defineRule({
  id: 'year-series-gap',
  meta: {
    category: 'cross-year',
    defaultSeverity: 'info',
    needsPrevious: true,
    docs: {
      'zh-CN': {
        name: '年度序列不连续',
        description: '跨年度检查需要上一年度（Y-1）的报告。提供的上年报告年份不是 Y-1 或年份不明时，上年结转衔接、现行有效件数衔接、雷同、格式倒退、同比异常等检查都无法进行。',
        fix: '在报告库中补充 Y-1 年度的报告后重新检查。',
      },
      en: {
        name: 'Gap in the year series',
        description: 'Cross-year checks need the report for Y-1. When the earlier report is for another year, or a year is unknown, carry-over, stock roll-forward, duplication, format regression and year-over-year checks cannot be assessed.',
        fix: 'Add the Y-1 report to the library and check again.',
      },
    },
  },
  messages: {
    'zh-CN': {
      gap: '提供的上年报告为 {previousYear} 年，本报告为 {year} 年，缺少 {expectedYear} 年报告：跨年度检查无法评估',
      unknownYear: '本报告或上年报告的年度不明：跨年度检查无法评估',
    },
    en: {
      gap: 'The earlier report is for {previousYear} and this one for {year}; the {expectedYear} report is missing, so the cross-year checks cannot be assessed',
      unknownYear: 'The year of this report or of the earlier one is unknown, so the cross-year checks cannot be assessed',
    },
  },
  check(ctx) {
    const year = ctx.report.year;
    const previousYear = ctx.previous!.year;
    if (year === null || previousYear === null) {
      ctx.needsReview({ messageId: 'unknownYear', data: {}, expected: year === null ? null : year - 1, actual: previousYear });
      return;
    }
    if (previousYear === year - 1) return;
    ctx.fail({ messageId: 'gap', data: { year, previousYear, expectedYear: year - 1 }, expected: year - 1, actual: previousYear });
  },
});
