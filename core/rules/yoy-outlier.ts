import { defineRule } from './define-rule.ts';
import { label } from '../i18n/format.ts';
import type { CellRef } from '../model/finding.ts';
import { isConsecutive } from './cross-year/pairing.ts';
import { hasStandardTables } from './prose/applies.ts';

/** 许可 / 处罚 / 强制 / 收费 / 新收 (report-format.md §8.6, §8.8). */
const WATCHED: CellRef[] = [
  { table: 'active', row: 'licensing', col: 'decisions' },
  { table: 'active', row: 'penalties', col: 'decisions' },
  { table: 'active', row: 'coercion', col: 'decisions' },
  { table: 'active', row: 'fees', col: 'amountWan' },
  { table: 'applications', row: 'received', col: 'total' },
];

/** Year-over-year ratio > 5 or < 0.2 on the watched counts; small bases (both below `minBase`) are ignored. */
export default defineRule({
  id: 'yoy-outlier',
  meta: {
    category: 'cross-year',
    defaultSeverity: 'info',
    needsPrevious: true,
    defaultOptions: { high: 5, low: 0.2, minBase: 10 },
    docs: {
      'zh-CN': {
        name: '同比变化异常',
        description: '行政许可、行政处罚、行政强制、收费金额、新收申请数与上年相比增长超过5倍或降至0.2倍以下，可能是填报口径或单位错误，也可能是真实变化，需人工核实。',
        fix: '核对本年与上年的统计口径和单位；若变化属实，可在正文中说明原因。',
      },
      en: {
        name: 'Year-over-year outlier',
        description: 'Licensing, penalty, coercion, fee or new-application figures that grew more than 5× or fell below 0.2× of last year may be a basis or unit error, or a real change; worth a look.',
        fix: 'Check the counting basis and unit of both years; if the change is real, explain it in the text.',
      },
    },
  },
  messages: {
    'zh-CN': {
      outlier: '{cell}：上年 {previous}，本年 {current}，为上年的 {ratio} 倍',
      fromZero: '{cell}：上年为 0，本年为 {current}',
    },
    en: {
      outlier: '{cell}: {previous} last year, {current} this year ({ratio}×)',
      fromZero: '{cell}: 0 last year, {current} this year',
    },
  },
  appliesTo: (report, previous) => isConsecutive(report, previous) && hasStandardTables(report) && hasStandardTables(previous!),
  check(ctx) {
    const high = Number(ctx.options.high);
    const low = Number(ctx.options.low);
    const minBase = Number(ctx.options.minBase);
    for (const ref of WATCHED) {
      const cur = ctx.report.tables[ref.table][ref.row]?.[ref.col];
      const prev = ctx.previous!.tables[ref.table][ref.row]?.[ref.col];
      if (!cur || !prev || cur.value === null || prev.value === null) continue;
      const current = cur.value;
      const previous = prev.value;
      if (Math.max(current, previous) < minBase) continue;
      const data = { cell: label(ref), previous, current };
      if (previous === 0) {
        ctx.fail({ messageId: 'fromZero', data, cells: [ref], expected: previous, actual: current });
        continue;
      }
      const ratio = current / previous;
      if (ratio > high || ratio < low) {
        ctx.fail({ messageId: 'outlier', data: { ...data, ratio: Math.round(ratio * 100) / 100 }, cells: [ref], expected: previous, actual: current });
      }
    }
  },
});
