import rule from '../../core/rules/format-outdated.ts';
import { ruleTester } from '../helpers/rule-tester.ts';
import { withCombinedOtherRow } from '../helpers/format-variants.ts';
import { APPLICATION_COLUMNS } from '../../core/model/keys.ts';

ruleTester(rule, {
  valid: [
    { name: '2021 format in 2023', report: {} },
    { name: '平潭 2020 (2019 format is right for 2020)', report: { formatVersion: '2019', year: 2020 }, outcome: 'not-applicable' },
    { name: 'legacy 2018', report: { formatVersion: 'legacy', year: 2018 }, outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: '洪泽区人民政府 2023: single 「（六）其他处理」 row',
      report: () => withCombinedOtherRow({ year: 2023 }),
      errors: [
        {
          messageId: 'table3',
          severity: 'warning',
          cells: APPLICATION_COLUMNS.map((col) => ({ table: 'applications' as const, row: 'other.combined', col })),
          actual: ['other.combined'],
        },
      ],
    },
    {
      name: 'whole 2019 tables in a 2022 report',
      report: { formatVersion: '2019', year: 2022 },
      errors: [
        { messageId: 'table3' },
        { messageId: 'table2', actual: ['otherServices', 'procurement', 'made', 'published', 'total', 'previousCount', 'change'] },
      ],
    },
  ],
});
