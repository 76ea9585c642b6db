import rule from '../../core/rules/format-version.ts';
import { ruleTester } from '../helpers/rule-tester.ts';
import { withCombinedOtherRow } from '../helpers/format-variants.ts';

const hongze2023 = () => withCombinedOtherRow({ year: 2023 });

ruleTester(rule, {
  valid: [
    { name: '2023 report in the 2021 format', report: {} },
    { name: '平潭 2020: 2019 format for a 2020 report', report: { formatVersion: '2019', year: 2020 } },
    { name: '平潭 2018: legacy report for 2018', report: { formatVersion: 'legacy', year: 2018 } },
    { name: 'no year', report: { year: null, titleYear: null }, outcome: 'not-applicable' },
  ],
  invalid: [
    { name: 'mixed (洪泽 2023)', report: hongze2023, errors: [{ messageId: 'mixed', outcome: 'needs-review', severity: 'info', actual: { v2021: true, v2019: true } }] },
    { name: '2019 format in a 2022 report', report: { formatVersion: '2019', year: 2022 }, errors: [{ messageId: 'unexpected', severity: 'info', expected: '2021', actual: '2019', data: { detected: '2019', expected: '2021' } }] },
    { name: 'legacy report for 2021', report: { formatVersion: 'legacy', year: 2021 }, errors: [{ messageId: 'legacyDetected', expected: '2021', actual: 'legacy' }] },
    { name: '2021 tables on a 2017 report', report: { year: 2017 }, errors: [{ messageId: 'beforeFormat', expected: 'legacy', actual: '2021' }] },
    { name: 'no tables at all in a 2023 report', report: { formatVersion: 'unknown', year: 2023 }, errors: [{ messageId: 'undetected', outcome: 'needs-review' }] },
  ],
});
