import { defineRule, type FindingInput } from './define-rule.ts';
import { REVIEW_PARTS, REVIEW_ROWS } from '../model/keys.ts';
import type { CellRef } from '../model/finding.ts';
import { label } from '../i18n/format.ts';

/** 表四, each block: 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计 (report-format.md §5). */
export default defineRule({
  id: 't4-block-total',
  meta: {
    category: 'arithmetic',
    defaultSeverity: 'error',
    docs: {
      'zh-CN': {
        name: '表四各栏总计',
        description: '表四每个栏目（行政复议、未经复议直接起诉、复议后起诉）中，结果维持、结果纠正、其他结果、尚未审结四项之和应等于总计。',
        fix: '核对该栏四项数字与总计，更正填错的一项。',
      },
      en: {
        name: 'Table 4 block totals',
        description: 'In each block of Table 4 (review, direct litigation, litigation after review), upheld + corrected + other + pending must equal the total.',
        fix: 'Check the four parts against the total and correct the wrong figure.',
      },
    },
  },
  messages: {
    'zh-CN': { mismatch: '{block}：各项之和 = {expected}，总计栏填报 {actual}' },
    en: { mismatch: '{block}: the parts add up to {expected}, but the total reads {actual}' },
  },
  appliesTo: (report) => report.tableInfo.reviewLitigation.found,
  check(ctx) {
    const table = ctx.report.tables.reviewLitigation;
    for (const row of REVIEW_ROWS) {
      const cells = table[row];
      if (!cells?.total) continue;
      const parts = REVIEW_PARTS.map((c) => cells[c]).filter(Boolean);
      if (parts.every((c) => c.value === null) && cells.total.value === null) continue;
      const sum = parts.reduce((s, c) => s + (c.value ?? 0), 0);
      const total = cells.total.value;
      if (total === null) continue; // a blank total is total-blank's finding
      if (sum !== total) {
        const related: CellRef[] = REVIEW_PARTS.map((col) => ({ table: 'reviewLitigation', row, col }));
        // Values inferred from glued digits (low confidence) cannot prove an error: a human must look.
        const doubtful = [...parts, cells.total].some((c) => c.confidence === 'low' || c.semantics === 'text');
        const report = (f: FindingInput) => (doubtful ? ctx.needsReview({ ...f, severity: 'warning' }) : ctx.fail(f));
        report({
          messageId: 'mismatch',
          data: { block: label({ table: 'reviewLitigation', row }), expected: sum, actual: total },
          cells: [{ table: 'reviewLitigation', row, col: 'total' }],
          related,
          expected: sum,
          actual: total,
        });
      }
    }
  },
});
