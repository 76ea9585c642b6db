import { defineRule } from './define-rule.ts';
import { agencyLevel } from './prose/agency-level.ts';
import { hasActiveTable } from './prose/applies.ts';

const FEES = { table: 'active' as const, row: 'fees', col: 'amountWan' };
const YUAN = /(?<!万)元/;

/** 表二 收费金额 is in 万元: a 「元」 in the cell, or ≥ 1,000,000 万元 for a county or township unit, suggests yuan (report-format.md §8.8). */
export default defineRule({
  id: 'fee-unit',
  meta: {
    category: 'plausibility',
    defaultSeverity: 'warning',
    defaultOptions: { maxWanLocal: 1000000 },
    docs: {
      'zh-CN': {
        name: '收费金额单位（万元）',
        description: '表二「本年收费金额」的单位是万元。单元格中写「元」，或县乡单位的金额达到100万万元以上，通常是把元填进了万元栏。',
        fix: '把金额换算为万元（元 ÷ 10000）后填写，不要在单元格中写单位。',
      },
      en: {
        name: 'Fee amount unit (10k yuan)',
        description: 'The Table 2 fee amount is in units of 10,000 yuan. A "元" in the cell, or 1,000,000 or more for a county or township unit, usually means yuan were entered.',
        fix: 'Convert the amount to 10,000-yuan units (yuan ÷ 10000) and leave the unit out of the cell.',
      },
    },
  },
  messages: {
    'zh-CN': {
      yuanSuffix: '收费金额栏单位为万元，单元格填写为「{raw}」',
      magnitude: '收费金额 {actual} 万元（即 {yuan} 元）对县乡单位过大，疑为按元填写',
    },
    en: {
      yuanSuffix: 'The fee amount is in 10k yuan but the cell reads "{raw}"',
      magnitude: 'A fee amount of {actual} (×10k yuan, i.e. {yuan} yuan) is implausible for a county or township unit; probably entered in yuan',
    },
  },
  appliesTo: (report) => hasActiveTable(report) && report.formatVersion === '2021',
  check(ctx) {
    const cell = ctx.report.tables.active.fees?.amountWan;
    if (!cell) return;
    if (cell.unit === '元' || YUAN.test(cell.raw)) {
      ctx.fail({ messageId: 'yuanSuffix', data: { raw: cell.raw }, cells: [FEES], expected: '万元', actual: cell.raw });
      return;
    }
    const level = agencyLevel(ctx.report.agency);
    if (cell.value === null || (level !== 'county' && level !== 'township')) return;
    if (cell.value >= Number(ctx.options.maxWanLocal)) {
      ctx.fail({
        messageId: 'magnitude',
        data: { actual: cell.value, yuan: cell.value * 10000 },
        cells: [FEES],
        expected: `< ${ctx.options.maxWanLocal}`,
        actual: cell.value,
      });
    }
  },
});
