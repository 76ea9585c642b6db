import rule from '../../core/rules/problems-unchanged.ts';
import { ruleTester } from '../helpers/rule-tester.ts';

const five = (problems: string) => `存在的主要问题：${problems}改进措施：下一步将加强培训，丰富解读形式。`;

ruleTester(rule, {
  valid: [
    {
      name: 'new problems this year',
      report: { year: 2023, sections: { 5: five('一是基层公开标准化有待提升；二是政策解读互动不足。') } },
      previous: { year: 2022, sections: { 5: five('一是公开内容不够丰富；二是解读形式单一。') } },
    },
    { name: 'no previous report', report: { year: 2023 }, outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'the same problems as last year',
      report: { year: 2023, sections: { 5: five('一是公开内容不够丰富；二是解读形式单一。') } },
      previous: { year: 2022, sections: { 5: five('一是公开内容不够丰富；二是解读形式单一。') } },
      errors: [{ messageId: 'unchanged', severity: 'info', data: { percent: 100, previousYear: 2022 }, textIncludes: '公开内容不够丰富' }],
    },
  ],
});
