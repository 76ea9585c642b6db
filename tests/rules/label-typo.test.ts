import rule from '../../core/rules/label-typo.ts';
import { ruleTester } from '../helpers/rule-tester.ts';

const rows = (labels: Record<string, string>) => Object.fromEntries(Object.entries(labels).map(([k, raw]) => [k, { raw }]));

ruleTester(rule, {
  valid: [
    { name: 'no labels recorded', report: {} },
    {
      name: 'format labels with 「1、」, ASCII quotes, spaces and line breaks',
      report: {
        tableInfo: {
          applications: {
            rowLabels: rows({
              'denied.securityStability': '3、危及"三安全一稳定"',
              partlyGranted: '（二）部分公开（区分处理的，只计这一情形，\n不计其他情形）',
              received: '一、本年新收政府信息公开申请数量',
              'other.unpaidFee': '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
            }),
            columnLabels: rows({ commercial: '商业 企业', publicInterest: '社会公益 组织' }),
          },
          active: { rowLabels: rows({ normativeDocuments: '行政规范性文件' }), columnLabels: rows({ amountWan: '本年收费金额(单位:万元)' }) },
        },
      },
    },
    { name: 'Kangxi radicals from a PDF export fold to the usual characters', report: { tableInfo: { applications: { rowLabels: rows({ 'denied.lawProhibited': '2.其他法律⾏政法规禁⽌公开' }) } } } },
    { name: 'legacy report', report: { formatVersion: 'legacy', year: 2018 }, outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: '洪泽: 「2.其他法律行政止公开」',
      report: { tableInfo: { applications: { rowLabels: rows({ 'denied.lawProhibited': '2.其他法律行政止公开' }) } } },
      errors: [
        {
          messageId: 'rowLabel',
          severity: 'warning',
          expected: '其他法律行政法规禁止公开',
          actual: '2.其他法律行政止公开',
          related: ['naturalPerson', 'commercial', 'research', 'publicInterest', 'legalService', 'otherOrg', 'total'].map((col) => ({ table: 'applications' as const, row: 'denied.lawProhibited', col })),
        },
      ],
    },
    {
      name: 'paraphrased column header',
      report: { tableInfo: { reviewLitigation: { columnLabels: rows({ pending: '未审结' }) } } },
      errors: [{ messageId: 'columnLabel', expected: '尚未审结', actual: '未审结' }],
    },
  ],
});
