import rule from '../../core/rules/prose-outcomes.ts';
import { ruleTester } from '../helpers/rule-tester.ts';
import { applicationsSpec, consistentColumn, type TableSpec } from '../helpers/report-builder.ts';

/** 上海市人民政府办公厅 2019 (2019 format): 予以公开 row has a blank 总计 (258/12/_/_/1/1/blank). */
const shanghai2019: TableSpec = {
  granted: { naturalPerson: 258, commercial: 12, research: null, publicInterest: null, legalService: 1, otherOrg: 1, total: null },
  partlyGranted: { naturalPerson: 3, total: 3 },
  'denied.thirdPartyRights': { naturalPerson: 35, total: 35 },
  'unavailable.notHeld': { naturalPerson: 252, commercial: 12, legalService: 1, total: 265 },
  'unavailable.needsCreation': { naturalPerson: 47, total: 47 },
  'unavailable.unclear': { naturalPerson: 25, total: 25 },
  'notProcessed.duplicate': { naturalPerson: 158, total: 158 },
  resultsTotal: { naturalPerson: 778, commercial: 24, legalService: 2, otherOrg: 1, total: 805 },
};

/** 平潭 2023: （七） 81 = 予以公开 22 + 部分公开 20 + 不予公开 5 + 无法提供 31 + 不予处理 1 + 其他处理 2. */
const pingtan2023 = applicationsSpec({
  naturalPerson: consistentColumn({
    leaves: {
      granted: 22,
      partlyGranted: 19,
      'denied.stateSecret': 1,
      'denied.thirdPartyRights': 1,
      'denied.processInfo': 1,
      'denied.enforcementFile': 2,
      'unavailable.notHeld': 31,
      'notProcessed.duplicate': 1,
      'other.noCorrection': 1,
      'other.other': 1,
    },
  }),
  commercial: consistentColumn({ leaves: { partlyGranted: 1 } }),
});

const granted = (col: string) => ({ table: 'applications' as const, row: 'granted', col });

ruleTester(rule, {
  valid: [
    { name: 'no outcome statements', report: {} },
    {
      name: '平潭 2023: every count and percentage agrees',
      report: {
        agency: '平潭综合实验区',
        applications: pingtan2023,
        sections: {
          1: '办结依申请公开81件，其中：予以公开及部分公开42件，占51.85%；不予公开5件，占6.17%；无法提供31件，占38.27%；不予处理1件，占1.23%；其他处理2件，占2.47%；因政府信息公开引起的行政复议案件2件、行政诉讼案件7件。',
        },
      },
    },
    {
      name: '上海 2019: 不予公开 35 (4.34% within ±0.1 pp), 不掌握 265 (the 不掌握 row), 不予处理 158',
      report: {
        formatVersion: '2019',
        year: 2019,
        applications: shanghai2019,
        sections: { 3: '不予公开35件，占4.34%；因本机关不掌握等原因无法提供265件，占32.9%；不予处理158件。' },
      },
    },
    {
      name: '予以公开 may include 部分公开',
      report: { applications: pingtan2023, sections: { 3: '予以公开42件。' } },
    },
  ],
  invalid: [
    {
      name: '上海 2019: 予以公开及部分公开 258 (33.9%) vs 272 + 3 = 275 (34.16%)',
      report: {
        formatVersion: '2019',
        year: 2019,
        applications: shanghai2019,
        sections: { 3: '予以公开及部分公开258件，占33.9%；不予公开35件，占4.34%。' },
      },
      errors: [
        {
          messageId: 'count',
          severity: 'warning',
          expected: 275,
          actual: 258,
          cells: [granted('naturalPerson'), granted('commercial'), granted('legalService'), granted('otherOrg'), { table: 'applications', row: 'partlyGranted', col: 'total' }],
          textIncludes: '258件，占33.9%',
        },
        { messageId: 'percent', expected: 34.16, actual: 33.9, related: [{ table: 'applications', row: 'resultsTotal', col: 'total' }] },
      ],
    },
    {
      name: 'a percentage off by more than 0.1 pp while the count is right',
      report: { applications: pingtan2023, sections: { 3: '不予公开5件，占6.5%。' } },
      errors: [{ messageId: 'percent', expected: 6.17, actual: 6.5, data: { concluded: 81, table: 5 } }],
    },
    {
      name: '全市 scope lowers a count mismatch to info',
      report: { agency: '某某市人民政府', applications: pingtan2023, sections: { 3: '全市不予处理12件。' } },
      errors: [{ messageId: 'countScope', severity: 'info', outcome: 'needs-review', expected: 1, actual: 12 }],
    },
  ],
});
