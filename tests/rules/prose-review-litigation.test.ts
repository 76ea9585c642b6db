import rule from '../../core/rules/prose-review-litigation.ts';
import { ruleTester } from '../helpers/rule-tester.ts';

const huaian = {
  review: { upheld: 72, corrected: 64, other: 178, pending: 37, total: 351 },
  litigationDirect: { upheld: 13, corrected: 4, other: 8, pending: 1, total: 26 },
  litigationAfterReview: { upheld: 12, corrected: 1, other: 1, pending: 6, total: 20 },
};
const suqian = {
  review: { upheld: 100, corrected: 20, other: 30, pending: 20, total: 170 },
  litigationDirect: { upheld: 40, corrected: 0, other: 10, pending: 10, total: 60 },
  litigationAfterReview: { upheld: 10, corrected: 0, other: 5, pending: 2, total: 17 },
};

ruleTester(rule, {
  valid: [
    { name: 'no figures', report: {} },
    { name: '淮安 2024: 行政复议351件，行政诉讼46件 (26 + 20)', report: { reviewLitigation: huaian, sections: { 4: '全年共发生政府信息公开行政复议351件，行政诉讼46件。' } } },
    {
      name: '平潭 2023: 行政复议案件2件、行政诉讼案件7件 (5 + 2)',
      report: {
        reviewLitigation: { review: { upheld: 1, corrected: 1, total: 2 }, litigationDirect: { upheld: 4, pending: 1, total: 5 }, litigationAfterReview: { upheld: 1, other: 1, total: 2 } },
        sections: { 1: '因政府信息公开引起的行政复议案件2件、行政诉讼案件7件。' },
      },
    },
    { name: 'one number for both is not compared', report: { sections: { 4: '发生行政复议和行政诉讼各1件。' } } },
    { name: 'sub-outcomes are not block totals', report: { reviewLitigation: huaian, sections: { 4: '行政复议结果纠正64件。' } } },
  ],
  invalid: [
    {
      name: '宿迁 2024: 全市备案 复议134 / 诉讼57 vs 170 / 77 → scope, info',
      report: {
        agency: '宿迁市人民政府',
        reviewLitigation: suqian,
        sections: { 4: '全市全年备案政府信息公开行政复议案件134件，行政诉讼案件57件。' },
      },
      errors: [
        { messageId: 'reviewScope', severity: 'info', outcome: 'needs-review', expected: 170, actual: 134, cells: [{ table: 'reviewLitigation', row: 'review', col: 'total' }] },
        {
          messageId: 'litigationScope',
          severity: 'info',
          expected: 77,
          actual: 57,
          cells: [
            { table: 'reviewLitigation', row: 'litigationDirect', col: 'total' },
            { table: 'reviewLitigation', row: 'litigationAfterReview', col: 'total' },
          ],
        },
      ],
    },
    {
      name: 'same scope: 行政复议3件 vs 表四 2',
      report: { reviewLitigation: { review: { upheld: 2, total: 2 } }, sections: { 4: '本机关被申请行政复议3件。' } },
      errors: [{ messageId: 'review', severity: 'warning', outcome: 'fail', expected: 2, actual: 3, textIncludes: '行政复议3件' }],
    },
  ],
});
