/**
 * Imports are all-or-nothing under corruption at ANY byte. A valid library file (new reports, one already present,
 * one conflicting version with newer reviews, agencies) is corrupted at many positions — every STEP bytes and at
 * seeded random positions — by truncation, a flipped byte and a deleted span, then goes through the PWA's real import
 * path (readImportFile → ImportSession preview → commit, as the import worker runs it) into a library that already
 * holds reports and review decisions.
 *
 * - Rejected file: nothing can be committed, and the library export is byte-identical before and after.
 * - Accepted file (the corruption was inert, e.g. a changed character inside a string): every capture it carries
 *   validates, ALL of them are in the library afterwards (not a part), no stored report or review is lost, and the
 *   library still exports a valid library file.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { findingKey, LIBRARY_FILE_TYPE, LIBRARY_FILE_VERSION, parseLibraryFile, type Capture, type LibraryFile } from '../../core/index.ts';
import { packLibraryFile, unpackCapture } from '../../pwa/db/library-file-v2.ts';
import { readImportFile, type ImportEnv } from '../../pwa/import/read-file.ts';
import { ImportSession } from '../../pwa/import/session.ts';
import { captureIdentity } from '../../pwa/db/convert.ts';
import { exportLibrary } from '../../pwa/db/queries/index.ts';
import type { LibraryDb } from '../../pwa/db/app-db.ts';
import { capture, finding } from './capture-helpers.ts';
import { freshDb } from './db-helpers.ts';

const env: ImportEnv = {
  parseHtml: () => {
    throw new Error('no HTML in this test');
  },
  runRules: () => [],
  rulesVersion: 'test',
  now: '2025-01-01T00:00:00.000Z',
};

/** Short run in the suite (≈ 240 imports); the long run: CORRUPT_STEP=97 CORRUPT_RANDOM=300 (≈ 6,600 imports, 8 min). */
const POSITIONS = 60;
const RANDOM_CASES = Number(process.env.CORRUPT_RANDOM ?? 60);

function reviewed(c: Capture, status: 'confirmed' | 'dismissed', updatedAt: string): Capture {
  return { ...c, reviews: c.findings.map((f) => ({ findingKey: findingKey(f), status, ...(status === 'dismissed' ? { reason: '口径不同' } : {}), note: '备注 <b>x</b>', updatedAt })) };
}

const agency = (i: number) => `第${i}县人民政府办公室`;
const base = (i: number, extra: Partial<Parameters<typeof capture>[0]> = {}) =>
  capture({ agency: agency(i), year: 2023, sourceUrl: `https://www.x${i}.gov.cn/nb.html`, findings: [finding('t3-balance'), finding('t4-block-total', 'warning', 'litigationDirect')], ...extra });

/** What the library holds before each import: four reports, two of them reviewed. */
const STORED: Capture[] = [reviewed(base(1), 'confirmed', '2024-02-01T00:00:00.000Z'), reviewed(base(2), 'dismissed', '2024-02-01T00:00:00.000Z'), base(3), base(4)];

/**
 * The file: one report already present, a newer version of report 2 with newer reviews, four new reports; in
 * version 1 (old files, extension exports) or version 2 (packed reports, what the library exports).
 */
function libraryFileText(version: 1 | 2): string {
  const newer = reviewed(base(2, { year: 2023, findings: [finding('t3-balance')] }), 'confirmed', '2024-06-01T00:00:00.000Z');
  const changed: Capture = { ...newer, contentHash: 'changed-hash', report: { ...newer.report, title: `${newer.report.title}（更正）` } };
  const fresh = [5, 6, 7, 8].map((i) => ({ ...base(i), html: `<html><body><p>第${i}份报告 &lt;script&gt;</p><img src=x onerror="alert(1)"></body></html>` }));
  const file: LibraryFile = {
    type: LIBRARY_FILE_TYPE,
    version: LIBRARY_FILE_VERSION,
    exportedAt: '2025-01-01T00:00:00.000Z',
    app: { name: 'nianbao-inspector-library', version: '0.1.0' },
    captures: [STORED[0], changed, ...fresh],
    agencies: [{ name: agency(5), region: '某省某市', level: 'county' }],
  };
  return JSON.stringify(version === 1 ? file : packLibraryFile(file), null, 1);
}

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Kind = 'truncate' | 'flip' | 'delete';
function corrupt(bytes: Uint8Array, kind: Kind, at: number, rnd: () => number): Uint8Array {
  if (kind === 'truncate') return bytes.slice(0, at);
  if (kind === 'flip') {
    const out = bytes.slice();
    out[at] ^= 1 + Math.floor(rnd() * 255);
    return out;
  }
  const len = 1 + Math.floor(rnd() * 64);
  return new Uint8Array([...bytes.subarray(0, at), ...bytes.subarray(Math.min(bytes.length, at + len))]);
}

async function seeded(): Promise<LibraryDb> {
  const db = freshDb();
  const session = new ImportSession(db);
  await session.setCaptures('stored', STORED);
  await session.commit(true, 'p');
  return db;
}

const exportText = async (db: LibraryDb) => JSON.stringify(await exportLibrary(db, { appVersion: 't', now: 'x' }));

async function recordIds(db: LibraryDb): Promise<{ reports: Set<string>; reviews: Set<string> }> {
  return { reports: new Set(await db.reports.toCollection().primaryKeys()), reviews: new Set(await db.reviews.toCollection().primaryKeys()) };
}

describe.each([1, 2] as const)('library file version %i: import under corruption at any byte', (version) => {
  it('is all-or-nothing, and loses no stored record', { timeout: 600_000 }, async () => {
    const text = libraryFileText(version);
    if (version === 2) expect(text).toContain('"version": 2');
    const bytes = new TextEncoder().encode(text);
    // The uncorrupted file is accepted (control: the test would notice a file that can never be imported).
    const control = readImportFile('library.json', bytes, env);
    expect(control.ok && control.captures.length).toBe(6);

    const rnd = mulberry32(20241130);
    const cases: { kind: Kind; at: number }[] = [];
    const step = Number(process.env.CORRUPT_STEP ?? Math.ceil(bytes.length / POSITIONS));
    for (let at = 0; at < bytes.length; at += step) for (const kind of ['truncate', 'flip', 'delete'] as const) cases.push({ kind, at });
    for (let i = 0; i < RANDOM_CASES; i++) cases.push({ kind: (['truncate', 'flip', 'delete'] as const)[i % 3], at: Math.floor(rnd() * bytes.length) });

    const db = await seeded();
    const before = await exportText(db);
    const stored = await recordIds(db);
    expect(stored.reports.size).toBe(4);
    expect(stored.reviews.size).toBe(4);

    const tally = { tried: 0, rejected: 0, accepted: 0, partial: 0, recordsLost: 0, identicalAfterReject: 0 };
    for (const c of cases) {
      tally.tried++;
      const input = corrupt(bytes, c.kind, c.at, rnd);
      const file = readImportFile('library.json', input, env);
      const label = `${c.kind} at ${c.at}`;
      if (!file.ok) {
        tally.rejected++;
        // The import screen offers commit only for readable files: dropping the rejected one leaves nothing to write.
        const session = new ImportSession(db);
        const preview = await session.setFiles([file]);
        expect(preview.files[0]?.ok, label).toBe(false);
        expect((await session.dropRejected()).candidates, label).toBe(0);
        if ((await exportText(db)) === before) tally.identicalAfterReject++;
        continue;
      }
      tally.accepted++;
      // Inert corruption: what was read validates (re-serialised, it is a valid library file) and is imported whole.
      expect(parseLibraryFile(JSON.stringify({ type: LIBRARY_FILE_TYPE, version: LIBRARY_FILE_VERSION, exportedAt: 'x', app: { name: 't', version: '1' }, captures: file.captures.map(unpackCapture), agencies: file.agencies })).ok, label).toBe(true);
      const target = await seeded();
      const session = new ImportSession(target);
      await session.setFiles([file]);
      await session.commit(true, 'p');
      const after = await recordIds(target);
      for (const id of stored.reports) if (!after.reports.has(id)) tally.recordsLost++;
      for (const id of stored.reviews) if (!after.reviews.has(id)) tally.recordsLost++;
      if (!file.captures.every((cap) => after.reports.has(captureIdentity(cap)))) tally.partial++;
      expect(parseLibraryFile(await exportText(target)).ok, label).toBe(true);
      target.close();
    }
    console.log(
      `[corrupt-import] file v${version} ${bytes.length} bytes; corrupt imports tried: ${tally.tried} (rejected ${tally.rejected}, accepted as inert ${tally.accepted}); ` +
        `library identical after a rejected file: ${tally.identicalAfterReject}/${tally.rejected}; partial imports: ${tally.partial}; records lost: ${tally.recordsLost}`,
    );
    expect(tally.identicalAfterReject).toBe(tally.rejected);
    expect(tally.partial).toBe(0);
    expect(tally.recordsLost).toBe(0);
    // Both outcomes happened (a run where everything is rejected, or accepted, would test half of the claim).
    expect(tally.rejected).toBeGreaterThan(0);
    expect(tally.accepted).toBeGreaterThan(0);
    expect(await exportText(db)).toBe(before);
  });
});
