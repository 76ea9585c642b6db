import { defineRule } from './define-rule.ts';
import { APPLICATION_COLUMNS } from '../model/keys.ts';
import { label } from '../i18n/format.ts';
import { isLegacyReport } from './lib/format-artefacts.ts';
import { reportIdentities, type IdentityCase } from './lib/column-check.ts';
import { ref } from './lib/cells.ts';

/** 表三, each column: 一 + 二 = （七） + 四 — the printed 勾稽关系 (report-format.md §4.4 identity 2). */
export default defineRule({
  id: 't3-balance',
  meta: {
    category: 'arithmetic',
    defaultSeverity: 'error',
    docs: {
      'zh-CN': {
        name: '表三勾稽关系',
        description: '表三注明的勾稽关系：每一列「一、本年新收」加「二、上年结转」应等于「（七）总计」加「四、结转下年度继续办理」。不平衡说明申请数量与办理结果对不上。',
        fix: '核对该列新收、上年结转、办结总数和结转下年度的数字，使两边相等。',
      },
      en: {
        name: 'Table 3 balance',
        description: 'The identity printed in Table 3: in every column, I (received) + II (carried over) must equal (7) total concluded + IV (carried forward). Otherwise the applications and their outcomes do not reconcile.',
        fix: 'Check received, carried over, concluded and carried forward in the column until both sides agree.',
      },
    },
  },
  messages: {
    'zh-CN': {
      mismatch: '勾稽关系不成立（{items}）：一 + 二 = {expected}，（七） + 四 = {actual}',
      mismatchBlanks: '勾稽关系不成立（{items}）：一 + 二 = {expected}，（七） + 四 = {actual}（含空白单元格，已按0计算）',
      undecidable: '勾稽关系无法核对（{items}）：部分单元格无法识别为数字；按可读数字 一 + 二 = {expected}，（七） + 四 = {actual}',
      blanksAsZero: '勾稽关系成立，但有空白单元格按0计算（{items}）',
    },
    en: {
      mismatch: 'The balance does not hold ({items}): I + II = {expected}, but (7) + IV = {actual}',
      mismatchBlanks: 'The balance does not hold ({items}): I + II = {expected}, but (7) + IV = {actual} (blank cells present, counted as 0)',
      undecidable: 'The balance cannot be verified ({items}): some cells are not readable numbers; readable values give I + II = {expected}, (7) + IV = {actual}',
      blanksAsZero: 'The balance holds, but blank cells were counted as 0 ({items})',
    },
  },
  appliesTo: (report) => report.tableInfo.applications.found && !isLegacyReport(report),
  check(ctx) {
    const table = ctx.report.tables.applications;
    const cases: IdentityCase[] = [];
    for (const col of APPLICATION_COLUMNS) {
      const left = ['received', 'carriedOver'].filter((row) => table[row]?.[col]).map((row) => ref('applications', row, col));
      const right = ['resultsTotal', 'carriedForward'].filter((row) => table[row]?.[col]).map((row) => ref('applications', row, col));
      if (!left.length || !right.length) continue;
      cases.push({
        key: col,
        name: label({ table: 'applications', col }),
        left,
        right,
        cells: [...left, ...right],
        related: [],
      });
    }
    reportIdentities(ctx, ctx.report, cases, 'applications');
  },
});
