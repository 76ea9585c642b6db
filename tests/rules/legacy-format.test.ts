import rule from '../../core/rules/legacy-format.ts';
import { ruleTester } from '../helpers/rule-tester.ts';
import { buildReport } from '../helpers/report-builder.ts';

const legacyTable = [
  ['指标名称', '计量单位', '本年度', '历年累计'],
  ['受理依申请公开信息总数', '条', '12', '300'],
];
const withLegacyTable = (year: number) => () => {
  const r = buildReport({ formatVersion: 'legacy', year, epilogue: '附件：政府信息公开情况统计表' });
  r.otherTables = [{ tableIndex: 0, rows: legacyTable }];
  return r;
};

ruleTester(rule, {
  valid: [
    { name: '平潭 2018: legacy table in a 2018 report', report: withLegacyTable(2018), outcome: 'not-applicable' },
    { name: '平潭 2015', report: withLegacyTable(2015), outcome: 'not-applicable' },
    { name: '2021 format in 2023', report: {} },
  ],
  invalid: [
    {
      name: 'a 2021 report with 「受理依申请公开信息总数」',
      report: withLegacyTable(2021),
      errors: [{ messageId: 'legacyTable', severity: 'error', data: { marker: '指标名称' }, actual: 'legacy' }],
    },
    {
      name: 'the legacy table named in the text of a 2019 report',
      report: { year: 2019, formatVersion: '2019', epilogue: '附：政府信息公开情况统计表' },
      errors: [{ messageId: 'legacyTable', textIncludes: '政府信息公开情况统计表' }],
    },
    {
      name: 'parser says legacy for a 2020 report, no table markers → needs-review',
      report: { formatVersion: 'legacy', year: 2020 },
      errors: [{ messageId: 'legacyStructure', outcome: 'needs-review', severity: 'warning' }],
    },
  ],
});
