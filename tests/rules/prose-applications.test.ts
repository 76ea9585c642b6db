import rule from '../../core/rules/prose-applications.ts';
import { ruleTester } from '../helpers/rule-tester.ts';
import { applicationsSpec, consistentColumn } from '../helpers/report-builder.ts';

const received = { table: 'applications' as const, row: 'received', col: 'total' };
const resultsTotal = { table: 'applications' as const, row: 'resultsTotal', col: 'total' };

/** 淮安 2024: 一 3119, 二 34, （七） 3050, 四 103. */
const huaian = applicationsSpec({
  naturalPerson: consistentColumn({ carriedOver: 34, carriedForward: 103, leaves: { granted: 2997 } }),
  commercial: consistentColumn({ leaves: { granted: 53 } }),
});

/** 平潭 2022: 一 74 (自然人 71 + 商业企业 3), 二 1, （七） 75. */
const pingtan2022 = applicationsSpec({
  naturalPerson: consistentColumn({ carriedOver: 1, leaves: { granted: 72 } }),
  commercial: consistentColumn({ leaves: { granted: 3 } }),
});

ruleTester(rule, {
  valid: [
    { name: 'no figures in the text', report: {} },
    {
      name: '淮安 2024: 受理 3119, 答复 3050, 上年结转 34, 顺延 103',
      report: {
        agency: '淮安市人民政府',
        applications: huaian,
        sections: { 3: '全年共受理政府信息公开申请3119件，答复3050件（含上年度结转申请34件，另有103件顺延到下年度答复）。' },
      },
    },
    {
      name: '平潭 2021: 全区共收到70件申请，办结69件，1件结转',
      report: {
        agency: '平潭综合实验区',
        year: 2021,
        applications: applicationsSpec({ naturalPerson: consistentColumn({ carriedForward: 1, leaves: { granted: 69 } }) }),
        sections: { 1: '（二）依申请公开方面。本年度全区共收到70件申请，及时依法依规办结69件，1件结转下年度继续办理。' },
      },
    },
    {
      name: '办理 N 件 may mean 一 + 二',
      report: {
        applications: applicationsSpec({ naturalPerson: consistentColumn({ carriedOver: 2, carriedForward: 2, leaves: { granted: 10 } }) }),
        sections: { 3: '全年办理政府信息公开申请12件，其中自然人12件。' },
      },
    },
    {
      name: 'a comparison with last year is not a claim about this table',
      report: { sections: { 3: '受理政府信息公开申请较上年增加12件。2022年共收到政府信息公开申请30件。' } },
    },
    {
      name: '「一件事一次办」 is not a count',
      report: { sections: { 1: '推进“一件事一次办”，收到群众申请一件事办理意见。' } },
    },
    { name: 'legacy report', report: { formatVersion: 'legacy', sections: { 3: '收到申请5件。' } }, outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: '平潭 2022: 收到 75 vs 一 74 (same scope: the report aggregates the area)',
      report: {
        agency: '平潭综合实验区',
        year: 2022,
        applications: pingtan2022,
        sections: {
          1: '（二）依申请公开方面 2022年，全区收到政府信息公开申请75件，涉及自然人72件、商业企业3件，均在法定期限内予以答复，办结率100%。',
        },
      },
      errors: [
        { messageId: 'received', severity: 'warning', outcome: 'fail', cells: [received], expected: 74, actual: 75, textIncludes: '收到政府信息公开申请75件' },
      ],
    },
    {
      name: '洪泽 2024: 代表区政府受理 17 vs 95 → scope, info',
      report: {
        agency: '淮安市洪泽区人民政府',
        year: 2024,
        applications: applicationsSpec({ naturalPerson: consistentColumn({ leaves: { granted: 95 } }) }),
        sections: { 3: '2024年，区政府办代表区政府受理政府信息公开申请17件。' },
      },
      errors: [{ messageId: 'receivedScope', severity: 'info', outcome: 'needs-review', expected: 95, actual: 17, data: { scope: '代表区政府' } }],
    },
    {
      name: 'Chinese numerals: 收到申请七件 vs 0; 办结五件 vs 0',
      report: { sections: { 3: '本年度共收到政府信息公开申请七件，办结五件。' } },
      errors: [
        { messageId: 'received', cells: [received], expected: 0, actual: 7 },
        { messageId: 'handled', cells: [resultsTotal], expected: 0, actual: 5 },
      ],
    },
    {
      name: 'a placeholder total makes the mismatch a needs-review',
      report: { applications: { received: { total: '/' } }, sections: { 3: '收到政府信息公开申请9件。' } },
      errors: [{ messageId: 'received', outcome: 'needs-review', severity: 'warning' }],
    },
  ],
});
