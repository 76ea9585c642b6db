import rule from '../../core/rules/t3-results-total.ts';
import { ruleTester } from '../helpers/rule-tester.ts';
import { applicationsSpec, buildReport, consistentColumn } from '../helpers/report-builder.ts';
import { RESULT_LEAVES_2021 } from '../../core/model/keys.ts';

const rt = (col: string) => ({ table: 'applications' as const, row: 'resultsTotal', col });
const leavesOf = (col: string, leaves = RESULT_LEAVES_2021) => leaves.map((row) => ({ table: 'applications' as const, row, col }));
const leaves2019 = RESULT_LEAVES_2021.filter((r) => !r.startsWith('other.')).concat('other.combined');

/** 平潭 2020 (2019 format): 自然人 leaves 6+6+4+3+3+4 = 26 vs （七） 20; 总计 27 vs 21; 其他 1 = 1. */
const pingtan2020 = {
  formatVersion: '2019' as const,
  year: 2020,
  applications: {
    granted: { naturalPerson: 6, total: 7, otherOrg: 1 },
    partlyGranted: { naturalPerson: 6, total: 6 },
    'unavailable.notHeld': { naturalPerson: 4, total: 4 },
    'notProcessed.complaint': { naturalPerson: 3, total: 3 },
    'notProcessed.duplicate': { naturalPerson: 3, total: 3 },
    'other.combined': { naturalPerson: 4, total: 4 },
    resultsTotal: { naturalPerson: 20, otherOrg: 1, total: 21 },
    received: { naturalPerson: 20, otherOrg: 1, total: 21 },
    carriedForward: { naturalPerson: 0, total: 0 },
  },
};

ruleTester(rule, {
  valid: [
    { name: 'all zero', report: {} },
    {
      name: 'consistent 2021 columns',
      report: {
        applications: applicationsSpec({
          naturalPerson: consistentColumn({ carriedOver: 2, carriedForward: 3, leaves: { granted: 10, 'other.unpaidFee': 2, 'denied.stateSecret': 1 } }),
          commercial: consistentColumn({ leaves: { partlyGranted: 4 } }),
        }),
      },
    },
    {
      name: '2019 format: 19 leaves with the single （六） row',
      report: { formatVersion: '2019', year: 2020, applications: applicationsSpec({ naturalPerson: consistentColumn({ leaves: { granted: 3, 'other.combined': 2 } }) }) },
    },
    {
      name: 'mixed: 2021 report keeping the single （六） row (洪泽)',
      report: () => buildMixed(),
    },
    { name: 'legacy report', report: { formatVersion: 'legacy', year: 2018 }, outcome: 'not-applicable' },
    {
      name: 'blank total beside numbers is total-blank, not this rule',
      report: { applications: { granted: { naturalPerson: 5, total: 5 }, resultsTotal: { naturalPerson: 5, total: null } } },
    },
  ],
  invalid: [
    {
      name: 'KIROGOVCOMPARE fixture: 自然人 leaves 93 vs （七） 95',
      report: { applications: { granted: { naturalPerson: 90, total: 90 }, partlyGranted: { naturalPerson: 3, total: 3 }, resultsTotal: { naturalPerson: 95, total: 93 } } },
      errors: [
        {
          messageId: 'mismatch',
          severity: 'error',
          cells: [rt('naturalPerson')],
          related: leavesOf('naturalPerson'),
          expected: { naturalPerson: 93 },
          actual: { naturalPerson: 95 },
        },
      ],
    },
    {
      name: '平潭 2020: 自然人 26 vs 20 and 总计 27 vs 21 in one finding',
      report: pingtan2020,
      errors: [
        {
          messageId: 'mismatch',
          cells: [rt('naturalPerson'), rt('total')],
          related: [...leavesOf('naturalPerson', leaves2019), ...leavesOf('total', leaves2019)],
          expected: { naturalPerson: 26, total: 27 },
          actual: { naturalPerson: 20, total: 21 },
        },
      ],
    },
    {
      name: 'fails with blank leaves: error says blanks were present',
      report: { applications: { granted: { commercial: 2, total: 2 }, partlyGranted: { commercial: null, total: 0 }, resultsTotal: { commercial: 3, total: 2 } } },
      errors: [{ messageId: 'mismatchBlanks', severity: 'error', cells: [rt('commercial')], expected: { commercial: 2 }, actual: { commercial: 3 } }],
    },
    {
      name: 'holds only with blanks as 0: info',
      report: { applications: { granted: { research: 2, total: 2 }, partlyGranted: { research: '/', total: 0 }, resultsTotal: { research: 2, total: 2 } } },
      errors: [{ messageId: 'blanksAsZero', severity: 'info', outcome: 'needs-review', cells: [{ table: 'applications', row: 'partlyGranted', col: 'research' }] }],
    },
    {
      name: 'low-confidence cell lowers to needs-review',
      report: () => buildLow(),
      errors: [{ messageId: 'undecidable', outcome: 'needs-review', severity: 'warning', cells: [rt('naturalPerson')] }],
    },
  ],
});

function buildMixed() {
  const r = buildReport({ applications: applicationsSpec({ naturalPerson: consistentColumn({ leaves: { granted: 3 } }) }) });
  // 洪泽 2023: the three （六） leaves are replaced by the single 2019 row.
  const t = r.tables.applications;
  const combined = { ...t['other.other'] };
  for (const k of ['other.noCorrection', 'other.unpaidFee', 'other.other']) delete t[k];
  t['other.combined'] = Object.fromEntries(Object.entries(combined).map(([c]) => [c, { value: c === 'naturalPerson' || c === 'total' ? 2 : 0, raw: '', semantics: 'number' as const, confidence: 'high' as const }]));
  t.resultsTotal.naturalPerson = { ...t.resultsTotal.naturalPerson, value: 5, raw: '5', semantics: 'number' };
  t.resultsTotal.total = { ...t.resultsTotal.total, value: 5, raw: '5', semantics: 'number' };
  return r;
}
function buildLow() {
  const r = buildReport({ applications: { granted: { naturalPerson: 69, total: 69 }, resultsTotal: { naturalPerson: 3665, total: 69 } } });
  r.tables.applications.resultsTotal.naturalPerson.confidence = 'low';
  return r;
}
