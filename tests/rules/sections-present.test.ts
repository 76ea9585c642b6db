import rule from '../../core/rules/sections-present.ts';
import { ruleTester } from '../helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    { name: 'six standard sections', report: {} },
    { name: '2019 title variant 「五、政府信息公开工作存在的主要问题及改进情况」', report: { sections: { 5: { title: '五、政府信息公开工作存在的主要问题及改进情况', text: '问题与改进。' } } } },
    { name: 'variants: 「存在问题及改进情况」 and 「…行政复议和行政诉讼情况」', report: { sections: { 4: { title: '四、政府信息公开行政复议和行政诉讼情况', text: '见下表。' }, 5: { title: '五、存在问题及改进情况', text: '问题与改进。' } } } },
    { name: 'missing 「的」', report: { sections: { 6: { title: '六、其他需要报告事项', text: '本年度未收取信息处理费。' } } } },
    { name: 'legacy report (平潭 2015/2018)', report: { formatVersion: 'legacy', year: 2015 }, outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'missing 「六、其他需要报告的事项」 → error',
      report: { sections: { 6: null } },
      errors: [{ messageId: 'missing', severity: 'error', data: { number: 6, expected: '六、其他需要报告的事项' }, actual: null }],
    },
    {
      name: '平潭 2022: 「四、政府信息公开行政法复议、行政诉讼情况」 → warning only',
      report: { sections: { 4: { title: '四、政府信息公开行政法复议、行政诉讼情况', text: '见下表。' } } },
      errors: [{ messageId: 'titleVariant', severity: 'warning', textIncludes: '行政法复议', actual: '四、政府信息公开行政法复议、行政诉讼情况' }],
    },
  ],
});
