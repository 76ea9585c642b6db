import rule from '../../core/rules/prose-contradiction.ts';
import { ruleTester } from '../helpers/rule-tester.ts';
import { applicationsSpec, consistentColumn } from '../helpers/report-builder.ts';

const withForward = applicationsSpec({ naturalPerson: consistentColumn({ carriedForward: 3, leaves: { granted: 10 } }) });
const cf = { table: 'applications' as const, row: 'carriedForward', col: 'total' };

ruleTester(rule, {
  valid: [
    { name: 'nothing claimed', report: {} },
    { name: '平潭 2022: 均在法定期限内予以答复，办结率100% with 四 = 0', report: { applications: applicationsSpec({ naturalPerson: consistentColumn({ leaves: { granted: 75 } }) }), sections: { 3: '收到申请75件，均在法定期限内予以答复，办结率100%。' } } },
    { name: '「除3件结转下年度外，其余申请均已办结」', report: { applications: withForward, sections: { 3: '除3件结转下年度外，所有申请均已按时办结。' } } },
    { name: '未收到申请 with 一 = 0 (seed)', report: { sections: { 3: '本年度未收到政府信息公开申请。' } } },
    { name: '未发生行政复议 with 表四 0', report: { sections: { 4: '本年度未发生因政府信息公开引起的行政复议、行政诉讼。' } } },
    { name: 'legacy report', report: { formatVersion: 'legacy' }, outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: '「所有申请均已办结」 but 四 = 3',
      report: { applications: withForward, sections: { 3: '所有申请均已按时办结。' } },
      errors: [{ messageId: 'allConcluded', severity: 'error', cells: [cf], actual: 3, textIncludes: '所有申请均已按时办结' }],
    },
    {
      name: '「未收到政府信息公开申请」 but 一 = 13',
      report: { applications: withForward, sections: { 3: '本年度未收到政府信息公开申请。' } },
      errors: [{ messageId: 'noneReceived', severity: 'error', actual: 13 }],
    },
    {
      name: '「未发生行政复议和行政诉讼」 but 表四 has cases',
      report: {
        reviewLitigation: { review: { upheld: 1, total: 1 }, litigationAfterReview: { upheld: 2, total: 2 } },
        sections: { 4: '本年度未发生政府信息公开行政复议和行政诉讼。' },
      },
      errors: [
        { messageId: 'noReview', cells: [{ table: 'reviewLitigation', row: 'review', col: 'total' }], actual: 1 },
        { messageId: 'noLitigation', actual: 2 },
      ],
    },
    {
      name: 'all-zero 表三 while the prose counts 5 received',
      report: { sections: { 3: '本年度收到政府信息公开申请5件。' } },
      errors: [{ messageId: 'tableEmpty', severity: 'error', data: { stated: 5 } }],
    },
    {
      name: 'scope words lower the contradiction to a warning',
      report: { agency: '某某市人民政府', sections: { 3: '全市各级行政机关共收到政府信息公开申请50件。' } },
      errors: [{ messageId: 'tableEmpty', severity: 'warning', outcome: 'needs-review' }],
    },
  ],
});
