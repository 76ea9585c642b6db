import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLibraryFile, type LibraryFile } from '../../core/index.ts';
import { packLibraryFile, PACKED_LIBRARY_VERSION, unpackCapture } from '../../pwa/db/library-file-v2.ts';
import { exportLibrary } from '../../pwa/db/queries/index.ts';
import { readImportFile, type ImportEnv } from '../../pwa/import/read-file.ts';
import { ImportSession } from '../../pwa/import/session.ts';
import { freshDb } from './db-helpers.ts';

const env: ImportEnv = {
  parseHtml: () => {
    throw new Error('no HTML here');
  },
  runRules: () => [],
  rulesVersion: 'test',
  now: '2025-01-01T00:00:00.000Z',
};
const bytes = (s: string) => new TextEncoder().encode(s);
/** A library file as version 1 wrote it (tests/pwa/fixtures/make-library-fixtures.ts): it must import forever. */
const V1_TEXT = readFileSync(new URL('./fixtures/library-v1.json', import.meta.url), 'utf8');
const v1 = (() => {
  const parsed = parseLibraryFile(V1_TEXT);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.file;
})();

async function importText(text: string) {
  const file = readImportFile('lib.json', bytes(text), env);
  const db = freshDb();
  const session = new ImportSession(db);
  await session.setFiles([file]);
  await session.commit(true, 'p');
  return { file, db };
}

const exported = async (text: string) => {
  const { db } = await importText(text);
  const out = await exportLibrary(db, { appVersion: 't', now: 'x' });
  db.close();
  return out;
};

describe('library file version 2 (packed reports)', () => {
  it('a version-1 file still imports, exactly as core reads it', async () => {
    expect(v1.version).toBe(1);
    const { file } = await importText(V1_TEXT);
    expect(file.ok && file.captures.map(unpackCapture)).toStrictEqual(v1.captures);
    expect(file.ok && file.agencies).toStrictEqual(v1.agencies);
  });

  it('the library exports version 2: a third of the size, keys and rule ids readable, and it imports to the same library', async () => {
    const fromV1 = await exported(V1_TEXT);
    const v2Text = JSON.stringify(packLibraryFile(fromV1));
    expect(JSON.parse(v2Text).version).toBe(PACKED_LIBRARY_VERSION);
    expect(v2Text.length).toBeLessThan(JSON.stringify(fromV1).length / 2);
    // Canonical table keys and rule ids stay readable in the file.
    for (const key of ['"active"', '"applications"', '"reviewLitigation"', '"resultsTotal"', '"naturalPerson"']) expect(v2Text).toContain(key);
    for (const f of v1.captures.flatMap((c) => c.findings)) expect(v2Text).toContain(`"ruleId":"${f.ruleId}"`);
    const { file } = await importText(v2Text);
    expect(file.ok && file.captures.map(unpackCapture)).toStrictEqual(fromV1.captures);
    // Round trip through the library: the same library again (reviews included).
    expect(await exported(v2Text)).toStrictEqual(fromV1);
  });

  const packedText = () => JSON.stringify(packLibraryFile(v1));
  /** Breaks the first capture's packed report and reads the file. */
  const broken = (edit: (report: Record<string, any>) => void) => {
    const json = JSON.parse(packedText()) as { captures: { report: Record<string, any> }[] };
    edit(json.captures[0].report);
    return readImportFile('lib.json', bytes(JSON.stringify(json)), env);
  };
  const firstCell = (r: Record<string, any>) => {
    const row = Object.values(r.tables.applications)[0] as Record<string, unknown>;
    return [row, Object.keys(row)[0]] as const;
  };

  it('rejects packed shapes it never writes, naming the capture, before or through core schema', () => {
    const cases: [string, (r: Record<string, any>) => void][] = [
      ['cell of 2 items', (r) => { const [row, k] = firstCell(r); row[k] = [1, 2]; }],
      ['cell value text', (r) => { const [row, k] = firstCell(r); row[k] = ['7']; }],
      ['anchor not indexes', (r) => { const [row, k] = firstCell(r); row[k] = [7, -1, 0, 0]; }],
      ['label not text', (r) => { const labels = r.tableInfo.applications.rowLabels; labels[Object.keys(labels)[0]] = [3]; }],
      ['text ref past the text', (r) => { r.sections[0].text = [r.text.length - 2, 10]; }],
      ['anchor past the text', (r) => { r.sections[0].titleAnchor = [0, r.text.length + 1]; }],
      ['tables missing (never read as empty)', (r) => { delete r.tables.active; }],
      ['table info missing', (r) => { delete r.tableInfo.reviewLitigation; }],
      ['row not an object', (r) => { r.tables.applications[Object.keys(r.tables.applications)[0]] = [1]; }],
      ['text not text', (r) => { r.text = 5; }],
    ];
    for (const [name, edit] of cases) {
      const file = broken(edit);
      expect(file.ok, name).toBe(false);
      expect(!file.ok && file.error.id, name).toBe('import.error.schema');
      expect(!file.ok && String(file.error.data.detail), name).toMatch(/^captures\.0\.report/);
    }
    // Control: the unbroken packed file reads.
    expect(readImportFile('lib.json', bytes(packedText()), env).ok).toBe(true);
  });

  it('an unpacked report is also valid in a version-2 file (objects stay objects)', () => {
    const mixed = { ...packLibraryFile(v1), captures: [packLibraryFile(v1).captures[0], v1.captures[1]] } as unknown as LibraryFile;
    const file = readImportFile('lib.json', bytes(JSON.stringify(mixed)), env);
    expect(file.ok && file.captures.map(unpackCapture)).toStrictEqual(v1.captures);
  });

  it('an unknown version is still rejected', () => {
    const file = readImportFile('lib.json', bytes(JSON.stringify({ ...packLibraryFile(v1), version: 3 })), env);
    expect(file).toMatchObject({ ok: false, error: { id: 'import.error.schema' } });
  });
});
