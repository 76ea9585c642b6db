import rule from '../../core/rules/government-accountability-topics.ts';
import { ruleTester } from '../helpers/rule-tester.ts';

const full = '（五）监督保障。将政务公开纳入年度绩效考核，开展社会评议，未发生责任追究情况。';

ruleTester(rule, {
  valid: [
    { name: 'county government names all three', report: { agency: '某某县人民政府', sections: { 1: full } } },
    { name: 'a department is not checked', report: { agency: '某某县财政局', sections: { 1: '无。' } }, outcome: 'not-applicable' },
    { name: 'a government office (政府办) is a department', report: { agency: '湘乡市政府办', sections: { 1: '无。' } }, outcome: 'not-applicable' },
    { name: 'legacy report', report: { agency: '某某县人民政府', formatVersion: 'legacy' }, outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'county government report without 社会评议 and 责任追究',
      report: { agency: '某某县人民政府', sections: { 1: '将政务公开纳入年度绩效考核。主动公开、依申请公开、政府信息管理、平台建设、监督保障有序推进。' } },
      errors: [{ messageId: 'missingSocialReview', severity: 'warning' }, { messageId: 'missingAccountability' }],
    },
    {
      name: 'a township government with a one-line overview',
      report: { agency: '某某镇人民政府', sections: { 1: '概况。', 5: '无。' } },
      errors: [{ messageId: 'missingAll', severity: 'warning' }],
    },
    {
      name: 'the pattern is an option',
      report: { agency: '某某县政府办公室', sections: { 1: full.replace('考核', '检查') } },
      options: { governmentPattern: '政府办公室$' },
      errors: [{ messageId: 'missingAssessment' }],
    },
  ],
});
