import { defineRule } from './define-rule.ts';
import { label } from '../i18n/format.ts';
import { isConsecutive } from './cross-year/pairing.ts';
import { hasActiveTable } from './prose/applies.ts';

const ROWS = ['regulations', 'normativeDocuments'] as const;
const CLEANUP = /全面清理|集中清理|专项清理|清理/;

/** 表二 现行有效[Y] = 现行有效[Y-1] + 本年制发[Y] − 本年废止[Y] for 规章 and 行政规范性文件 (2021 format; report-format.md §8.6). */
export default defineRule({
  id: 'stock-rollforward',
  meta: {
    category: 'cross-year',
    defaultSeverity: 'warning',
    needsPrevious: true,
    docs: {
      'zh-CN': {
        name: '现行有效件数与上年衔接',
        description: '规章和行政规范性文件的现行有效件数通常等于上年现行有效件数加本年制发、减本年废止。全面清理、机构改革或统计口径变化会打破这一关系，因此只作警告。',
        fix: '核对表二三个数字和上年报告；若经过清理或口径调整，请在正文中说明。',
      },
      en: {
        name: 'Documents in force roll over from last year',
        description: 'Regulations and normative documents in force usually equal last year\'s stock plus this year\'s issued minus repealed. A clean-up, reorganisation or new counting basis legitimately breaks this, so it is only a warning.',
        fix: 'Check the three Table 2 figures against last year\'s report; if a clean-up or new basis explains the difference, say so in the text.',
      },
    },
  },
  messages: {
    'zh-CN': {
      mismatch: '{row}：上年现行有效 {previousStock} + 本年制发 {issued} − 本年废止 {repealed} = {expected}，本年现行有效填报 {actual}',
      mismatchCleanup: '{row}：上年现行有效 {previousStock} + 本年制发 {issued} − 本年废止 {repealed} = {expected}，本年现行有效填报 {actual}（正文提到清理，可能是重新统计）',
    },
    en: {
      mismatch: '{row}: last year in force {previousStock} + issued {issued} − repealed {repealed} = {expected}, but this year in force reads {actual}',
      mismatchCleanup: '{row}: last year in force {previousStock} + issued {issued} − repealed {repealed} = {expected}, but this year in force reads {actual} (the text mentions a clean-up, possibly a recount)',
    },
  },
  appliesTo: (report, previous) =>
    isConsecutive(report, previous) && report.formatVersion === '2021' && previous!.formatVersion === '2021' && hasActiveTable(report) && hasActiveTable(previous!),
  check(ctx) {
    const report = ctx.report;
    const previous = ctx.previous!;
    const cleanup = CLEANUP.test(report.text);
    for (const row of ROWS) {
      const cur = report.tables.active[row];
      const prevStock = previous.tables.active[row]?.inForce;
      if (!cur?.inForce || !cur.issued || !cur.repealed || !prevStock) continue;
      const cells = [cur.inForce, cur.issued, cur.repealed, prevStock];
      if (cells.some((c) => c.semantics === 'text' || c.semantics === 'placeholder')) continue;
      const expected = (prevStock.value ?? 0) + (cur.issued.value ?? 0) - (cur.repealed.value ?? 0);
      const actual = cur.inForce.value ?? 0;
      if (expected === actual) continue;
      const finding = {
        messageId: cleanup ? 'mismatchCleanup' : 'mismatch',
        data: { row: label({ table: 'active', row }), previousStock: prevStock.value ?? 0, issued: cur.issued.value ?? 0, repealed: cur.repealed.value ?? 0, expected, actual },
        cells: [{ table: 'active' as const, row, col: 'inForce' }],
        related: [
          { table: 'active' as const, row, col: 'issued' },
          { table: 'active' as const, row, col: 'repealed' },
        ],
        expected,
        actual,
      };
      if (cells.some((c) => c.confidence === 'low')) ctx.needsReview(finding);
      else ctx.fail(finding);
    }
  },
});
