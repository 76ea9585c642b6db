import rule from '../../core/rules/fee-unit.ts';
import { ruleTester } from '../helpers/rule-tester.ts';

const fees = { table: 'active' as const, row: 'fees', col: 'amountWan' };

ruleTester(rule, {
  valid: [
    { name: '平潭 2023: 5949.088667 万元', report: { agency: '平潭综合实验区', active: { fees: { amountWan: 5949.088667 } } } },
    { name: 'a large amount for a city is not judged', report: { agency: '深圳市人民政府', active: { fees: { amountWan: 2500000 } } } },
    { name: '2019 format has no amount', report: { formatVersion: '2019' }, outcome: 'not-applicable' },
  ],
  invalid: [
    { name: '「251000元」 in the 万元 cell', report: { active: { fees: { amountWan: '251000元' } } }, errors: [{ messageId: 'yuanSuffix', severity: 'warning', cells: [fees], actual: '251000元' }] },
    {
      name: 'county department: 3,500,000 万元',
      report: { agency: '某某县财政局', active: { fees: { amountWan: 3500000 } } },
      errors: [{ messageId: 'magnitude', cells: [fees], actual: 3500000, data: { yuan: 35000000000 } }],
    },
  ],
});
