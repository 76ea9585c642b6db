import rule from '../../core/rules/signature-date.ts';
import { ruleTester } from '../helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    { name: '文登区 2022: 「威海市文登区人民政府办公室 2023 年 1 月 16 日」', report: { year: 2022, published: '2023-01-20', epilogue: '威海市文登区人民政府办公室 2023 年 1 月 16 日' } },
    { name: 'Chinese numerals 二〇二四年一月十日', report: { year: 2023, published: '2024-01-20', epilogue: '某某县人民政府办公室\n二〇二四年一月十日' } },
    { name: 'month-only signature in the publication month', report: { year: 2023, published: '2024-01-20', epilogue: '某某局\n2024年1月' } },
    { name: 'no signature', report: {}, outcome: 'not-applicable' },
    { name: 'a date inside a long last sentence is not a signature', report: { epilogue: '本机关将持续做好政府信息公开工作，有关事项自2023年12月1日起施行并于2025年1月' }, outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'signature 「2022年12月」 on a 2022 report',
      report: { year: 2022, published: '2023-01-20', epilogue: '某某县人民政府办公室\n2022年12月' },
      errors: [{ messageId: 'notNextYear', severity: 'warning', expected: 2023, actual: 2022, textIncludes: '2022年12月' }],
    },
    {
      name: 'signed after publication',
      report: { year: 2023, published: '2024-01-20', epilogue: '某某局\n2024年2月3日' },
      errors: [{ messageId: 'afterPublication', actual: '2024-02-03', data: { published: '2024-01-20' } }],
    },
  ],
});
