import { defineRule } from './define-rule.ts';
import { ACTIVE_ROWS_2019, ACTIVE_ROWS_2021 } from '../model/keys.ts';
import { label } from '../i18n/format.ts';
import { has2021Active, isLegacyReport } from './lib/format-artefacts.ts';

/** Blocks of 表二: 第二十条第（一）（五）（六）（八）项 (2021), plus （九） in 2019. */
const BLOCKS_2021: { block: string; rows: (keyof typeof ACTIVE_ROWS_2021)[] }[] = [
  { block: '（一）', rows: ['regulations', 'normativeDocuments'] },
  { block: '（五）', rows: ['licensing'] },
  { block: '（六）', rows: ['penalties', 'coercion'] },
  { block: '（八）', rows: ['fees'] },
];
const BLOCKS_2019: { block: string; rows: (keyof typeof ACTIVE_ROWS_2019)[] }[] = [
  { block: '（一）', rows: ['regulations', 'normativeDocuments'] },
  { block: '（五）', rows: ['licensing', 'otherServices'] },
  { block: '（六）', rows: ['penalties', 'coercion'] },
  { block: '（八）', rows: ['fees'] },
  { block: '（九）', rows: ['procurement'] },
];
/** 2019 rows in a 2021 table are format-outdated's finding, not extra rows. */
const ROWS_2019_ONLY = new Set(['otherServices', 'procurement']);

/** 表二 has the four blocks with the format's rows and columns and nothing else (report-format.md §8.1). */
export default defineRule({
  id: 't2-structure',
  meta: {
    category: 'structure',
    defaultSeverity: 'error',
    docs: {
      'zh-CN': {
        name: '表二结构完整',
        description: '表二应包含第二十条第（一）（五）（六）（八）项四个栏目及格式规定的行和列（2019版另有第（九）项）；缺少栏目说明数据未报，多出的行不属于格式。',
        fix: '按格式补齐缺少的栏目、行或列，删除格式以外的行。',
      },
      en: {
        name: 'Table 2 structure',
        description: 'Table 2 must have the blocks for article 20 items (1), (5), (6) and (8) with the rows and columns of the format (the 2019 format also has item (9)); a missing block means unreported figures, an extra row is not part of the format.',
        fix: 'Add the missing blocks, rows or columns, and remove rows the format does not have.',
      },
    },
  },
  messages: {
    'zh-CN': {
      missingBlock: '表二缺少第二十条第{block}项（{rows}）',
      missingRow: '表二缺少「{row}」行',
      missingCells: '表二「{row}」缺少栏目：{cols}',
      extraRow: '表二有格式以外的行「{label}」',
    },
    en: {
      missingBlock: 'Table 2 lacks the block for article 20 item {block} ({rows})',
      missingRow: 'Table 2 lacks the row 「{row}」',
      missingCells: 'Table 2 row 「{row}」 lacks the columns {cols}',
      extraRow: 'Table 2 has a row the format does not have: 「{label}」',
    },
  },
  appliesTo: (report) => report.tableInfo.active.found && !report.tableInfo.active.image && !isLegacyReport(report),
  check(ctx) {
    const { active } = ctx.report.tables;
    const is2021 = has2021Active(active) || (ctx.report.formatVersion === '2021' && Object.keys(active).length === 0);
    const blocks = is2021 ? BLOCKS_2021 : BLOCKS_2019;
    const columns: Record<string, readonly string[]> = is2021 ? ACTIVE_ROWS_2021 : ACTIVE_ROWS_2019;
    for (const { block, rows } of blocks) {
      const present = rows.filter((r) => active[r]);
      if (!present.length) {
        ctx.fail({ messageId: 'missingBlock', data: { block, rows: rows.map((row) => label({ table: 'active', row })) }, expected: rows, actual: [] });
        continue;
      }
      for (const row of rows) {
        if (!active[row]) {
          ctx.fail({ messageId: 'missingRow', data: { row: label({ table: 'active', row }) }, expected: row, actual: null });
          continue;
        }
        const missing = columns[row].filter((col) => !active[row][col]);
        if (missing.length) {
          ctx.fail({
            messageId: 'missingCells',
            data: { row: label({ table: 'active', row }), cols: missing.map((col) => label({ table: 'active', col })) },
            related: Object.keys(active[row]).map((col) => ({ table: 'active' as const, row, col })),
            expected: columns[row],
            actual: Object.keys(active[row]),
          });
        }
      }
    }
    for (const extra of ctx.report.tableInfo.active.extraRows) {
      ctx.fail({ messageId: 'extraRow', data: { label: extra.label }, severity: 'warning', actual: extra.label });
    }
    for (const row of Object.keys(active)) {
      if (!(row in columns) && !(is2021 && ROWS_2019_ONLY.has(row))) {
        ctx.fail({ messageId: 'extraRow', data: { label: label({ table: 'active', row }) }, severity: 'warning', actual: row });
      }
    }
  },
});
