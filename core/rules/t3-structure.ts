import { defineRule } from './define-rule.ts';
import { APPLICATION_COLUMNS, APPLICATION_ROWS } from '../model/keys.ts';
import type { TableAnchor } from '../model/cell.ts';
import { label } from '../i18n/format.ts';
import { hasCombinedOtherRow, hasSplitOtherRows, isLegacyReport } from './lib/format-artefacts.ts';

const SPLIT_OTHER = ['other.noCorrection', 'other.unpaidFee', 'other.other'];

/**
 * 表三 has the 7 numeric columns in the standard order and the 25 data rows of §4.2 (23 in 2019). A single
 * （六）其他处理 row in a 2021+ report is format-outdated's finding, so it counts as the （六） rows here.
 */
export default defineRule({
  id: 't3-structure',
  meta: {
    category: 'structure',
    defaultSeverity: 'error',
    docs: {
      'zh-CN': {
        name: '表三结构完整',
        description: '表三应有自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计7个数字列（按此顺序）和格式规定的25个数据行（2019版23行）；缺行缺列说明数据未报或表格被改动。',
        fix: '按格式补齐缺少的行和列，恢复列的顺序；删除格式以外的行列（或确保其不被计入）。',
      },
      en: {
        name: 'Table 3 structure',
        description: 'Table 3 must have the 7 numeric columns (natural persons, businesses, research, public-interest, legal services, other, total) in this order and the 25 data rows of the format (23 in 2019); a missing row or column means unreported figures or an altered table.',
        fix: 'Add the missing rows and columns and restore the column order; remove extra rows and columns.',
      },
    },
  },
  messages: {
    'zh-CN': {
      missingRows: '表三缺少 {count} 行：{rows}',
      missingColumns: '表三缺少 {count} 列：{cols}',
      columnOrder: '表三各列顺序与格式不同，格式顺序为：{cols}',
      extraRows: '表三有 {count} 个格式以外的行：{labels}',
      extraColumns: '表三有 {count} 个格式以外的列：{labels}',
    },
    en: {
      missingRows: 'Table 3 lacks {count} rows: {rows}',
      missingColumns: 'Table 3 lacks {count} columns: {cols}',
      columnOrder: 'The columns of Table 3 are not in the order of the format: {cols}',
      extraRows: 'Table 3 has {count} rows the format does not have: {labels}',
      extraColumns: 'Table 3 has {count} columns the format does not have: {labels}',
    },
  },
  appliesTo: (report) => report.tableInfo.applications.found && !report.tableInfo.applications.image && !isLegacyReport(report),
  check(ctx) {
    const table = ctx.report.tables.applications;
    const info = ctx.report.tableInfo.applications;
    const useCombined = hasCombinedOtherRow(table) && !hasSplitOtherRows(table);
    const expectedRows = APPLICATION_ROWS.filter((r) => (useCombined ? !SPLIT_OTHER.includes(r) : r !== 'other.combined'));
    const missingRows = expectedRows.filter((r) => !table[r]);
    if (missingRows.length) {
      ctx.fail({
        messageId: 'missingRows',
        data: { count: missingRows.length, rows: missingRows.map((row) => label({ table: 'applications', row })) },
        expected: expectedRows.length,
        actual: expectedRows.length - missingRows.length,
      });
    }
    const missingCols = APPLICATION_COLUMNS.filter((col) => !Object.values(table).some((cells) => cells[col]));
    if (missingCols.length && missingRows.length < expectedRows.length) {
      ctx.fail({
        messageId: 'missingColumns',
        data: { count: missingCols.length, cols: missingCols.map((col) => label({ table: 'applications', col })) },
        expected: APPLICATION_COLUMNS.length,
        actual: APPLICATION_COLUMNS.length - missingCols.length,
      });
    }
    // Column order from the printed headers' grid positions, when the parser kept them.
    const positions = APPLICATION_COLUMNS.map((col) => info.columnLabels[col]?.anchor).filter((a): a is TableAnchor => !!a);
    if (positions.length === APPLICATION_COLUMNS.length) {
      const ordered = positions.every((a, i) => i === 0 || a.tableIndex > positions[i - 1].tableIndex || a.col > positions[i - 1].col);
      if (!ordered) {
        ctx.fail({ messageId: 'columnOrder', data: { cols: APPLICATION_COLUMNS.map((col) => label({ table: 'applications', col })) }, expected: [...APPLICATION_COLUMNS] });
      }
    }
    if (info.extraRows.length) {
      const labels = info.extraRows.map((r) => r.label);
      ctx.fail({ messageId: 'extraRows', data: { count: labels.length, labels }, severity: 'warning', actual: labels });
    }
    if (info.extraColumns.length) {
      const labels = info.extraColumns.map((c) => c.label);
      ctx.fail({ messageId: 'extraColumns', data: { count: labels.length, labels }, severity: 'warning', actual: labels });
    }
  },
});
