import rule from '../../core/rules/value-precision.ts';
import { ruleTester } from '../helpers/rule-tester.ts';

const fees = { table: 'active' as const, row: 'fees', col: 'amountWan' };

ruleTester(rule, {
  valid: [
    { name: 'all zero', report: {} },
    { name: '7730.28 万元', report: { active: { fees: { amountWan: '7730.28' } } } },
    { name: '4 decimals (one yuan)', report: { active: { fees: { amountWan: '0.3940' } } } },
    { name: '2019 procurement amount in yuan with 2 decimals', report: { formatVersion: '2019', year: 2020, active: { procurement: { projects: 395, amount: '73802895.90' } } } },
    { name: 'legacy report', report: { formatVersion: 'legacy', year: 2015 }, outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: '平潭 2023: 「5949.088667」 万元',
      report: { active: { fees: { amountWan: '5949.088667' } } },
      errors: [{ messageId: 'tooPrecise', severity: 'warning', cells: [fees], expected: '≤ 4', actual: 6, data: { raw: '5949.088667', decimals: 6, max: 4 } }],
    },
    {
      name: 'threshold is an option',
      report: { active: { fees: { amountWan: '12.345' } } },
      options: { maxWanDecimals: 2 },
      errors: [{ messageId: 'tooPrecise', cells: [fees], actual: 3 }],
    },
  ],
});
