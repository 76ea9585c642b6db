import { defineRule } from './define-rule.ts';
import { hasApplicationsTable } from './prose/applies.ts';
import { applicationsTotal } from './prose/table-values.ts';

/** （四）1 本机关不掌握 > 50% of （七）总计: not an error, an analytical indicator (report-format.md §8.8). */
export default defineRule({
  id: 'share-not-held',
  meta: {
    category: 'plausibility',
    defaultSeverity: 'info',
    defaultOptions: { threshold: 0.5, minTotal: 5 },
    docs: {
      'zh-CN': {
        name: '「本机关不掌握」占比高',
        description: '超过一半的申请以「本机关不掌握相关政府信息」答复，可能说明申请指引不清，或存在以不掌握为由推脱的情况。这不是错误，仅作分析提示。',
        fix: '核查不掌握答复是否有依据，并完善公开指南和申请指引。',
      },
      en: {
        name: 'High share of "information not held"',
        description: 'More than half of the applications were answered "not held by this agency": guidance may be unclear, or the answer overused. Not an error; an analytical indicator.',
        fix: 'Check that the "not held" answers were justified and improve the application guide.',
      },
    },
  },
  messages: {
    'zh-CN': { highShare: '「本机关不掌握」{notHeld} 件，占办理结果总计 {total} 件的 {percent}%' },
    en: { highShare: '"Not held" answers: {notHeld} of {total} concluded applications ({percent}%)' },
  },
  appliesTo: hasApplicationsTable,
  check(ctx) {
    const notHeld = applicationsTotal(ctx.report, ['unavailable.notHeld']);
    const total = applicationsTotal(ctx.report, ['resultsTotal']);
    if (notHeld.value === null || total.value === null || total.value < Number(ctx.options.minTotal)) return;
    const share = notHeld.value / total.value;
    if (share <= Number(ctx.options.threshold)) return;
    ctx.fail({
      messageId: 'highShare',
      data: { notHeld: notHeld.value, total: total.value, percent: Math.round(share * 1000) / 10 },
      cells: notHeld.cells,
      related: total.cells,
      expected: `≤ ${Number(ctx.options.threshold) * 100}%`,
      actual: Math.round(share * 1000) / 10,
    });
  },
});
