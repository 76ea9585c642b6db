import rule from '../../core/rules/section5-substance.ts';
import { ruleTester } from '../helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    { name: 'problems and improvements', report: {} },
    { name: '平潭 2023 style', report: { sections: { 5: '一是政策解读形式较单一；二是信息更新不够及时。下一步，我区将加强培训。' } } },
    { name: 'no section 五 (sections-present reports it)', report: { sections: { 5: null } }, outcome: 'not-applicable' },
  ],
  invalid: [
    { name: '「五、… 无」', report: { sections: { 5: '无。' } }, errors: [{ messageId: 'empty', severity: 'warning', textIncludes: '无', actual: '无。' }] },
    { name: 'empty section', report: { sections: { 5: '' } }, errors: [{ messageId: 'empty' }] },
    { name: 'improvements only', report: { sections: { 5: '下一步将加强培训，完善制度。' } }, errors: [{ messageId: 'noProblems' }] },
    { name: 'problems only', report: { sections: { 5: '存在的问题是公开内容不够丰富。' } }, errors: [{ messageId: 'noImprovements' }] },
  ],
});
