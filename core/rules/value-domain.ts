import { defineRule, type FindingInput } from './define-rule.ts';
import type { CellRef } from '../model/finding.ts';
import type { TableKey } from '../model/keys.ts';
import { label } from '../i18n/format.ts';
import { isLegacyReport } from './lib/format-artefacts.ts';

/** 表二 amounts: decimals allowed. */
const AMOUNT_COLUMNS = new Set(['amountWan', 'amount']);
/** 2019 表二 「本年增/减」 may be negative. */
const SIGNED_COLUMNS = new Set(['change']);
const TABLES: TableKey[] = ['active', 'applications', 'reviewLitigation'];

/** Every count is a non-negative integer; 表二 amounts are ≥ 0 (report-format.md §8.2). */
export default defineRule({
  id: 'value-domain',
  meta: {
    category: 'arithmetic',
    defaultSeverity: 'error',
    docs: {
      'zh-CN': {
        name: '数值取值范围',
        description: '表三、表四的所有单元格和表二的件数都是非负整数（件数不可能为负数或小数）；表二收费金额不小于0，可以有小数。',
        fix: '更正负数或带小数的件数；无法识别的内容改为数字（没有则填0）。',
      },
      en: {
        name: 'Value domain',
        description: 'Every cell of Tables 3 and 4 and every count in Table 2 is a non-negative whole number; Table 2 amounts are ≥ 0 and may have decimals.',
        fix: 'Correct negative or fractional counts; replace unreadable content by a number (0 when there is none).',
      },
    },
  },
  messages: {
    'zh-CN': {
      negative: '{cell} 为负数：{actual}',
      notInteger: '{cell} 是件数，应为整数，填报 {actual}',
      notNumber: '{cell} 无法识别为数字：「{actual}」',
    },
    en: {
      negative: '{cell} is negative: {actual}',
      notInteger: '{cell} is a count and must be a whole number, but reads {actual}',
      notNumber: '{cell} is not a readable number: "{actual}"',
    },
  },
  appliesTo: (report) => !isLegacyReport(report) && TABLES.some((t) => report.tableInfo[t].found),
  check(ctx) {
    for (const table of TABLES) {
      for (const [row, cells] of Object.entries(ctx.report.tables[table])) {
        for (const [col, cell] of Object.entries(cells)) {
          const at: CellRef = { table, row, col };
          const base = { cells: [at], data: { cell: label(at) } };
          let finding: FindingInput | null = null;
          if (cell.semantics === 'text') {
            ctx.needsReview({ ...base, messageId: 'notNumber', data: { ...base.data, actual: cell.raw }, actual: cell.raw, severity: 'warning' });
            continue;
          }
          if (cell.value === null) continue;
          const isAmount = table === 'active' && AMOUNT_COLUMNS.has(col);
          const signed = table === 'active' && SIGNED_COLUMNS.has(col);
          if (cell.value < 0 && !signed) finding = { ...base, messageId: 'negative', expected: '≥ 0' };
          else if (!isAmount && !Number.isInteger(cell.value)) finding = { ...base, messageId: 'notInteger', expected: Math.round(cell.value) };
          if (!finding) continue;
          finding = { ...finding, data: { ...finding.data, actual: cell.value }, actual: cell.value };
          if (cell.confidence === 'low') ctx.needsReview({ ...finding, severity: 'warning' });
          else ctx.fail(finding);
        }
      }
    }
  },
});
