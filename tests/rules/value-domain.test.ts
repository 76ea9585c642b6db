import rule from '../../core/rules/value-domain.ts';
import { ruleTester } from '../helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    { name: 'all zero', report: {} },
    { name: '表二 收费金额 with decimals', report: { active: { fees: { amountWan: 7730.28 } } } },
    { name: '2019 本年增/减 may be negative (平潭 2020 「-18」)', report: { formatVersion: '2019', year: 2020, active: { penalties: { previousCount: 2648, change: -18, decisions: 538 } } } },
    { name: 'blanks and placeholders are not values', report: { applications: { granted: { commercial: '', research: '/' } } } },
    { name: 'legacy report', report: { formatVersion: 'legacy', year: 2015 }, outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: '「-3」 in 表三',
      report: { applications: { granted: { naturalPerson: -3 } } },
      errors: [{ messageId: 'negative', severity: 'error', cells: [{ table: 'applications', row: 'granted', col: 'naturalPerson' }], actual: -3 }],
    },
    {
      name: '「2.5」 in 表三 and 1.5 in 表四',
      report: { applications: { received: { total: 2.5 } }, reviewLitigation: { review: { pending: 1.5 } } },
      errors: [
        { messageId: 'notInteger', cells: [{ table: 'applications', row: 'received', col: 'total' }], actual: 2.5, expected: 3 },
        { messageId: 'notInteger', cells: [{ table: 'reviewLitigation', row: 'review', col: 'pending' }], actual: 1.5 },
      ],
    },
    {
      name: 'negative 收费金额 and fractional 行政许可',
      report: { active: { fees: { amountWan: -1 }, licensing: { decisions: 3.2 } } },
      errors: [
        { messageId: 'negative', cells: [{ table: 'active', row: 'fees', col: 'amountWan' }] },
        { messageId: 'notInteger', cells: [{ table: 'active', row: 'licensing', col: 'decisions' }] },
      ],
    },
    {
      name: 'unreadable text cell → needs-review',
      report: { applications: { granted: { naturalPerson: '见附件' } } },
      errors: [{ messageId: 'notNumber', outcome: 'needs-review', severity: 'warning', actual: '见附件' }],
    },
  ],
});
