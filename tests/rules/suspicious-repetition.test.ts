import rule from '../../core/rules/suspicious-repetition.ts';
import { ruleTester } from '../helpers/rule-tester.ts';
import { applicationsSpec, consistentColumn } from '../helpers/report-builder.ts';

ruleTester(rule, {
  valid: [
    { name: 'all zero', report: {} },
    {
      name: '平潭 2024-like detail values',
      report: { applications: applicationsSpec({ naturalPerson: consistentColumn({ leaves: { granted: 71, partlyGranted: 29, 'denied.stateSecret': 4, 'unavailable.notHeld': 32 } }) }) },
    },
    { name: 'small repeated values are normal', report: { applications: applicationsSpec({ naturalPerson: consistentColumn({ leaves: { granted: 1, partlyGranted: 1, 'denied.stateSecret': 1, 'unavailable.notHeld': 1, 'notProcessed.duplicate': 1 } }) }) } },
  ],
  invalid: [
    {
      name: 'the same 15 in five detail cells',
      report: {
        applications: applicationsSpec({
          naturalPerson: consistentColumn({ leaves: { granted: 15, partlyGranted: 15, 'denied.stateSecret': 15, 'unavailable.notHeld': 15, 'notProcessed.duplicate': 15 } }),
        }),
      },
      errors: [{ messageId: 'repeated', severity: 'info', data: { value: 15, count: 5 } }],
    },
    {
      name: 'only 自然人 filled, 总计 different',
      report: { applications: { granted: { naturalPerson: 5, commercial: '', research: '', publicInterest: '', legalService: '', otherOrg: '', total: 7 } } },
      errors: [
        { messageId: 'onlyNaturalPerson', cells: [{ table: 'applications', row: 'granted', col: 'total' }], related: [{ table: 'applications', row: 'granted', col: 'naturalPerson' }] },
      ],
    },
  ],
});
