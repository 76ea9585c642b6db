import { defineRule } from './define-rule.ts';
import type { CellRef } from '../model/finding.ts';
import { label } from '../i18n/format.ts';
import { active2019Artefacts, hasCombinedOtherRow, isLegacyReport } from './lib/format-artefacts.ts';

/**
 * Y ≥ 2021 requires the 2021 format; any 2019 artefact is a deviation (report-format.md §8.5): the single
 * （六）其他处理 row, 本年新制作数量 / 对外公开总数量 / 上一年项目数量 / 本年增/减 columns, 其他对外管理服务事项, 第（九）项.
 */
export default defineRule({
  id: 'format-outdated',
  meta: {
    category: 'format',
    defaultSeverity: 'warning',
    docs: {
      'zh-CN': {
        name: '沿用旧版格式',
        description: '2021年度起应使用国办公开办函〔2021〕30号格式。表三仍用单行「（六）其他处理」、表二仍有「本年新制作数量」「上一年项目数量」「其他对外管理服务事项」「政府集中采购」等，都是2019版格式的残留，数据口径与新格式不同。',
        fix: '按2021版格式重新填制表格：表三（六）拆分为三项，表二改为本年制发、废止、现行有效件数等新栏目。',
      },
      en: {
        name: 'Outdated format',
        description: 'Reports from 2021 on must use the 2021 format. A single "(6) Other handling" row in Table 3, or 2019 columns and rows in Table 2 (made / total public / previous count / other services / procurement) are leftovers of the 2019 format, with different definitions.',
        fix: 'Redo the tables in the 2021 format: split Table 3 (6) into its three lines; use issued / repealed / in-force counts in Table 2.',
      },
    },
  },
  messages: {
    'zh-CN': {
      table3: '{year} 年度报告的表三仍使用2019版的单行「{row}」，2021版格式应分为三项',
      table2: '{year} 年度报告的表二仍含2019版栏目：{items}',
    },
    en: {
      table3: 'Table 3 of the {year} report still has the single 2019 row "{row}"; the 2021 format splits it into three lines',
      table2: 'Table 2 of the {year} report still has 2019-format items: {items}',
    },
  },
  appliesTo: (report) => report.year !== null && report.year >= 2021 && !isLegacyReport(report),
  check(ctx) {
    const { year, tables } = ctx.report;
    if (hasCombinedOtherRow(tables.applications)) {
      const row = 'other.combined';
      ctx.fail({
        messageId: 'table3',
        data: { year, row: label({ table: 'applications', row }) },
        cells: Object.keys(tables.applications[row]).map((col) => ({ table: 'applications' as const, row, col })),
        expected: ['other.noCorrection', 'other.unpaidFee', 'other.other'],
        actual: [row],
      });
    }
    const artefacts = active2019Artefacts(tables.active);
    if (artefacts.length) {
      const cells: CellRef[] = [];
      for (const a of artefacts) {
        for (const [row, cols] of Object.entries(tables.active)) {
          for (const col of Object.keys(cols)) {
            if (a.col ? col === a.col : row === a.row) cells.push({ table: 'active', row, col });
          }
        }
      }
      ctx.fail({
        messageId: 'table2',
        data: { year, items: artefacts.map((a) => (a.col ? label({ table: 'active', col: a.col }) : label({ table: 'active', row: a.row }))) },
        cells,
        actual: artefacts.map((a) => a.col ?? a.row),
      });
    }
  },
});
