import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainTables } from '../../core/model/plain.ts';
import { ReportSchema, type Report } from '../../core/model/report.ts';
import { parseReport, parseText } from '../../core/parse/index.ts';
import { allCells, cellElementAt, collapse, DOMS, FIXTURES, loadDocument, readJson } from './helpers.ts';

interface Expected {
  report: Record<string, unknown> & { tables: Record<string, unknown> };
}

const META_KEYS = ['title', 'agency', 'year', 'period', 'published', 'formatVersion'] as const;

function compareToExpected(report: Report, expected: Expected): void {
  for (const key of META_KEYS) if (key in expected.report) expect(report[key], key).toEqual(expected.report[key]);
  const plain = plainTables(report.tables);
  const want = expected.report.tables as Record<string, Record<string, unknown>>;
  for (const table of ['active', 'applications', 'reviewLitigation'] as const) expect(plain[table], table).toEqual(want[table] ?? {});
}

const pagesDir = path.join(FIXTURES, 'pages');
const pages = fs.readdirSync(pagesDir).filter((d) => fs.existsSync(path.join(pagesDir, d, 'expected.json')));

describe('golden: real portal pages', () => {
  it('has the real fixtures', () => expect(pages.length).toBeGreaterThanOrEqual(8));
  for (const slug of pages) {
    for (const dom of DOMS) {
      it(`${slug} (${dom})`, { timeout: 60_000 }, () => {
        const html = fs.readFileSync(path.join(pagesDir, slug, 'source.html'), 'utf8');
        const expected = readJson<Expected>(path.join(pagesDir, slug, 'expected.json'));
        const doc = loadDocument(html, dom);
        const before = doc.documentElement.outerHTML.length;
        const result = parseReport(doc);
        expect(result.ok, result.ok ? '' : `${result.reason}: ${result.detail}`).toBe(true);
        if (!result.ok) return;
        const report = result.report;
        expect(() => ReportSchema.parse(report)).not.toThrow();
        compareToExpected(report, expected);
        // Every anchored cell points at a real <td>/<th> whose text is the cell's raw text.
        for (const { cell } of allCells(report)) {
          expect(cell.anchor?.kind).toBe('table');
          if (cell.anchor?.kind !== 'table') continue;
          const el = cellElementAt(doc, cell.anchor);
          expect(el?.tagName.toLowerCase()).toMatch(/^t[dh]$/);
          expect(collapse(el?.textContent ?? '')).toBe(cell.raw);
        }
        // Read-only.
        expect(doc.documentElement.outerHTML.length).toBe(before);
      });
    }
  }
  it('gives the same text and sections with linkedom and jsdom', { timeout: 120_000 }, () => {
    for (const slug of pages) {
      const html = fs.readFileSync(path.join(pagesDir, slug, 'source.html'), 'utf8');
      const [a, b] = DOMS.map((d) => parseReport(loadDocument(html, d)));
      expect(a.ok && b.ok).toBe(true);
      if (!a.ok || !b.ok) continue;
      expect(a.report.text, slug).toBe(b.report.text);
      expect(a.report.sections.map((s) => [s.title, s.canonical, s.start])).toEqual(b.report.sections.map((s) => [s.title, s.canonical, s.start]));
    }
  });
});

describe('golden: flattened text (seed)', () => {
  it('parses the seed text exactly', () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'seed', 'seed-xiangxiang-2023.txt'), 'utf8');
    const expected = readJson<Expected>(path.join(FIXTURES, 'seed', 'seed-xiangxiang-2023.expected.json'));
    const result = parseText(text);
    expect(result.ok, result.ok ? '' : result.detail).toBe(true);
    if (!result.ok) return;
    expect(() => ReportSchema.parse(result.report)).not.toThrow();
    compareToExpected(result.report, expected);
    expect(result.report.year).toBe(2023);
    expect(result.report.period).toEqual({ start: '2022-01-01', end: '2022-12-31' });
    expect(result.report.sections.map((s) => s.canonical)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
