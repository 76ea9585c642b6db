import rule from '../../core/rules/prose-carryover.ts';
import { ruleTester } from '../helpers/rule-tester.ts';
import { applicationsSpec, consistentColumn } from '../helpers/report-builder.ts';

const shanghai = applicationsSpec({ naturalPerson: consistentColumn({ carriedOver: 18, carriedForward: 72, leaves: { granted: 767 } }) });

ruleTester(rule, {
  valid: [
    { name: 'no carry-over statements', report: {} },
    {
      name: '上海 2019: 含上年度结转申请18件，另有72件顺延到下年度答复',
      report: { applications: shanghai, sections: { 3: '答复767件（含上年度结转申请18件，另有72件顺延到下年度答复）。' } },
    },
    {
      name: '平潭 2021: 1件结转下年度继续办理',
      report: {
        applications: applicationsSpec({ naturalPerson: consistentColumn({ carriedForward: 1, leaves: { granted: 69 } }) }),
        sections: { 1: '本年度全区共收到70件申请，及时依法依规办结69件，1件结转下年度继续办理。' },
      },
    },
    { name: 'legacy report', report: { formatVersion: 'legacy', sections: { 3: '上年结转3件。' } }, outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: '上年结转 20 vs 18, 结转下年度 70 vs 72',
      report: { applications: shanghai, sections: { 3: '含上年度结转申请20件，另有70件顺延到下年度答复。' } },
      errors: [
        { messageId: 'carriedOver', cells: [{ table: 'applications', row: 'carriedOver', col: 'total' }], expected: 18, actual: 20 },
        { messageId: 'carriedForward', cells: [{ table: 'applications', row: 'carriedForward', col: 'total' }], expected: 72, actual: 70 },
      ],
    },
    {
      name: '结转到下一年度继续办理的申请5件 vs 0',
      report: { sections: { 3: '结转到下一年度继续办理的申请5件。' } },
      errors: [{ messageId: 'carriedForward', expected: 0, actual: 5, severity: 'warning' }],
    },
  ],
});
