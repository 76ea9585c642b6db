import 'fake-indexeddb/auto';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { CellSchema, decodeHtml, parseReport, ReportSchema, type Cell, type Report } from '../../core/index.ts';
import { packCell, packReport, unpackCell, unpackReport } from '../../pwa/db/pack-report.ts';
import { toStoredBody } from '../../pwa/db/stored-body.ts';
import { getBodies } from '../../pwa/db/queries/index.ts';
import { capture } from './capture-helpers.ts';
import { freshDb } from './db-helpers.ts';

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;

/** Every real page and variant that parses: the reports the library really stores. */
function fixtureReports(): { name: string; report: Report }[] {
  const out: { name: string; report: Report }[] = [];
  for (const group of ['pages', 'variants']) {
    for (const slug of readdirSync(join(FIXTURES, group))) {
      const file = join(FIXTURES, group, slug, 'source.html');
      if (!existsSync(file)) continue;
      const html = decodeHtml(new Uint8Array(readFileSync(file)));
      const parsed = parseReport(parseHTML(html).document as unknown as Document, { url: `https://example.gov.cn/${slug}` });
      if (parsed.ok) out.push({ name: `${group}/${slug}`, report: ReportSchema.parse(parsed.report) });
    }
  }
  return out;
}

/** Arbitrary cells core's schema accepts, biased towards the shapes the packer treats specially. */
const cellArb: fc.Arbitrary<Cell> = fc
  .record(
    {
      value: fc.oneof(fc.constant(null), fc.constant(0), fc.constant(-0), fc.integer({ min: -1000, max: 100000 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(1e21)),
      raw: fc.oneof(fc.constant(''), fc.constant('0'), fc.constant('/'), fc.string({ maxLength: 6 })),
      semantics: fc.constantFrom('number', 'zero', 'blank', 'placeholder', 'text'),
      unit: fc.constantFrom('元', ''),
      confidence: fc.constantFrom('high', 'low'),
      anchor: fc.oneof(
        fc.record({ kind: fc.constant('table' as const), tableIndex: fc.nat(30), row: fc.nat(60), col: fc.nat(12) }),
        fc.record({ kind: fc.constant('text' as const), start: fc.nat(100), end: fc.nat(100), snippet: fc.string({ maxLength: 4 }) }),
      ),
    },
    { requiredKeys: ['value', 'raw', 'semantics', 'confidence'] },
  )
  .map((c) => CellSchema.parse(c));

/** A cell as it would be when the raw text is the printed value (the common case). */
const plainCellArb: fc.Arbitrary<Cell> = cellArb.map((c) => {
  const value = c.value;
  const semantics = value === null ? 'blank' : value === 0 ? 'zero' : 'number';
  return CellSchema.parse({ ...c, raw: value === null ? '' : String(value), semantics, confidence: 'high', unit: undefined });
});

describe('packed report (storage and library file v2)', () => {
  const reports = fixtureReports();

  it('has real reports to check', () => {
    expect(reports.length).toBeGreaterThanOrEqual(8);
  });

  for (const { name, report } of reports) {
    it(`${name}: unpack(pack(report)) is the report, valid against core's schema, and JSON-identical`, () => {
      const packed = packReport(report);
      const back = unpackReport(JSON.parse(JSON.stringify(packed)));
      expect(back).toStrictEqual(report);
      expect(ReportSchema.parse(back)).toStrictEqual(report);
      expect(JSON.stringify(back)).toBe(JSON.stringify(report));
      // Canonical table keys stay readable in the packed form.
      expect(Object.keys(packed.tables.active)).toEqual(Object.keys(report.tables.active));
      // And never larger; the tables shrink to less than half (most cells are plain).
      expect(JSON.stringify(packed).length).toBeLessThanOrEqual(JSON.stringify(report).length);
      if (Object.keys(report.tables.applications).length) expect(JSON.stringify(packed.tables).length).toBeLessThan(JSON.stringify(report.tables).length / 2);
    });
  }

  it('any cell round-trips exactly (fast-check)', () => {
    fc.assert(
      fc.property(fc.oneof(cellArb, plainCellArb), (cell) => {
        const back = unpackCell(packCell(cell));
        expect(back).toStrictEqual(cell);
        expect(Object.is(back.value, cell.value)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('plain cells become arrays, others stay objects', () => {
    expect(packCell({ value: 7, raw: '7', semantics: 'number', confidence: 'high', anchor: { kind: 'table', tableIndex: 0, row: 2, col: 3 } })).toEqual([7, 0, 2, 3]);
    expect(packCell({ value: null, raw: '', semantics: 'blank', confidence: 'high' })).toEqual([null]);
    const placeholder: Cell = { value: null, raw: '/', semantics: 'placeholder', confidence: 'high' };
    expect(packCell(placeholder)).toBe(placeholder);
    const glued: Cell = { value: 12, raw: '12', semantics: 'number', confidence: 'low' };
    expect(packCell(glued)).toBe(glued);
    const unit: Cell = { value: 251000, raw: '251000', semantics: 'number', unit: '元', confidence: 'high' };
    expect(packCell(unit)).toBe(unit);
  });

  it('a report with random cells in every table round-trips (fast-check)', () => {
    const base = reports[0].report;
    fc.assert(
      fc.property(fc.array(fc.oneof(cellArb, plainCellArb), { minLength: 1, maxLength: 20 }), (cells) => {
        const report: Report = structuredClone(base);
        report.tables.applications = { row: Object.fromEntries(cells.map((c, i) => [`c${i}`, c])) };
        report.tableInfo.active.extraRows = [{ label: '小计', kind: 'subtotal', cells }];
        report.tableInfo.active.extraColumns = [{ label: 'x', cells: Object.fromEntries(cells.map((c, i) => [`r${i}`, c])) }];
        report.tableInfo.active.rowLabels = { a: { raw: 'a' }, b: { raw: 'b', anchor: { kind: 'table', tableIndex: 1, row: 2, col: 0 } } };
        expect(unpackReport(packReport(report))).toStrictEqual(report);
      }),
      { numRuns: 200 },
    );
  });

  it('section texts and anchors that are not report.text stay as they are', () => {
    const report: Report = structuredClone(reports.find((r) => r.report.sections.some((s) => s.subItems.length))!.report);
    const s = report.sections.find((x) => x.subItems.length)!;
    s.text = `${s.text}（不在正文中的补充文字）`;
    s.titleAnchor = { ...s.titleAnchor, snippet: `${s.titleAnchor.snippet}x` };
    s.subItems[0].anchor = { ...s.subItems[0].anchor, start: s.subItems[0].anchor.start + 1 };
    s.subItems[0].text = s.subItems[0].text.slice(1); // still inside report.text, at another offset
    const packed = packReport(report);
    const ps = packed.sections[report.sections.indexOf(s)];
    expect(typeof ps.text).toBe('string');
    expect(Array.isArray(ps.titleAnchor)).toBe(false);
    expect(unpackReport(JSON.parse(JSON.stringify(packed)))).toStrictEqual(report);
    const other = packed.sections.find((x) => x !== ps)!;
    expect(Array.isArray(other.text) || (other.text as string).length < 12).toBe(true);
  });

  it('stored bodies are packed and read back whole; bodies stored before packing still read', async () => {
    const db = freshDb();
    const { report } = reports[0];
    await db.bodies.bulkPut([toStoredBody({ id: 'a', html: '<p>a</p>', report })]);
    // A row as schema v1/v2 wrote it (no packing), written under the table's raw shape.
    await db.table('bodies').put({ id: 'b', html: '', report: capture({ agency: 'B', year: 2023 }).report });
    const raw = (await db.table('bodies').toCollection().raw().toArray()) as Record<string, unknown>[];
    expect('packed' in raw.find((r) => r.id === 'a')!).toBe(true);
    const [a, b] = await getBodies(db, ['a', 'b']);
    expect(a.report).toStrictEqual(report);
    expect(b.report.agency).toBe('B');
    expect((await db.bodies.get('a'))!.report).toStrictEqual(report);
    expect((await db.bodies.where(':id').startsWith('a').toArray())[0].report).toStrictEqual(report);
    db.close();
  });
});
