import { defineRule } from './define-rule.ts';
import { isConsecutive, versionRank } from './cross-year/pairing.ts';

/** Format-version regression: year Y uses an older format than Y-1 (report-format.md §8.6). */
export default defineRule({
  id: 'format-regression',
  meta: {
    category: 'cross-year',
    defaultSeverity: 'warning',
    needsPrevious: true,
    docs: {
      'zh-CN': {
        name: '年报格式倒退',
        description: '本年度报告使用了比上一年度更旧的年报格式（例如上年已用2021年版，本年又用2019年版表格），通常是套用了旧模板。',
        fix: '按国办公开办函〔2021〕30号的格式重新编制表格。',
      },
      en: {
        name: 'Format regression',
        description: 'This year\'s report uses an older format than last year\'s (e.g. 2019 tables after a 2021-format report), usually because an old template was reused.',
        fix: 'Rebuild the tables in the 2021 format (国办公开办函〔2021〕30号).',
      },
    },
  },
  messages: {
    'zh-CN': { regression: '本年度报告为 {current} 格式，上一年度（{previousYear}年）报告已为 {previous} 格式' },
    en: { regression: 'This report uses the {current} format; last year\'s ({previousYear}) report already used {previous}' },
  },
  appliesTo: (report, previous) => isConsecutive(report, previous),
  check(ctx) {
    const current = ctx.report.formatVersion;
    const previous = ctx.previous!.formatVersion;
    const a = versionRank(current);
    const b = versionRank(previous);
    if (a === null || b === null || a >= b) return;
    ctx.fail({ messageId: 'regression', data: { current, previous, previousYear: ctx.previous!.year }, expected: previous, actual: current });
  },
});
