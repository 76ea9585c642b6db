import rule from '../../core/rules/share-not-held.ts';
import { ruleTester } from '../helpers/rule-tester.ts';
import { applicationsSpec, consistentColumn } from '../helpers/report-builder.ts';

ruleTester(rule, {
  valid: [
    { name: '平潭 2023: 31 of 81 (38%)', report: { applications: applicationsSpec({ naturalPerson: consistentColumn({ leaves: { granted: 50, 'unavailable.notHeld': 31 } }) }) } },
    { name: 'tiny totals are ignored (2 of 3)', report: { applications: applicationsSpec({ naturalPerson: consistentColumn({ leaves: { granted: 1, 'unavailable.notHeld': 2 } }) }) } },
  ],
  invalid: [
    {
      name: '60 of 100 not held',
      report: { applications: applicationsSpec({ naturalPerson: consistentColumn({ leaves: { granted: 40, 'unavailable.notHeld': 60 } }) }) },
      errors: [
        {
          messageId: 'highShare',
          severity: 'info',
          cells: [{ table: 'applications', row: 'unavailable.notHeld', col: 'total' }],
          related: [{ table: 'applications', row: 'resultsTotal', col: 'total' }],
          data: { notHeld: 60, total: 100, percent: 60 },
        },
      ],
    },
  ],
});
