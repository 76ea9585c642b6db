import rule from '../../core/rules/t3-note-present.ts';
import { ruleTester } from '../helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    { name: 'note present', report: {} },
    { name: 'parser did not say', report: { tableInfo: { applications: { notePresent: undefined } } }, outcome: 'not-applicable' },
    { name: 'legacy report', report: { formatVersion: 'legacy', year: 2018 }, outcome: 'not-applicable' },
  ],
  invalid: [{ name: 'retyped table without the note', report: { tableInfo: { applications: { notePresent: false } } }, errors: [{ messageId: 'missing', severity: 'info', expected: true, actual: false }] }],
});
