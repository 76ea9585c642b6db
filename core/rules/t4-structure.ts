import { defineRule } from './define-rule.ts';
import { REVIEW_COLUMNS, REVIEW_ROWS } from '../model/keys.ts';
import type { CellRef } from '../model/finding.ts';
import { label } from '../i18n/format.ts';
import { isLegacyReport } from './lib/format-artefacts.ts';

/** 表四 has its 15 numeric cells in the §5 order (3 blocks × 结果维持, 结果纠正, 其他结果, 尚未审结, 总计). */
export default defineRule({
  id: 't4-structure',
  meta: {
    category: 'structure',
    defaultSeverity: 'error',
    docs: {
      'zh-CN': {
        name: '表四结构完整',
        description: '表四应有15个数字：行政复议、未经复议直接起诉、复议后起诉三栏，每栏依次为结果维持、结果纠正、其他结果、尚未审结、总计。少于15个数字说明表格不完整或被改动。',
        fix: '按格式补齐表四的栏目和数字，恢复栏目顺序。',
      },
      en: {
        name: 'Table 4 structure',
        description: 'Table 4 has 15 numbers: three blocks (review, direct litigation, litigation after review), each with upheld, corrected, other, pending and total, in this order. Fewer than 15 numbers means an incomplete or altered table.',
        fix: 'Restore the blocks and figures of Table 4 in the order of the format.',
      },
    },
  },
  messages: {
    'zh-CN': {
      missingCells: '表四应有 {expected} 个数字，只找到 {actual} 个；缺少：{cells}',
      order: '表四的数字顺序与格式不同（应为三栏各「结果维持、结果纠正、其他结果、尚未审结、总计」）',
    },
    en: {
      missingCells: 'Table 4 should have {expected} numbers, {actual} were found; missing: {cells}',
      order: 'The figures of Table 4 are not in the order of the format (three blocks of upheld, corrected, other, pending, total)',
    },
  },
  appliesTo: (report) => report.tableInfo.reviewLitigation.found && !report.tableInfo.reviewLitigation.image && !isLegacyReport(report),
  check(ctx) {
    const table = ctx.report.tables.reviewLitigation;
    const expected: CellRef[] = REVIEW_ROWS.flatMap((row) => REVIEW_COLUMNS.map((col) => ({ table: 'reviewLitigation' as const, row, col })));
    const missing = expected.filter((r) => !table[r.row]?.[r.col]);
    if (missing.length) {
      ctx.fail({
        messageId: 'missingCells',
        data: { expected: expected.length, actual: expected.length - missing.length, cells: missing.map((r) => label(r)) },
        cells: missing,
        expected: expected.length,
        actual: expected.length - missing.length,
      });
      return;
    }
    // Order: the source positions of the 15 cells, when anchored, must increase (one row, left to right; or row by row).
    const anchors = expected.map((r) => table[r.row][r.col].anchor);
    if (anchors.every((a) => a?.kind === 'table')) {
      const key = (a: (typeof anchors)[number]) => (a && a.kind === 'table' ? a.tableIndex * 1e8 + a.row * 1e4 + a.col : 0);
      const ordered = anchors.every((a, i) => i === 0 || key(a) > key(anchors[i - 1]));
      if (!ordered) ctx.fail({ messageId: 'order', cells: expected, expected: expected.map(label) });
    }
  },
});
