import rule from '../../core/rules/section6-fee-statement.ts';
import { ruleTester } from '../helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    { name: '「本年度未收取信息处理费」', report: {} },
    { name: '平潭 2021: 「2021年，无收取信息处理费情况」', report: { year: 2021, sections: { 6: '2021年，无收取信息处理费情况。' } } },
    { name: '淮安 2024: 收取信息处理费 3940 元 with （六）2 = 6', report: { applications: { 'other.unpaidFee': { naturalPerson: 6, total: 6 } }, sections: { 6: '全年收取政府信息公开信息处理费3940元。' } } },
    { name: '平潭 2019: 「无其他需要报告的事项」 before the fee measures', report: { year: 2019, formatVersion: '2019', sections: { 6: '无其他需要报告的事项。' } } },
    { name: 'no section 六', report: { sections: { 6: null } }, outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'seed 湘乡 2023: 「无。」 → warning, never error',
      report: { agency: '湘乡市政府办', sections: { 6: '无。' } },
      errors: [{ messageId: 'bareNone', severity: 'warning', textIncludes: '无。', actual: '无。' }],
    },
    {
      name: 'fee notices issued (（六）2 = 2) but no fee statement',
      report: { applications: { 'other.unpaidFee': { naturalPerson: 2, total: 2 } }, sections: { 6: '无。' } },
      errors: [{ messageId: 'feeNoticeUnreported', severity: 'warning', data: { count: 2 }, related: [{ table: 'applications', row: 'other.unpaidFee', col: 'total' }] }],
    },
    { name: 'other matters only → info', report: { sections: { 6: '本机关落实上级年度政务公开工作要点情况良好。' } }, errors: [{ messageId: 'noFeeStatement', severity: 'info' }] },
    { name: 'empty section', report: { sections: { 6: '' } }, errors: [{ messageId: 'empty', severity: 'warning' }] },
  ],
});
