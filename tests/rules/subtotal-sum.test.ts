import rule from '../../core/rules/subtotal-sum.ts';
import { ruleTester } from '../helpers/rule-tester.ts';
import { buildReport, cell } from '../helpers/report-builder.ts';

const subtotal = (label: string, values: number[]) => ({ label, kind: 'subtotal' as const, cells: values.map((v) => cell(v)) });
const denied = { 'denied.stateSecret': { naturalPerson: 1, total: 1 }, 'denied.thirdPartyRights': { naturalPerson: 2, commercial: 1, total: 3 } };

ruleTester(rule, {
  valid: [
    { name: 'no subtotals', report: {}, outcome: 'not-applicable' },
    {
      name: '小计 row of 不予公开 adds up',
      report: { applications: denied, tableInfo: { applications: { extraRows: [subtotal('（三）不予公开 小计', [3, 1, 0, 0, 0, 0, 4])] } } },
    },
    {
      name: '法人或其他组织 column adds up',
      report: {
        applications: { granted: { commercial: 2, research: 1, total: 3 } },
        tableInfo: { applications: { extraColumns: [{ label: '法人或其他组织 小计', cells: { granted: cell(3), received: cell(0) } }] } },
      },
    },
  ],
  invalid: [
    {
      name: '8-column layout: subtotal row cells mapped by grid position (extra column skipped)',
      report: () => {
        const r = buildReport({ applications: denied });
        const grid: Record<string, number> = { naturalPerson: 3, commercial: 5, research: 6, publicInterest: 7, legalService: 8, otherOrg: 9, total: 10 };
        for (const [row, cells] of Object.entries(r.tables.applications)) {
          const gridRow = Object.keys(r.tables.applications).indexOf(row) + 3;
          for (const [col, c] of Object.entries(cells)) c.anchor = { kind: 'table', tableIndex: 1, row: gridRow, col: grid[col] };
        }
        const values = [3, 1, 1, 0, 0, 0, 0, 5]; // NP, 法人 subtotal, COM … OTH, TOT: 总计 should be 4
        const cols = [3, 4, 5, 6, 7, 8, 9, 10];
        r.tableInfo.applications.extraRows = [
          { label: '小计', kind: 'subtotal', anchor: { kind: 'table', tableIndex: 1, row: 15, col: 2 }, cells: values.map((v, i) => ({ ...cell(v), anchor: { kind: 'table' as const, tableIndex: 1, row: 15, col: cols[i] } })) },
        ];
        return r;
      },
      errors: [{ messageId: 'rowMismatch', expected: { total: 4 }, actual: { total: 5 } }],
    },
    {
      name: '小计 row off in 自然人 and 总计',
      report: { applications: denied, tableInfo: { applications: { extraRows: [subtotal('不予公开小计', [4, 1, 0, 0, 0, 0, 5])] } } },
      errors: [
        {
          messageId: 'rowMismatch',
          severity: 'error',
          expected: { naturalPerson: 3, total: 4 },
          actual: { naturalPerson: 4, total: 5 },
          data: { label: '不予公开小计' },
        },
      ],
    },
    {
      name: '8-column 表三 (govnianbao): 法人或其他组织 subtotal wrong',
      report: {
        applications: { granted: { commercial: 2, research: 1, total: 3 } },
        tableInfo: { applications: { extraColumns: [{ label: '法人或其他组织', cells: { granted: cell(4) } }] } },
      },
      errors: [
        {
          messageId: 'columnMismatch',
          expected: { granted: 3 },
          actual: { granted: 4 },
          related: ['commercial', 'research', 'publicInterest', 'legalService', 'otherOrg'].map((col) => ({ table: 'applications' as const, row: 'granted', col })),
        },
      ],
    },
  ],
});
