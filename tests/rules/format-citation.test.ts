import rule from '../../core/rules/format-citation.ts';
import { ruleTester } from '../helpers/rule-tester.ts';

const preamble = (doc: string) => `本报告根据《中华人民共和国政府信息公开条例》和${doc}编制。统计期限自2022年1月1日起，至2022年12月31日止。`;

ruleTester(rule, {
  valid: [
    { name: '2023 report citing 〔2021〕30号 (builder default)', report: {} },
    { name: '2020 report citing 〔2019〕60号', report: { year: 2020, formatVersion: '2019', preamble: preamble('《…通知》（国办公开办函〔2019〕60号）') } },
    { name: 'no citation (平潭 2019, 2021)', report: { preamble: '本报告根据《条例》和福建省有关通知编制。' }, outcome: 'not-applicable' },
    { name: 'both cited, the right one included', report: { year: 2022, preamble: preamble('国办公开办函〔2019〕60号和国办公开办函[2021]30号') } },
  ],
  invalid: [
    {
      name: 'a 2022 report citing 〔2019〕60号',
      report: { year: 2022, preamble: preamble('《…通知》（国办公开办函〔2019〕60号）') },
      errors: [{ messageId: 'wrongFormat', severity: 'warning', expected: '国办公开办函〔2021〕30号', actual: '国办公开办函〔2019〕60号', textIncludes: '〔2019〕60号' }],
    },
    {
      name: 'a 2017 report citing a later format',
      report: { year: 2017, formatVersion: 'legacy', preamble: preamble('国办公开办函（2019）60号') },
      errors: [{ messageId: 'anachronistic', expected: null, textIncludes: '60号' }],
    },
  ],
});
