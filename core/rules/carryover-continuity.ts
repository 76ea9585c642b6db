import { defineRule } from './define-rule.ts';
import { label } from '../i18n/format.ts';
import { APPLICATION_COLUMNS } from '../model/keys.ts';
import { isConsecutive, sameFormatAndScope } from './cross-year/pairing.ts';
import { hasApplicationsTable } from './prose/applies.ts';

/**
 * 表三 二、上年结转[Y][c] = 四、结转下年度继续办理[Y-1][c] for every column (report-format.md §8.6). A warning; an error when
 * both years use the same format and the same unit (then the identity must hold).
 */
export default defineRule({
  id: 'carryover-continuity',
  meta: {
    category: 'cross-year',
    defaultSeverity: 'error',
    needsPrevious: true,
    docs: {
      'zh-CN': {
        name: '上年结转与上年报告衔接',
        description: '本年度表三「二、上年结转」应等于上一年度报告表三「四、结转下年度继续办理」（逐列）。格式和单位相同时不一致即为错误，否则为警告。',
        fix: '核对两年报告，更正本年「上年结转」或说明口径变化。',
      },
      en: {
        name: 'Carry-over matches last year\'s report',
        description: 'This year\'s Table 3 row II (carried over) must equal last year\'s row IV (carried forward), column by column. With the same format and unit a mismatch is an error, otherwise a warning.',
        fix: 'Compare the two reports and correct this year\'s carried-over figure, or explain the change of basis.',
      },
    },
  },
  messages: {
    'zh-CN': { mismatch: '{cell}为 {actual}，上一年度（{previousYear}年）报告「四、结转下年度继续办理」为 {expected}' },
    en: { mismatch: '{cell} is {actual}, but last year\'s ({previousYear}) report carried forward {expected}' },
  },
  appliesTo: (report, previous) => isConsecutive(report, previous) && hasApplicationsTable(report) && hasApplicationsTable(previous!),
  check(ctx) {
    const report = ctx.report;
    const previous = ctx.previous!;
    const strict = sameFormatAndScope(report, previous);
    for (const col of APPLICATION_COLUMNS) {
      const cur = report.tables.applications.carriedOver?.[col];
      const prev = previous.tables.applications.carriedForward?.[col];
      if (!cur || !prev) continue;
      if (cur.semantics === 'text' || prev.semantics === 'text') continue;
      const actual = cur.value ?? 0;
      const expected = prev.value ?? 0;
      if (actual === expected) continue;
      const uncertain = cur.confidence === 'low' || prev.confidence === 'low' || cur.semantics === 'placeholder' || prev.semantics === 'placeholder';
      const finding = {
        messageId: 'mismatch',
        data: { cell: label({ table: 'applications', row: 'carriedOver', col }), actual, expected, previousYear: previous.year },
        cells: [{ table: 'applications' as const, row: 'carriedOver', col }],
        expected,
        actual,
      };
      if (uncertain) ctx.needsReview({ ...finding, severity: 'warning' });
      else if (!strict) ctx.fail({ ...finding, severity: 'warning' });
      else ctx.fail(finding);
    }
  },
});
