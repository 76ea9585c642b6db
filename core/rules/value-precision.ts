import { defineRule } from './define-rule.ts';
import type { CellRef } from '../model/finding.ts';
import { label } from '../i18n/format.ts';
import { isLegacyReport } from './lib/format-artefacts.ts';
import { printedDecimals } from './lib/cells.ts';

/**
 * Values printed with an impossible precision (report-format.md §8.2): a 万元 amount with more than 4 decimals
 * (finer than one yuan: yuan / 10000 pasted from a spreadsheet); a yuan amount with more than 2 decimals.
 * Counts with decimals are value-domain's errors, so they are not repeated here.
 */
export default defineRule({
  id: 'value-precision',
  meta: {
    category: 'arithmetic',
    defaultSeverity: 'warning',
    defaultOptions: { maxWanDecimals: 4, maxYuanDecimals: 2 },
    docs: {
      'zh-CN': {
        name: '数值精度异常',
        description: '以万元为单位的金额最多4位小数（即精确到元）；更多小数位通常是把「元」除以10000后直接粘贴，数值可能未经核对。以元为单位的金额最多2位小数。',
        fix: '按单位核对金额，保留合理的小数位（万元保留2至4位）。',
      },
      en: {
        name: 'Implausible precision',
        description: 'An amount in 10k yuan has at most 4 decimals (one yuan); more decimals usually mean yuan divided by 10,000 and pasted unchecked. A yuan amount has at most 2 decimals.',
        fix: 'Check the amount against its unit and keep a sensible number of decimals (2–4 for 10k yuan).',
      },
    },
  },
  messages: {
    'zh-CN': { tooPrecise: '{cell} 填报「{raw}」，有 {decimals} 位小数（该单位最多 {max} 位）' },
    en: { tooPrecise: '{cell} reads "{raw}" with {decimals} decimals (at most {max} for its unit)' },
  },
  appliesTo: (report) => report.tableInfo.active.found && !isLegacyReport(report),
  check(ctx) {
    const maxWan = Number(ctx.options.maxWanDecimals ?? 4);
    const maxYuan = Number(ctx.options.maxYuanDecimals ?? 2);
    const active = ctx.report.tables.active;
    const candidates: { at: CellRef; max: number }[] = [];
    if (active.fees?.amountWan) candidates.push({ at: { table: 'active', row: 'fees', col: 'amountWan' }, max: maxWan });
    const procurement = active.procurement?.amount;
    if (procurement) {
      const unit = procurement.unit ?? '';
      candidates.push({ at: { table: 'active', row: 'procurement', col: 'amount' }, max: unit.includes('万') ? maxWan : maxYuan });
    }
    for (const { at, max } of candidates) {
      const cell = active[at.row][at.col];
      if (cell.value === null) continue;
      const decimals = printedDecimals(cell);
      if (decimals <= max) continue;
      ctx.fail({
        messageId: 'tooPrecise',
        data: { cell: label(at), raw: cell.raw, decimals, max },
        cells: [at],
        expected: `≤ ${max}`,
        actual: decimals,
      });
    }
  },
});
