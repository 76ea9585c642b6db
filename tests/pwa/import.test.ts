import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { parseHTML } from 'linkedom';
import iconv from 'iconv-lite';
import { LIBRARY_FILE_TYPE, LIBRARY_FILE_VERSION, type Capture } from '../../core/index.ts';
import { readImportFile, type ImportEnv } from '../../pwa/import/read-file.ts';
import { unpackCapture } from '../../pwa/db/library-file-v2.ts';
import { commitImport, previewImport, tableCounts, exportLibrary } from '../../pwa/db/queries/index.ts';
import { capture, finding } from './capture-helpers.ts';
import { freshDb } from './db-helpers.ts';

const env: ImportEnv = {
  parseHtml: (html) => parseHTML(html).document as unknown as Document,
  runRules: () => [],
  rulesVersion: 'test',
  now: '2025-01-01T00:00:00.000Z',
};
const bytes = (s: string) => new TextEncoder().encode(s);
const libraryText = (captures: unknown[]) =>
  JSON.stringify({ type: LIBRARY_FILE_TYPE, version: LIBRARY_FILE_VERSION, exportedAt: 'x', app: { name: 't', version: '1' }, captures, agencies: [{ name: '某某县人民政府办公室', region: '某省' }] });

describe('reading import files', () => {
  it('accepts a valid library file with its agencies', () => {
    const r = readImportFile('lib.json', bytes(libraryText([capture(), capture({ year: 2022 })])), env);
    expect(r.ok && r.kind).toBe('library');
    expect(r.ok && r.captures.length).toBe(2);
    expect(r.ok && r.agencies[0].region).toBe('某省');
  });

  it('rejects a half-valid library file as a whole, naming the bad field', () => {
    const bad = capture({ year: 2022 }) as unknown as Record<string, unknown>;
    (bad.report as Record<string, unknown>).year = '2022年';
    const r = readImportFile('lib.json', bytes(libraryText([capture(), bad])), env);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.id).toBe('import.error.schema');
    expect(!r.ok && String(r.error.data.detail)).toContain('captures.1.report.year');
  });

  it('rejects truncated JSON, empty files, unknown types and other JSON documents', () => {
    const text = libraryText([capture()]);
    expect(readImportFile('a.json', bytes(text.slice(0, 200)), env)).toMatchObject({ ok: false, error: { id: 'import.error.json' } });
    expect(readImportFile('a.json', bytes('  '), env)).toMatchObject({ ok: false, error: { id: 'import.error.empty' } });
    expect(readImportFile('a.pdf', bytes('%PDF'), env)).toMatchObject({ ok: false, error: { id: 'import.error.unsupported' } });
    expect(readImportFile('a.json', bytes('{"type":"other"}'), env)).toMatchObject({ ok: false, error: { id: 'import.error.notLibrary' } });
  });

  it('reads the checker JSON, one object per line, and rejects the file if any line is bad', () => {
    const line = (year: number) =>
      JSON.stringify({
        source: `https://www.example.gov.cn/${year}.html`,
        report: { title: `某局${year}年政府信息公开工作年度报告`, agency: '某局', year, tables: { active: {}, applications: { received: { total: 5 } }, reviewLitigation: {} } },
        findings: [{ ruleId: 't3-balance', severity: 'error', outcome: 'fail', message: 'x', cells: [{ table: 'applications', row: 'received', col: 'total' }] }],
      });
    const ok = readImportFile('c.jsonl', bytes(`${line(2022)}\n${line(2023)}\n`), env);
    expect(ok.ok && ok.captures.map((c) => c.report.year)).toEqual([2022, 2023]);
    expect(ok.ok && unpackCapture(ok.captures[0]).report.tables.applications.received.total.value).toBe(5);
    expect(ok.ok && ok.captures[1].findings[0].ruleId).toBe('t3-balance');
    const bad = readImportFile('c.jsonl', bytes(`${line(2022)}\n{"source":"x","report":{}}\n`), env);
    expect(bad).toMatchObject({ ok: false, error: { id: 'import.error.schema', data: { line: 2 } } });
  });

  it('reads a saved report page, also when it is GBK-encoded', () => {
    const file = new URL('../fixtures/pages/pingtan-2023/source.html', import.meta.url);
    if (!fs.existsSync(file)) return expect.fail('fixture page missing');
    const html = fs.readFileSync(file, 'utf8');
    const utf8 = readImportFile('p.html', bytes(html), env);
    expect(utf8.ok, JSON.stringify(!utf8.ok && utf8.error)).toBe(true);
    const gbkHtml = html.replace(/<meta[^>]*charset[^>]*>/i, '<meta charset="gbk">');
    const gbk = readImportFile('p.htm', new Uint8Array(iconv.encode(gbkHtml, 'gbk')), env);
    expect(gbk.ok).toBe(true);
    if (utf8.ok && gbk.ok) {
      expect(gbk.captures[0].report.title).toBe(utf8.captures[0].report.title);
      expect(gbk.captures[0].report.title).toContain('平潭');
      expect(gbk.captures[0].contentHash).toBe(utf8.captures[0].contentHash);
    }
  });
});

describe('preview and commit', () => {
  it('classifies new, already present, conflicting and repeated reports', async () => {
    const db = freshDb();
    const a = capture({ year: 2022 });
    await commitImport(db, await previewImport(db, [{ source: 'x', capture: a }]), { parserVersion: 'p' });
    const changed = capture({ year: 2022, applications: { received: { total: 9 } } });
    const b = capture({ year: 2023 });
    const preview = await previewImport(db, [
      { source: 'y', capture: a },
      { source: 'y', capture: changed },
      { source: 'y', capture: b },
      { source: 'z', capture: b },
    ]);
    expect(preview.map((p) => p.status)).toEqual(['duplicate', 'conflict', 'duplicate', 'new']);
    const again = await previewImport(db, [{ source: 'y', capture: a }]);
    expect(again[0].status).toBe('present');
  });

  it('replaces a conflicting version but keeps the reviews of findings that still exist', async () => {
    const db = freshDb();
    const f = finding('t4-block-total');
    const first: Capture = { ...capture({ year: 2022, findings: [f] }) };
    await commitImport(db, await previewImport(db, [{ source: 'x', capture: first }]), { parserVersion: 'p' });
    const [row] = await db.findings.toArray();
    await db.reviews.put({ id: row.id, reportId: row.reportId, findingKey: row.key, status: 'confirmed', createdAt: 'a', updatedAt: 'a' });
    const second = capture({ year: 2022, applications: { received: { total: 4 } }, findings: [f, finding('t3-balance', 'warning', 'x')] });
    const result = await commitImport(db, await previewImport(db, [{ source: 'y', capture: second }]), { parserVersion: 'p' });
    expect(result).toEqual({ added: 0, replaced: 1, skipped: 0 });
    const report = (await db.reports.toArray())[0];
    expect(report.contentHash).toBe(second.contentHash);
    expect(report.previousHashes).toEqual([first.contentHash]);
    expect(report.review).toEqual({ open: 1, confirmed: 1, dismissed: 0 });
    expect(await db.findings.count()).toBe(2);
  });

  it('is all-or-nothing: a failure inside the transaction leaves the library exactly as it was', async () => {
    const db = freshDb();
    await commitImport(db, await previewImport(db, [{ source: 'x', capture: capture({ year: 2021 }) }]), { parserVersion: 'p' });
    const before = JSON.stringify({ ...(await exportLibrary(db, { appVersion: 't', now: 'n' })) });
    const counts = await tableCounts(db);
    const items = await previewImport(db, [
      { source: 'y', capture: capture({ year: 2022, findings: [finding('a')] }) },
      { source: 'y', capture: capture({ year: 2023 }) },
    ]);
    const original = db.bodies.bulkPut.bind(db.bodies);
    db.bodies.bulkPut = (() => Promise.reject(Object.assign(new Error("disk full"), { name: "QuotaExceededError" }))) as unknown as typeof db.bodies.bulkPut;
    await expect(commitImport(db, items, { parserVersion: 'p' })).rejects.toMatchObject({ name: 'StorageFullError' });
    db.bodies.bulkPut = original;
    expect(await tableCounts(db)).toEqual(counts);
    expect(JSON.stringify(await exportLibrary(db, { appVersion: 't', now: 'n' }))).toBe(before);
  });
});
