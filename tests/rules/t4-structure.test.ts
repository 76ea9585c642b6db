import rule from '../../core/rules/t4-structure.ts';
import { ruleTester } from '../helpers/rule-tester.ts';
import { buildReport } from '../helpers/report-builder.ts';
import { REVIEW_COLUMNS, REVIEW_ROWS } from '../../core/model/keys.ts';

const anchored = (swap: boolean) => () => {
  const r = buildReport();
  let col = 0;
  for (const row of REVIEW_ROWS) for (const c of REVIEW_COLUMNS) r.tables.reviewLitigation[row][c].anchor = { kind: 'table', tableIndex: 3, row: 3, col: col++ };
  if (swap) {
    const t = r.tables.reviewLitigation.review;
    [t.upheld.anchor, t.total.anchor] = [t.total.anchor, t.upheld.anchor];
  }
  return r;
};

ruleTester(rule, {
  valid: [
    { name: '15 cells', report: {} },
    { name: '15 cells in source order', report: anchored(false) },
    { name: 'legacy report', report: { formatVersion: 'legacy', year: 2018 }, outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'fewer than 15 numbers (复议后起诉 block missing)',
      report: () => {
        const r = buildReport();
        delete r.tables.reviewLitigation.litigationAfterReview;
        return r;
      },
      errors: [
        {
          messageId: 'missingCells',
          severity: 'error',
          expected: 15,
          actual: 10,
          cells: REVIEW_COLUMNS.map((col) => ({ table: 'reviewLitigation' as const, row: 'litigationAfterReview', col })),
        },
      ],
    },
    { name: 'total printed before 结果维持', report: anchored(true), errors: [{ messageId: 'order' }] },
  ],
});
