import rule from '../../core/rules/yoy-outlier.ts';
import { ruleTester } from '../helpers/rule-tester.ts';

const licensing = { table: 'active' as const, row: 'licensing', col: 'decisions' };

ruleTester(rule, {
  valid: [
    { name: '平潭 2023→2024 行政许可 2629 → 4529 (1.7×)', report: { year: 2024, active: { licensing: { decisions: 4529 } } }, previous: { year: 2023, active: { licensing: { decisions: 2629 } } } },
    { name: 'small bases (3 → 9) are ignored', report: { year: 2024, active: { coercion: { decisions: 9 } } }, previous: { year: 2023, active: { coercion: { decisions: 3 } } } },
  ],
  invalid: [
    {
      name: '洪泽 行政许可 550 (2023) → 9487 (2024)',
      report: { year: 2024, active: { licensing: { decisions: 9487 } } },
      previous: { year: 2023, active: { licensing: { decisions: 550 } } },
      errors: [{ messageId: 'outlier', severity: 'info', cells: [licensing], expected: 550, actual: 9487, data: { ratio: 17.25 } }],
    },
    {
      name: 'new applications 100 → 12 (0.12×) and 收费 0 → 50',
      report: { year: 2024, applications: { received: { total: 12 } }, active: { fees: { amountWan: 50 } } },
      previous: { year: 2023, applications: { received: { total: 100 } } },
      errors: [
        { messageId: 'outlier', cells: [{ table: 'applications', row: 'received', col: 'total' }] },
        { messageId: 'fromZero', cells: [{ table: 'active', row: 'fees', col: 'amountWan' }] },
      ],
    },
    {
      name: 'the floor is an option',
      report: { year: 2024, active: { coercion: { decisions: 9 } } },
      previous: { year: 2023, active: { coercion: { decisions: 1 } } },
      options: { minBase: 5 },
      errors: [{ messageId: 'outlier', data: { ratio: 9 } }],
    },
  ],
});
