import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainTables } from '../../core/model/plain.ts';
import { ReportSchema, type Report } from '../../core/model/report.ts';
import { decodeHtml, isProbablyReport, parseReport } from '../../core/parse/index.ts';
import { allCells, cellElementAt, collapse, DOMS, FIXTURES, loadDocument, readJson } from './helpers.ts';

interface VariantExpected {
  encoding?: string;
  report: (Record<string, unknown> & { tables: Record<string, unknown> }) | null;
  checks: {
    parse?: { ok: boolean; reason: string };
    isProbablyReport?: boolean;
    container?: string;
    sourceUrl?: string;
    tableIndexes?: Record<string, number[]>;
    rowLabels?: Record<string, string>;
    columnLabels?: Record<string, string>;
    semantics?: Record<string, string>;
    notePresent?: boolean;
    sections?: number[];
    textExcludes?: string[];
    noDiagnostics?: string[];
    diagnostics?: string[];
    extraColumn?: { label: string; cells: Record<string, number> };
    subtotalRows?: number;
    image?: string[];
  };
}

const META_KEYS = ['title', 'agency', 'year', 'period', 'published', 'formatVersion'] as const;
const dir = path.join(FIXTURES, 'variants');
const variants = fs.readdirSync(dir).filter((d) => fs.existsSync(path.join(dir, d, 'expected.json')));

function cellAt(report: Report, address: string): Report['tables']['active'][string][string] | undefined {
  const [table, ...rest] = address.split('.');
  const col = rest.pop() as string;
  const row = rest.join('.');
  return (report.tables as Record<string, Report['tables']['active']>)[table]?.[row]?.[col];
}

describe('variant fixtures (hand-written expected values)', () => {
  it('has the variants', () => expect(variants.length).toBeGreaterThanOrEqual(8));
  for (const name of variants) {
    for (const dom of DOMS) {
      it(`${name} (${dom})`, { timeout: 60_000 }, () => {
        const bytes = new Uint8Array(fs.readFileSync(path.join(dir, name, 'source.html')));
        const expected = readJson<VariantExpected>(path.join(dir, name, 'expected.json'));
        const html = decodeHtml(bytes);
        const doc = loadDocument(html, dom);
        const c = expected.checks;
        if (c.isProbablyReport !== undefined) expect(isProbablyReport(doc)).toBe(c.isProbablyReport);
        const result = parseReport(doc, {});
        if (c.parse) {
          expect(result.ok).toBe(c.parse.ok);
          if (!result.ok) expect(result.reason).toBe(c.parse.reason);
          return;
        }
        expect(result.ok, result.ok ? '' : result.detail).toBe(true);
        if (!result.ok || !expected.report) return;
        const report = result.report;
        expect(isProbablyReport(doc)).toBe(true);
        expect(() => ReportSchema.parse(report)).not.toThrow();
        for (const key of META_KEYS) if (key in expected.report) expect(report[key], key).toEqual(expected.report[key]);
        const plain = plainTables(report.tables);
        const want = expected.report.tables as Record<string, unknown>;
        for (const t of ['active', 'applications', 'reviewLitigation'] as const) expect(plain[t], t).toEqual(want[t] ?? {});
        for (const { cell } of allCells(report)) {
          if (cell.anchor?.kind !== 'table') throw new Error('cell without table anchor');
          expect(collapse(cellElementAt(doc, cell.anchor)?.textContent ?? '')).toBe(cell.raw);
        }
        if (c.container) expect(report.source.container).toBe(c.container);
        if (c.sourceUrl) expect(report.sourceUrl).toBe(c.sourceUrl);
        if (c.tableIndexes) for (const [t, idx] of Object.entries(c.tableIndexes)) expect(report.tableInfo[t as 'active'].tableIndexes, t).toEqual(idx);
        if (c.rowLabels) for (const [k, raw] of Object.entries(c.rowLabels)) expect(report.tableInfo.applications.rowLabels[k]?.raw).toBe(raw);
        if (c.columnLabels) for (const [k, raw] of Object.entries(c.columnLabels)) expect(report.tableInfo.applications.columnLabels[k]?.raw).toBe(raw);
        if (c.semantics) for (const [addr, sem] of Object.entries(c.semantics)) expect(cellAt(report, addr)?.semantics, addr).toBe(sem);
        if (c.notePresent !== undefined) expect(report.tableInfo.applications.notePresent).toBe(c.notePresent);
        if (c.sections) expect(report.sections.map((s) => s.canonical)).toEqual(c.sections);
        if (c.textExcludes) for (const t of c.textExcludes) expect(report.text).not.toContain(t);
        const codes = report.diagnostics.map((d) => d.code);
        if (c.noDiagnostics) for (const code of c.noDiagnostics) expect(codes, code).not.toContain(code);
        if (c.diagnostics) for (const code of c.diagnostics) expect(codes).toContain(code);
        if (c.extraColumn) {
          const col = report.tableInfo.applications.extraColumns[0];
          expect(col?.label).toBe(c.extraColumn.label);
          expect(Object.fromEntries(Object.entries(col?.cells ?? {}).map(([k, v]) => [k, v.value]))).toEqual(c.extraColumn.cells);
        }
        if (c.subtotalRows !== undefined) expect(report.tableInfo.applications.extraRows.filter((r) => r.kind === 'subtotal')).toHaveLength(c.subtotalRows);
        if (c.image) for (const t of c.image) expect(report.tableInfo[t as 'active'].image).toBe(true);
      });
    }
  }
});
