import rule from '../../core/rules/t2-stock-floor.ts';
import { ruleTester } from '../helpers/rule-tester.ts';
import { buildReport } from '../helpers/report-builder.ts';

/** A 表二 without its 本年废止件数 column (a mangled page, fuzz #88531): 制发 1, 现行有效 0. */
function withoutRepealed() {
  const report = buildReport({ active: { normativeDocuments: { issued: 1, inForce: 0 } } });
  delete report.tables.active.normativeDocuments.repealed;
  return report;
}

ruleTester(rule, {
  valid: [
    { name: 'all zero', report: {} },
    { name: 'seed: 39 ≥ 7 − 9', report: { active: { normativeDocuments: { issued: 7, repealed: 9, inForce: 39 } } } },
    { name: '宿迁: 597+50−227 = 420', report: { active: { normativeDocuments: { issued: 50, repealed: 227, inForce: 420 } } } },
    { name: '2019 format has no 现行有效件数', report: { formatVersion: '2019', year: 2019 }, outcome: 'not-applicable' },
    { name: 'legacy report', report: { formatVersion: 'legacy', year: 2015 }, outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: '制发 10, 废止 0, 现行有效 3 → impossible',
      report: { active: { regulations: { issued: 10, repealed: 0, inForce: 3 } } },
      errors: [
        {
          messageId: 'belowFloor',
          severity: 'error',
          cells: [{ table: 'active', row: 'regulations', col: 'inForce' }],
          related: [
            { table: 'active', row: 'regulations', col: 'issued' },
            { table: 'active', row: 'regulations', col: 'repealed' },
          ],
          expected: 10,
          actual: 3,
          data: { issued: 10, repealed: 0 },
        },
      ],
    },
    {
      name: 'blank 废止 counts as 0',
      report: { active: { normativeDocuments: { issued: 5, repealed: '', inForce: 4 } } },
      errors: [{ messageId: 'belowFloor', expected: 5, actual: 4 }],
    },
    {
      name: 'missing 废止 cell: counts as 0 and is not named as a related cell',
      report: withoutRepealed,
      errors: [
        {
          messageId: 'belowFloor',
          cells: [{ table: 'active', row: 'normativeDocuments', col: 'inForce' }],
          related: [{ table: 'active', row: 'normativeDocuments', col: 'issued' }],
          expected: 1,
          actual: 0,
        },
      ],
    },
  ],
});
