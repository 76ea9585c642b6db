import rule from '../../core/rules/t3-balance.ts';
import { ruleTester } from '../helpers/rule-tester.ts';
import { applicationsSpec, consistentColumn } from '../helpers/report-builder.ts';

const col = (c: string) => ['received', 'carriedOver', 'resultsTotal', 'carriedForward'].map((row) => ({ table: 'applications' as const, row, col: c }));

ruleTester(rule, {
  valid: [
    { name: 'all zero', report: {} },
    {
      name: '上海 2019 自然人: 821 + 18 = 767 + 72',
      report: { formatVersion: '2019', year: 2019, applications: { received: { naturalPerson: 821, total: 821 }, carriedOver: { naturalPerson: 18, total: 18 }, resultsTotal: { naturalPerson: 767, total: 767 }, carriedForward: { naturalPerson: 72, total: 72 } } },
    },
    {
      name: '淮安 2024 总计: 3119 + 34 = 3050 + 103',
      report: { applications: applicationsSpec({ naturalPerson: consistentColumn({ carriedOver: 34, carriedForward: 103, leaves: { granted: 3050 } }) }) },
    },
    { name: 'legacy report', report: { formatVersion: 'legacy', year: 2015 }, outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'received 10 + 0 ≠ 8 + 1',
      report: { applications: { received: { naturalPerson: 10, total: 10 }, resultsTotal: { naturalPerson: 8, total: 8 }, carriedForward: { naturalPerson: 1, total: 1 } } },
      errors: [
        {
          messageId: 'mismatch',
          severity: 'error',
          cells: [...col('naturalPerson'), ...col('total')],
          expected: { naturalPerson: 10, total: 10 },
          actual: { naturalPerson: 9, total: 9 },
          data: { expected: [10, 10], actual: [9, 9] },
        },
      ],
    },
    {
      name: 'blank carried-over cell, still unbalanced',
      report: { applications: { received: { commercial: 4, total: 4 }, carriedOver: { commercial: null, total: 0 }, resultsTotal: { commercial: 3, total: 4 } } },
      errors: [{ messageId: 'mismatchBlanks', cells: col('commercial'), expected: { commercial: 4 }, actual: { commercial: 3 } }],
    },
    {
      name: '上海 2019 style: legal-person columns blank, balance holds → info',
      report: { applications: { received: { naturalPerson: 5, commercial: '', total: 5 }, resultsTotal: { naturalPerson: 5, commercial: '', total: 5 }, carriedOver: { commercial: '' }, carriedForward: { commercial: '' } } },
      errors: [{ messageId: 'blanksAsZero', severity: 'info', cells: col('commercial') }],
    },
  ],
});
