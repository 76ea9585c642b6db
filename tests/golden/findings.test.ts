/**
 * Golden findings on the real pages: every finding listed in a fixture's expected.json (checked by hand against
 * the page) is found with its severity and cells, and no error is raised that the fixture does not list.
 * Cross-year rules get the previous year's page of the same agency, as the checker pairs them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../core/parse/parse-document.ts';
import { parseText } from '../../core/parse/parse-text.ts';
import { runRules } from '../../core/engine/run.ts';
import type { Report } from '../../core/model/report.ts';
import { FIXTURES, loadDocument, readJson } from '../parse/helpers.ts';

interface ExpectedFinding {
  ruleId: string;
  severity: string;
  cells?: { table: string; row: string; col: string }[];
  expected?: unknown;
  actual?: unknown;
}

const pagesDir = path.join(FIXTURES, 'pages');
const slugs = fs.readdirSync(pagesDir).sort();

function load(slug: string): Report {
  const html = fs.readFileSync(path.join(pagesDir, slug, 'source.html'), 'utf8');
  const result = parseReport(loadDocument(html, 'linkedom'));
  if (!result.ok) throw new Error(`${slug}: ${result.detail}`);
  return result.report;
}

const reports = new Map(slugs.map((slug) => [slug, load(slug)]));
const byYear = new Map([...reports.values()].map((r) => [r.year, r]));

const cases: { name: string; report: Report; previous: Report | null; expected: ExpectedFinding[] }[] = slugs.map((slug) => {
  const report = reports.get(slug)!;
  return {
    name: slug,
    report,
    previous: byYear.get((report.year ?? 0) - 1) ?? null,
    expected: readJson<{ findings: ExpectedFinding[] }>(path.join(pagesDir, slug, 'expected.json')).findings,
  };
});
const seedText = fs.readFileSync(path.join(FIXTURES, 'seed', 'seed-xiangxiang-2023.txt'), 'utf8');
const seed = parseText(seedText);
if (seed.ok)
  cases.push({
    name: 'seed-xiangxiang-2023',
    report: seed.report,
    previous: null,
    expected: readJson<{ findings: ExpectedFinding[] }>(path.join(FIXTURES, 'seed', 'seed-xiangxiang-2023.expected.json')).findings,
  });

describe('golden findings on real reports', () => {
  it('covers every real page and the seed', () => {
    expect(cases.length).toBe(slugs.length + 1);
  });

  for (const c of cases) {
    describe(c.name, () => {
      const { findings } = runRules(c.report, { previous: c.previous });

      for (const e of c.expected) {
        it(`finds ${e.ruleId} (${e.severity})`, () => {
          const match = findings.filter((f) => f.ruleId === e.ruleId);
          expect(match.length).toBeGreaterThan(0);
          expect(match.map((f) => f.severity)).toContain(e.severity);
          if (e.cells) {
            const found = new Set(match.flatMap((f) => f.cells.map((x) => `${x.table}.${x.row}.${x.col}`)));
            for (const cell of e.cells) expect(found).toContain(`${cell.table}.${cell.row}.${cell.col}`);
          }
        });
      }

      it('raises no error the fixture does not list', () => {
        const allowed = new Set(c.expected.filter((e) => e.severity === 'error').map((e) => e.ruleId));
        const unexpected = findings.filter((f) => f.severity === 'error' && !allowed.has(f.ruleId));
        expect(unexpected.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
      });

      it('raises no warning on a page the fixture lists as clean of warnings, except the documented ones', () => {
        // Warnings the fixtures' notes name as acceptable (value-precision on 6-decimal 万元 values, section6-fee-statement on the seed's 「无。」,
        // stock-rollforward with the previous year, title variants such as 「行政法复议」).
        const documented = new Set(['value-precision', 'stock-rollforward', 'sections-present', 'section6-fee-statement', ...c.expected.map((e) => e.ruleId)]);
        const warnings = findings.filter((f) => f.severity === 'warning' && !documented.has(f.ruleId));
        expect(warnings.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
      });
    });
  }
});
