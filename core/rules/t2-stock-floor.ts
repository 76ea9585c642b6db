import { defineRule } from './define-rule.ts';
import { label } from '../i18n/format.ts';
import { isLegacyReport } from './lib/format-artefacts.ts';
import { cellAt, isNumeric, ref } from './lib/cells.ts';

const ROWS = ['regulations', 'normativeDocuments'] as const;

/** 表二 (2021): 现行有效件数 ≥ 本年制发件数 − 本年废止件数 (report-format.md §3, derived). */
export default defineRule({
  id: 't2-stock-floor',
  meta: {
    category: 'arithmetic',
    defaultSeverity: 'error',
    docs: {
      'zh-CN': {
        name: '表二现行有效件数下限',
        description: '规章和行政规范性文件的「现行有效件数」不可能小于「本年制发件数」减「本年废止件数」：本年新制发又未废止的文件年末必然仍有效。',
        fix: '核对本年制发、本年废止和现行有效件数（与司法行政部门核对），更正填错的数字。',
      },
      en: {
        name: 'Table 2 stock floor',
        description: 'For regulations and normative documents, the number in force cannot be smaller than issued this year minus repealed this year: documents issued and not repealed are still in force at year-end.',
        fix: 'Check issued, repealed and in-force counts (with the justice department) and correct the wrong one.',
      },
    },
  },
  messages: {
    'zh-CN': { belowFloor: '{row}：现行有效件数 {actual} 小于 本年制发 {issued} − 本年废止 {repealed} = {expected}' },
    en: { belowFloor: '{row}: {actual} in force is less than {issued} issued − {repealed} repealed = {expected}' },
  },
  appliesTo: (report) => report.tableInfo.active.found && !isLegacyReport(report),
  check(ctx) {
    let checked = false;
    for (const row of ROWS) {
      const issued = cellAt(ctx.report, ref('active', row, 'issued'));
      const repealed = cellAt(ctx.report, ref('active', row, 'repealed'));
      const inForce = cellAt(ctx.report, ref('active', row, 'inForce'));
      if (!issued || !inForce) continue;
      checked = true;
      if (!isNumeric(issued) || !isNumeric(inForce)) continue;
      const rep = isNumeric(repealed) ? repealed.value : 0;
      const floor = issued.value - rep;
      if (inForce.value >= floor) continue;
      const finding = {
        messageId: 'belowFloor',
        data: { row: label({ table: 'active', row }), issued: issued.value, repealed: rep, expected: floor, actual: inForce.value },
        cells: [ref('active', row, 'inForce')],
        related: repealed ? [ref('active', row, 'issued'), ref('active', row, 'repealed')] : [ref('active', row, 'issued')],
        expected: floor,
        actual: inForce.value,
      };
      if ([issued, repealed, inForce].some((c) => c?.confidence === 'low')) ctx.needsReview({ ...finding, severity: 'warning' });
      else ctx.fail(finding);
    }
    if (!checked) ctx.notApplicable('no-2021-table2-counts');
  },
});
