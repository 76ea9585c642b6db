import rule from '../../core/rules/percent-consistency.ts';
import { ruleTester } from '../helpers/rule-tester.ts';

const pingtan = '办结依申请公开81件，其中：予以公开及部分公开42件，占51.85%；不予公开5件，占6.17%；无法提供31件，占38.27%；不予处理1件，占1.23%；其他处理2件，占2.47%。';

ruleTester(rule, {
  valid: [
    { name: 'no percentages', report: {} },
    { name: '平潭 2023: shares of 81 add up to 99.99%', report: { sections: { 1: pingtan } } },
    { name: 'a rate without a count is not a share', report: { sections: { 3: '收到申请75件，办结率100%，满意率98%。' } } },
  ],
  invalid: [
    {
      name: 'a share that does not match its count',
      report: { sections: { 1: pingtan.replace('51.85%', '55.85%') } },
      errors: [
        { messageId: 'mismatch', severity: 'warning', expected: 51.85, actual: 55.85, data: { count: 42, total: 81 }, textIncludes: '42件，占55.85%' },
        { messageId: 'sumOver100', data: { sum: 103.99 } },
      ],
    },
  ],
});
