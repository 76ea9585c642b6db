import rule from '../../core/rules/t3-row-total.ts';
import { ruleTester } from '../helpers/rule-tester.ts';
import { APPLICANT_COLUMNS } from '../../core/model/keys.ts';

const parts = (row: string) => APPLICANT_COLUMNS.map((col) => ({ table: 'applications' as const, row, col }));
const total = (row: string) => ({ table: 'applications' as const, row, col: 'total' });

ruleTester(rule, {
  valid: [
    { name: 'all zero', report: {} },
    { name: 'row adds up', report: { applications: { granted: { naturalPerson: 258, commercial: 12, legalService: 1, otherOrg: 1, total: 272 } } } },
    {
      name: '上海 2019: 总计 blank while components exist is total-blank, not this rule',
      report: { formatVersion: '2019', year: 2019, applications: { granted: { naturalPerson: 258, commercial: 12, research: '', publicInterest: '', legalService: 1, otherOrg: 1, total: '' } } },
    },
    { name: 'legacy report', report: { formatVersion: 'legacy', year: 2018 }, outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'row total off by one',
      report: { applications: { granted: { naturalPerson: 5, commercial: 2, total: 6 }, carriedForward: { naturalPerson: 1, total: 2 } } },
      errors: [
        {
          messageId: 'mismatch',
          severity: 'error',
          cells: [total('granted'), total('carriedForward')],
          related: [...parts('granted'), ...parts('carriedForward')],
          expected: { granted: 7, carriedForward: 1 },
          actual: { granted: 6, carriedForward: 2 },
        },
      ],
    },
    {
      name: 'blank components and a wrong total',
      report: { applications: { received: { naturalPerson: 5, commercial: '', research: '', total: 9 } } },
      errors: [{ messageId: 'mismatchBlanks', cells: [total('received')], expected: { received: 5 }, actual: { received: 9 } }],
    },
    {
      name: 'placeholder components, total holds → info',
      report: { applications: { received: { naturalPerson: 5, commercial: '—', total: 5 } } },
      errors: [{ messageId: 'blanksAsZero', severity: 'info', cells: [{ table: 'applications', row: 'received', col: 'commercial' }] }],
    },
    {
      name: 'unreadable component → needs-review',
      report: { applications: { received: { naturalPerson: 5, commercial: '五', total: 6 } } },
      errors: [{ messageId: 'undecidable', outcome: 'needs-review', severity: 'warning', cells: [total('received')] }],
    },
  ],
});
