import rule from '../../core/rules/t2-structure.ts';
import { ruleTester } from '../helpers/rule-tester.ts';
import { buildReport } from '../helpers/report-builder.ts';

const without = (...rows: string[]) => () => {
  const r = buildReport();
  for (const row of rows) delete r.tables.active[row];
  return r;
};

ruleTester(rule, {
  valid: [
    { name: '2021 表二 complete', report: {} },
    { name: '2019 表二 complete (平潭 2019/2020)', report: { formatVersion: '2019', year: 2020 } },
    { name: '2019 rows left in a 2021 table are format-outdated, not extra rows', report: { active: { procurement: { projects: 3, amount: 10 } } } },
    { name: 'legacy report', report: { formatVersion: 'legacy', year: 2018 }, outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'block 第二十条第（八）项 missing',
      report: without('fees'),
      errors: [{ messageId: 'missingBlock', severity: 'error', data: { block: '（八）' }, expected: ['fees'] }],
    },
    { name: '行政强制 row missing', report: without('coercion'), errors: [{ messageId: 'missingRow', expected: 'coercion' }] },
    {
      name: 'missing 现行有效件数 column and an extra unknown row',
      report: () => {
        const r = without()();
        delete r.tables.active.regulations.inForce;
        r.tableInfo.active.extraRows = [{ label: '政策解读', kind: 'unknown', cells: [] }];
        return r;
      },
      errors: [
        { messageId: 'missingCells', expected: ['issued', 'repealed', 'inForce'], actual: ['issued', 'repealed'] },
        { messageId: 'extraRow', severity: 'warning', actual: '政策解读' },
      ],
    },
  ],
});
