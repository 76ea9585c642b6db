import rule from '../../core/rules/title-format.ts';
import { ruleTester } from '../helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    { name: 'standard title', report: {} },
    { name: '平潭 「平潭综合实验区2019年度政府信息公开工作年度报告」', report: { title: '平潭综合实验区2019年度政府信息公开工作年度报告' } },
    { name: 'short form 「…信息公开年报」', report: { title: '某某县教育局2023年政府信息公开年报' } },
    { name: 'year first', report: { title: '2023年度某某县财政局政府信息公开工作年度报告' } },
  ],
  invalid: [
    { name: 'title without a year', report: { title: '某某县财政局政府信息公开工作年度报告', titleYear: null, titleInText: true }, errors: [{ messageId: 'noYear', severity: 'warning', textIncludes: '某某县财政局' }] },
    { name: 'title without the report phrase', report: { title: '某某县财政局2023年工作总结' }, errors: [{ messageId: 'noPhrase' }] },
    { name: 'title without the agency', report: { title: '2023年政府信息公开工作年度报告' }, errors: [{ messageId: 'noAgency' }] },
    { name: 'no title', report: { title: '' }, errors: [{ messageId: 'missing' }] },
  ],
});
