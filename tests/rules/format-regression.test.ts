import rule from '../../core/rules/format-regression.ts';
import { ruleTester } from '../helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    { name: '平潭 2020 (2019) → 2021 (2021)', report: { year: 2021 }, previous: { year: 2020, formatVersion: '2019' } },
    { name: 'same format', report: { year: 2023 }, previous: { year: 2022 } },
    { name: 'unknown format', report: { year: 2023, formatVersion: 'unknown' }, previous: { year: 2022 } },
  ],
  invalid: [
    {
      name: '2019 tables after a 2021-format report',
      report: { year: 2023, formatVersion: '2019' },
      previous: { year: 2022 },
      errors: [{ messageId: 'regression', severity: 'warning', expected: '2021', actual: '2019', data: { previousYear: 2022 } }],
    },
  ],
});
