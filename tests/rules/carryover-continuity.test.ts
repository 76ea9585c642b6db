import rule from '../../core/rules/carryover-continuity.ts';
import { ruleTester } from '../helpers/rule-tester.ts';

const forward = (naturalPerson: number, total = naturalPerson) => ({ carriedForward: { naturalPerson, total } });
const over = (naturalPerson: number, total = naturalPerson) => ({ carriedOver: { naturalPerson, total } });
const cell = (col: string) => ({ table: 'applications' as const, row: 'carriedOver', col });

ruleTester(rule, {
  valid: [
    { name: '宿迁 2023→2024: 121 = 121', report: { year: 2024, agency: '宿迁市人民政府', applications: over(121) }, previous: { year: 2023, agency: '宿迁市人民政府', applications: forward(121) } },
    { name: '平潭 2020→2021 (format change): 0 = 0', report: { year: 2021 }, previous: { year: 2020, formatVersion: '2019' } },
    { name: 'previous report is not Y-1', report: { year: 2023, applications: over(5) }, previous: { year: 2021, applications: forward(3) }, outcome: 'not-applicable' },
    { name: 'no previous report', report: { year: 2023 }, outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'same format and unit: 二 5 vs last year 四 3 → error per column',
      report: { year: 2023, applications: over(5) },
      previous: { year: 2022, applications: forward(3) },
      errors: [
        { messageId: 'mismatch', severity: 'error', cells: [cell('naturalPerson')], expected: 3, actual: 5, data: { previousYear: 2022 } },
        { messageId: 'mismatch', severity: 'error', cells: [cell('total')], expected: 3, actual: 5 },
      ],
    },
    {
      name: 'format changed (2019 → 2021): warning',
      report: { year: 2021, applications: { carriedOver: { total: 2 } } },
      previous: { year: 2020, formatVersion: '2019', applications: { carriedForward: { total: 1 } } },
      errors: [{ messageId: 'mismatch', severity: 'warning', cells: [cell('total')], expected: 1, actual: 2 }],
    },
    {
      name: 'different unit name: warning',
      report: { year: 2023, agency: '甲县财政局', applications: { carriedOver: { total: 2 } } },
      previous: { year: 2022, agency: '乙县教育局', applications: { carriedForward: { total: 0 } } },
      errors: [{ messageId: 'mismatch', severity: 'warning' }],
    },
  ],
});
