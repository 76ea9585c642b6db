import rule from '../../core/rules/caption-year.ts';
import { ruleTester } from '../helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    { name: 'no captions', report: {}, outcome: 'not-applicable' },
    { name: 'caption with the reporting year', report: { tableInfo: { applications: { captions: ['收到和处理政府信息公开申请情况（2023年）'] } } } },
    { name: 'caption without a year', report: { tableInfo: { active: { captions: ['主动公开政府信息情况'] } } } },
  ],
  invalid: [
    {
      name: 'caption 「（2022年）」 in a 2023 report',
      report: { tableInfo: { reviewLitigation: { captions: ['政府信息公开行政复议、行政诉讼情况（2022年）'] } }, epilogue: '政府信息公开行政复议、行政诉讼情况（2022年）' },
      errors: [{ messageId: 'wrongYear', severity: 'warning', expected: 2023, actual: 2022, textIncludes: '（2022年）' }],
    },
    {
      name: 'full-width digits 「２０２１年度」',
      report: { tableInfo: { active: { captions: ['２０２１年度主动公开情况'] } } },
      errors: [{ messageId: 'wrongYear', actual: 2021 }],
    },
  ],
});
