import rule from '../../core/rules/fee-consistency.ts';
import { ruleTester } from '../helpers/rule-tester.ts';

const unpaid = (col: string) => ({ table: 'applications' as const, row: 'other.unpaidFee', col });

ruleTester(rule, {
  valid: [
    { name: 'seed: 六 「无。」 with （六）2 = 0', report: { sections: { 6: '无。' } } },
    {
      name: '淮安 2024: （六）2 = 6 and 六 reports the fee',
      report: { applications: { 'other.unpaidFee': { naturalPerson: 6, total: 6 } }, sections: { 6: '本年度共发出收费通知10件，收取政府信息公开信息处理费3940元。' } },
    },
    { name: '平潭: 「无收取信息处理费情况」', report: { sections: { 6: '2023年，无收取信息处理费情况。' } } },
    { name: '表二 行政事业性收费 is not an information processing fee', report: { active: { fees: { amountWan: 5949.08 } }, sections: { 6: '本年度未收取信息处理费。' } } },
    { name: 'legacy report', report: { formatVersion: 'legacy' }, outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: '（六）2 = 2 but section 六 is 「无。」',
      report: { applications: { 'other.unpaidFee': { naturalPerson: 2, total: 2 } }, sections: { 6: '无。' } },
      errors: [{ messageId: 'notReported', severity: 'warning', cells: [unpaid('naturalPerson'), unpaid('total')], data: { count: 2 } }],
    },
    {
      name: 'fee charged in 六 but 「未收取信息处理费」 in 总体情况',
      report: {
        sections: {
          1: '本机关严格执行收费规定，全年未收取信息处理费。主动公开、依申请公开、政府信息管理、平台建设、监督保障工作有序开展。',
          6: '本年度收取信息处理费共计200元。',
        },
      },
      errors: [{ messageId: 'contradiction', expected: 200, actual: 0 }],
    },
  ],
});
