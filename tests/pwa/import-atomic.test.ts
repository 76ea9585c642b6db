import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Capture } from '../../core/index.ts';
import { commitImport, exportLibrary, previewImport, tableCounts } from '../../pwa/db/queries/index.ts';
import { ImportSession } from '../../pwa/import/session.ts';
import type { LibraryDb } from '../../pwa/db/app-db.ts';
import { capture, finding } from './capture-helpers.ts';
import { freshDb } from './db-helpers.ts';

const agencyOf = (i: number) => `第${i}县人民政府`;

function many(n: number, from = 0): Capture[] {
  return Array.from({ length: n }, (_, i) => capture({ agency: agencyOf(from + i), year: 2020 + (i % 5), sourceUrl: `https://x${from + i}.gov.cn/r.html`, findings: [finding('t3-balance')] }));
}

async function snapshot(db: LibraryDb) {
  return { counts: await tableCounts(db), file: JSON.stringify(await exportLibrary(db, { appVersion: 't', now: 'x' })) };
}

describe('import is all-or-nothing', () => {
  it('a failure in the middle of the write leaves the library exactly as it was', { timeout: 60_000 }, async () => {
    const db = freshDb();
    const first = many(20);
    await commitImport(db, await previewImport(db, first.map((c) => ({ source: 'a', capture: c }))), { parserVersion: 'p' });
    const before = await snapshot(db);
    expect(before.counts.reports).toBe(20);

    // 300 reports: new ones, a changed version of a stored one, and one whose finding cannot be stored (a function is
    // not cloneable: IndexedDB throws DataCloneError while writing, after the earlier reports were queued).
    const batch = [...many(150, 100), { ...first[3], contentHash: 'changed', report: { ...first[3].report, title: 'changed' } }, ...many(149, 300)];
    const broken = structuredClone(batch[200]);
    (broken.findings[0] as { actual: unknown }).actual = () => 1;
    batch[200] = broken;
    const preview = await previewImport(db, batch.map((c) => ({ source: 'b', capture: c })));
    expect(preview.filter((p) => p.status === 'new')).toHaveLength(299);
    expect(preview.filter((p) => p.status === 'conflict')).toHaveLength(1);
    await expect(commitImport(db, preview, { parserVersion: 'p' })).rejects.toThrow();

    expect(await snapshot(db)).toEqual(before);
  });

  it('the import session (what the worker runs) previews summaries and commits, or leaves the library unchanged', async () => {
    const db = freshDb();
    const session = new ImportSession(db);
    const caps = many(30);
    const preview = await session.setFiles([
      { ok: true, name: 'one.json', kind: 'library', captures: caps.slice(0, 20), agencies: [{ name: agencyOf(0), region: '某省', level: 'county' }] },
      { ok: false, name: 'bad.json', kind: 'library', error: { id: 'import.error.schema', data: { detail: 'captures.1.report.year: x' } } },
      { ok: true, name: 'two.json', kind: 'library', captures: [...caps.slice(20), caps[0]], agencies: [] },
    ]);
    expect(preview.candidates).toBe(31);
    expect(preview.files.map((f) => f.ok)).toEqual([true, false, true]);
    expect(preview.items.filter((i) => i.status === 'duplicate')).toHaveLength(1);
    expect(preview.items[1]).toMatchObject({ source: 'one.json', title: caps[1].report.title, agency: agencyOf(1), counts: { error: 1, warning: 0, info: 0 } });
    expect(JSON.stringify(preview)).not.toContain('"tables"'); // summaries only, no report bodies

    const dropped = await session.dropRejected();
    expect(dropped.files.map((f) => f.name)).toEqual(['one.json', 'two.json']);
    const result = await session.commit(true, 'p');
    expect(result).toEqual({ added: 30, replaced: 0, skipped: 1 });
    expect((await tableCounts(db)).reports).toBe(30);
    expect((await db.agencies.get(agencyOf(0)))?.region).toBe('某省');

    const before = await snapshot(db);
    const bad = many(10, 500);
    (bad[7].findings[0] as { actual: unknown }).actual = () => 1;
    await session.setCaptures('extension', bad);
    await expect(session.commit(true, 'p')).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
  });
});
