import rule from '../../core/rules/t3-structure.ts';
import { ruleTester } from '../helpers/rule-tester.ts';
import { buildReport, cell } from '../helpers/report-builder.ts';
import { withCombinedOtherRow } from '../helpers/format-variants.ts';
import { APPLICATION_COLUMNS } from '../../core/model/keys.ts';

ruleTester(rule, {
  valid: [
    { name: '2021: 25 rows × 7 columns', report: {} },
    { name: '2019: 23 rows', report: { formatVersion: '2019', year: 2019 } },
    { name: '洪泽 2023: single （六） row is format-outdated, not a missing row', report: () => withCombinedOtherRow() },
    {
      name: 'headers in the standard order',
      report: () => {
        const r = buildReport();
        APPLICATION_COLUMNS.forEach((col, i) => (r.tableInfo.applications.columnLabels[col] = { raw: col, anchor: { kind: 'table', tableIndex: 1, row: 2, col: 3 + i } }));
        return r;
      },
    },
    { name: 'legacy report', report: { formatVersion: 'legacy', year: 2018 }, outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'two rows missing',
      report: () => {
        const r = buildReport();
        delete r.tables.applications['denied.adminQuery'];
        delete r.tables.applications.carriedForward;
        return r;
      },
      errors: [{ messageId: 'missingRows', severity: 'error', expected: 25, actual: 23, data: { count: 2 } }],
    },
    {
      name: '科研机构 column missing; columns swapped',
      report: () => {
        const r = buildReport();
        for (const row of Object.values(r.tables.applications)) delete row.research;
        const order = ['naturalPerson', 'commercial', 'research', 'publicInterest', 'otherOrg', 'legalService', 'total'];
        order.forEach((col, i) => (r.tableInfo.applications.columnLabels[col] = { raw: col, anchor: { kind: 'table', tableIndex: 1, row: 2, col: 3 + i } }));
        return r;
      },
      errors: [{ messageId: 'missingColumns', data: { count: 1 } }, { messageId: 'columnOrder' }],
    },
    {
      name: '8-column variant with 小计 rows (govnianbao / 洪泽-like)',
      report: () => {
        const r = buildReport();
        r.tableInfo.applications.extraColumns = [{ label: '法人或其他组织', cells: { received: cell(0) } }];
        r.tableInfo.applications.extraRows = [{ label: '小计', kind: 'subtotal', cells: [] }, { label: '小计', kind: 'subtotal', cells: [] }];
        return r;
      },
      errors: [
        { messageId: 'extraRows', severity: 'warning', actual: ['小计', '小计'] },
        { messageId: 'extraColumns', severity: 'warning', actual: ['法人或其他组织'] },
      ],
    },
  ],
});
