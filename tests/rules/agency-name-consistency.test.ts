import rule from '../../core/rules/agency-name-consistency.ts';
import { ruleTester } from '../helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    { name: 'abbreviated name: 湘乡市政府办 / 湘乡市人民政府办公室', report: { agency: '湘乡市政府办', epilogue: '湘乡市人民政府办公室\n2024年1月20日' } },
    { name: 'title agency inside the signature', report: { agency: '平潭综合实验区', epilogue: '平潭综合实验区管委会办公室\n2024年3月8日' } },
    { name: 'no signature block', report: {}, outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'template copied from another county',
      report: { agency: '甲县财政局', epilogue: '乙县财政局\n2024年1月15日' },
      errors: [{ messageId: 'signature', severity: 'warning', expected: '甲县财政局', actual: '乙县财政局', textIncludes: '' }],
    },
  ],
});
