import { defineRule } from './define-rule.ts';
import type { TableKey } from '../model/keys.ts';
import { label } from '../i18n/format.ts';
import { isLegacyReport } from './lib/format-artefacts.ts';
import { matchesStandard, standardColumnLabel, standardRowLabel } from './lib/standard-labels.ts';

const TABLES: TableKey[] = ['active', 'applications', 'reviewLitigation'];

/** Row labels and column headers match the format; typos and paraphrases are flagged (report-format.md §8.1). */
export default defineRule({
  id: 'label-typo',
  meta: {
    category: 'structure',
    defaultSeverity: 'warning',
    docs: {
      'zh-CN': {
        name: '表格项目名称与格式不符',
        description: '表格的行、列名称应与国家格式一致。错字（如「其他法律行政止公开」）或改写会让读者误解口径，也说明表格可能是重新录入的。',
        fix: '按格式原文更正项目名称。',
      },
      en: {
        name: 'Label differs from the format',
        description: 'Row and column labels must be those of the national format. A typo (such as 「其他法律行政止公开」) or a paraphrase can change the meaning and suggests the table was retyped.',
        fix: 'Restore the label text of the format.',
      },
    },
  },
  messages: {
    'zh-CN': {
      rowLabel: '{row} 的项目名称为「{actual}」，格式原文为「{expected}」',
      columnLabel: '{table}的栏目名称为「{actual}」，格式原文为「{expected}」',
    },
    en: {
      rowLabel: 'The label of {row} reads 「{actual}」; the format says 「{expected}」',
      columnLabel: 'A column header of {table} reads 「{actual}」; the format says 「{expected}」',
    },
  },
  appliesTo: (report) => !isLegacyReport(report) && TABLES.some((t) => report.tableInfo[t].found),
  check(ctx) {
    for (const table of TABLES) {
      const info = ctx.report.tableInfo[table];
      const cells = ctx.report.tables[table];
      for (const [row, printed] of Object.entries(info.rowLabels)) {
        if (matchesStandard('row', table, row, printed.raw) !== false) continue;
        const expected = standardRowLabel(table, row)!;
        ctx.fail({
          messageId: 'rowLabel',
          data: { row: label({ table, row }), actual: printed.raw, expected },
          related: Object.keys(cells[row] ?? {}).map((col) => ({ table, row, col })),
          expected,
          actual: printed.raw,
        });
      }
      for (const [col, printed] of Object.entries(info.columnLabels)) {
        if (matchesStandard('column', table, col, printed.raw) !== false) continue;
        const expected = standardColumnLabel(table, col)!;
        ctx.fail({
          messageId: 'columnLabel',
          data: { table: label({ table }), actual: printed.raw, expected },
          related: Object.entries(cells).filter(([, c]) => c[col]).map(([row]) => ({ table, row, col })),
          expected,
          actual: printed.raw,
        });
      }
    }
  },
});
