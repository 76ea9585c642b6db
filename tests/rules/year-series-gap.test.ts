import rule from '../../core/rules/year-series-gap.ts';
import { ruleTester } from '../helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    { name: 'Y-1 supplied', report: { year: 2023 }, previous: { year: 2022 } },
    { name: 'no previous report', report: { year: 2023 }, outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: '2021 supplied for a 2023 report',
      report: { year: 2023 },
      previous: { year: 2021 },
      errors: [{ messageId: 'gap', severity: 'info', data: { year: 2023, previousYear: 2021, expectedYear: 2022 }, expected: 2022, actual: 2021 }],
    },
    { name: 'unknown year', report: { year: null, period: null }, previous: { year: 2022 }, errors: [{ messageId: 'unknownYear', outcome: 'needs-review' }] },
  ],
});
