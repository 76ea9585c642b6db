import rule from '../../core/rules/total-blank.ts';
import { ruleTester } from '../helpers/rule-tester.ts';

const a = (row: string, col: string) => ({ table: 'applications' as const, row, col });

ruleTester(rule, {
  valid: [
    { name: 'all zero', report: {} },
    { name: 'blank total beside zeros only (0 = blank as 0)', report: { applications: { granted: { naturalPerson: 0, total: '' } } } },
    { name: 'totals filled', report: { applications: { granted: { naturalPerson: 3, total: 3 }, resultsTotal: { naturalPerson: 3, total: 3 } } } },
    { name: 'legacy report', report: { formatVersion: 'legacy', year: 2016 }, outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: '上海 2019: 总计 column blank while components hold numbers',
      report: {
        formatVersion: '2019',
        year: 2019,
        applications: {
          granted: { naturalPerson: 258, commercial: 12, research: '', publicInterest: '', legalService: 1, otherOrg: 1, total: '' },
          partlyGranted: { naturalPerson: 3, total: '' },
          resultsTotal: { naturalPerson: 261, commercial: 12, legalService: 1, otherOrg: 1, total: 275 },
        },
      },
      errors: [
        {
          messageId: 'totalColumn',
          severity: 'error',
          cells: [a('granted', 'total'), a('partlyGranted', 'total')],
          related: [a('granted', 'naturalPerson'), a('granted', 'commercial'), a('granted', 'legalService'), a('granted', 'otherOrg'), a('partlyGranted', 'naturalPerson')],
          expected: { granted: 272, partlyGranted: 3 },
          actual: { granted: null, partlyGranted: null },
          data: { expected: [272, 3] },
        },
      ],
    },
    {
      name: '（七）总计 「/」 and a 表四 total blank',
      report: {
        applications: { granted: { commercial: 2, total: 2 }, resultsTotal: { commercial: '/', total: 2 } },
        reviewLitigation: { review: { upheld: 1, corrected: 1, total: null } },
      },
      errors: [
        { messageId: 'resultsTotal', cells: [a('resultsTotal', 'commercial')], expected: { commercial: 2 }, actual: { commercial: '/' } },
        {
          messageId: 'reviewTotal',
          cells: [{ table: 'reviewLitigation', row: 'review', col: 'total' }],
          related: [
            { table: 'reviewLitigation', row: 'review', col: 'upheld' },
            { table: 'reviewLitigation', row: 'review', col: 'corrected' },
          ],
          expected: { review: 2 },
        },
      ],
    },
  ],
});
