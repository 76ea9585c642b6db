import rule from '../../core/rules/narrative-year.ts';
import { ruleTester } from '../helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    { name: 'default report (2023年，本机关…)', report: {} },
    { name: 'seed: 「2023年以来…」 in a 2023 report', report: { sections: { 1: '2023年以来，湘乡市政府办公室以习近平新时代中国特色社会主义思想为指导。2023年市政府办共收到政府信息公开申请0件。' } } },
    { name: 'Y+1 plans in 五', report: { sections: { 5: '存在问题：一是…。2024年，我区将采取以下措施加以改进。' } } },
    { name: 'comparisons with last year', report: { sections: { 1: '2023年，本机关主动公开信息500条，较2022年增加20条。2022年以来持续推进。' } } },
    { name: '「2023年将政务公开纳入考核」 is not a plan', report: { sections: { 1: '2023年将政务公开纳入绩效考核。' } } },
  ],
  invalid: [
    {
      name: '「2022年，我局…」 in a 2023 report',
      report: { sections: { 1: '2022年，我局认真贯彻落实《条例》。' } },
      errors: [{ messageId: 'previousYearAsCurrent', severity: 'warning', data: { found: 2022, year: 2023 }, textIncludes: '2022年，我局' }],
    },
    {
      name: '「2023年，我局将进一步…」 in a 2023 report',
      report: { sections: { 5: '2023年，我局将进一步加强政策解读。' } },
      errors: [{ messageId: 'currentYearAsFuture', data: { year: 2023 } }],
    },
    {
      name: 'last year dominates the overview',
      report: { sections: { 1: '本机关扎实推进公开。2022年主动公开信息300条。2022年发布解读20篇。' } },
      errors: [{ messageId: 'yearNotDominant', data: { found: 2022, foundCount: 2, yearCount: 0 } }],
    },
  ],
});
