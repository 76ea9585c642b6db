import rule from '../../core/rules/subtotal-sum.ts';
import { ruleTester } from '../helpers/rule-tester.ts';
import { cell } from '../helpers/report-builder.ts';

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
