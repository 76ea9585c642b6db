import rule from '../../core/rules/t4-block-total.ts';
import { ruleTester } from '../helpers/rule-tester.ts';
import { buildReport } from '../helpers/report-builder.ts';

ruleTester(rule, {
  valid: [
    { name: 'all zero', report: {} },
    { name: 'parts add up', report: { reviewLitigation: { review: { upheld: 2, corrected: 1, other: 3, pending: 1, total: 7 } } } },
    { name: 'legacy report', report: { formatVersion: 'legacy' }, outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'low-confidence total (glued digits) → needs-review',
      report: () => {
        const r = buildReport({ reviewLitigation: { review: { upheld: 2, corrected: 1, other: 3, pending: 1, total: 17 } } });
        r.tables.reviewLitigation.review.total.confidence = 'low';
        return r;
      },
      errors: [{ messageId: 'mismatch', outcome: 'needs-review', severity: 'warning', expected: 7, actual: 17 }],
    },
    {
      name: '洪泽 2023 as extracted: 10 1 0 0 | 0',
      report: {
        reviewLitigation: {
          review: { upheld: 10, corrected: 1, other: 0, pending: 0, total: 0 },
          litigationAfterReview: { upheld: 5, corrected: 0, other: 0, pending: 0, total: 0 },
        },
      },
      errors: [
        {
          messageId: 'mismatch',
          cells: [{ table: 'reviewLitigation', row: 'review', col: 'total' }],
          related: ['upheld', 'corrected', 'other', 'pending'].map((col) => ({ table: 'reviewLitigation' as const, row: 'review', col })),
          expected: 11,
          actual: 0,
        },
        { messageId: 'mismatch', cells: [{ table: 'reviewLitigation', row: 'litigationAfterReview', col: 'total' }], expected: 5, actual: 0 },
      ],
    },
  ],
});
