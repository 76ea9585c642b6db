import { defineRule } from './define-rule.ts';
import { APPLICATION_COLUMNS } from '../model/keys.ts';
import { label } from '../i18n/format.ts';
import { isLegacyReport, resultLeaves } from './lib/format-artefacts.ts';
import { reportIdentities, type IdentityCase } from './lib/column-check.ts';
import { ref } from './lib/cells.ts';

/** 表三, each of the 7 columns: （七）总计 = Σ of the 21 leaves (2019: 19 leaves). report-format.md §4.4 identity 1. */
export default defineRule({
  id: 't3-results-total',
  meta: {
    category: 'arithmetic',
    defaultSeverity: 'error',
    docs: {
      'zh-CN': {
        name: '表三办理结果总计',
        description: '表三每一列中，「（七）总计」应等于（一）至（六）全部办理结果明细项之和（2021版21项，2019版19项）；不相等说明漏填、错填或重复计数。',
        fix: '逐项核对该列办理结果明细与「（七）总计」，更正填错的数字。',
      },
      en: {
        name: 'Table 3 results total',
        description: 'In every column of Table 3, "(7) Total" must equal the sum of all result lines (1)–(6) (21 lines in the 2021 format, 19 in 2019); a difference means a figure was missed, mistyped or counted twice.',
        fix: 'Check each result line of the column against "(7) Total" and correct the wrong figure.',
      },
    },
  },
  messages: {
    'zh-CN': {
      mismatch: '三（七）总计与各办理结果之和不符（{items}）：各项之和 = {expected}，总计填报 {actual}',
      mismatchBlanks: '三（七）总计与各办理结果之和不符（{items}）：各项之和 = {expected}，总计填报 {actual}（含空白单元格，已按0计算）',
      undecidable: '三（七）总计无法核对（{items}）：部分单元格无法识别为数字，按可读数字计算各项之和 = {expected}，总计 = {actual}',
      blanksAsZero: '三（七）总计核对通过，但有空白单元格按0计算（{items}）',
    },
    en: {
      mismatch: 'III(7) total does not equal the sum of the results ({items}): the results add up to {expected}, but the total reads {actual}',
      mismatchBlanks: 'III(7) total does not equal the sum of the results ({items}): the results add up to {expected}, but the total reads {actual} (blank cells present, counted as 0)',
      undecidable: 'III(7) total cannot be verified ({items}): some cells are not readable numbers; readable results add up to {expected}, total {actual}',
      blanksAsZero: 'III(7) total checks out, but blank cells were counted as 0 ({items})',
    },
  },
  appliesTo: (report) => report.tableInfo.applications.found && !isLegacyReport(report),
  check(ctx) {
    const table = ctx.report.tables.applications;
    if (!table.resultsTotal) return ctx.notApplicable('no-results-total-row');
    const leaves = resultLeaves(table);
    const cases: IdentityCase[] = [];
    for (const col of APPLICATION_COLUMNS) {
      const total = table.resultsTotal[col];
      if (!total) continue;
      // A blank total with numbers in its parts is total-blank's finding.
      if (total.value === null && total.semantics !== 'text') {
        if (leaves.some((row) => table[row]?.[col]?.semantics === 'number')) continue;
      }
      const parts = leaves.filter((row) => table[row]?.[col]).map((row) => ref('applications', row, col));
      cases.push({
        key: col,
        name: label({ table: 'applications', col }),
        left: parts,
        right: [ref('applications', 'resultsTotal', col)],
        cells: [ref('applications', 'resultsTotal', col)],
        related: parts,
      });
    }
    reportIdentities(ctx, ctx.report, cases, 'applications');
  },
});
