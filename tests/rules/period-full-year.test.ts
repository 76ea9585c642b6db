import rule from '../../core/rules/period-full-year.ts';
import { ruleTester } from '../helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    { name: 'full calendar year', report: {} },
    { name: 'seed: full 2022 (the year mismatch is another rule)', report: { year: 2023, period: { start: '2022-01-01', end: '2022-12-31' } } },
    { name: 'no period', report: { period: null }, outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: '自2023年1月1日至2023年11月30日',
      report: { period: { start: '2023-01-01', end: '2023-11-30' } },
      errors: [
        {
          messageId: 'notFullYear',
          severity: 'error',
          expected: { start: '2023-01-01', end: '2023-12-31' },
          actual: { start: '2023-01-01', end: '2023-11-30' },
          textIncludes: '统计期限',
        },
      ],
    },
    {
      name: 'period spanning two years',
      report: { period: { start: '2022-07-01', end: '2023-06-30' } },
      errors: [{ messageId: 'notFullYear', expected: { start: '2022-01-01', end: '2022-12-31' } }],
    },
  ],
});
