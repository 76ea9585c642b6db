import rule from '../../core/rules/table-not-machine-readable.ts';
import { ruleTester } from '../helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    { name: 'all tables readable', report: {} },
    { name: 'legacy report without tables', report: { formatVersion: 'legacy', year: 2015 }, outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'an <img> where 表三 and 表四 should be',
      report: { tableInfo: { applications: { found: false, image: true }, reviewLitigation: { found: false, image: true } } },
      errors: [
        { messageId: 'image', severity: 'warning', textIncludes: '三、收到和处理政府信息公开申请情况' },
        { messageId: 'image', textIncludes: '四、政府信息公开行政复议、行政诉讼情况' },
      ],
    },
    {
      name: 'section 二 exists but no 表二 could be read',
      report: { tableInfo: { active: { found: false } } },
      errors: [{ messageId: 'missing', data: { section: 2 }, textIncludes: '二、主动公开政府信息情况' }],
    },
  ],
});
