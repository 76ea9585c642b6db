import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { parseLibraryFile } from '../../core/index.ts';
import {
  commitImport,
  deleteReports,
  exportLibrary,
  facetsOf,
  filterReports,
  getPreviousYear,
  previewImport,
  recheckReports,
  regionYear,
  reportsNeedingRecheck,
  reportsOfAgency,
  saveAgency,
  saveReview,
  sortReports,
  tableCounts,
  totalsOf,
  ReviewReasonRequiredError,
} from '../../pwa/db/queries/index.ts';
import { normaliseUrl, reportIdentity } from '../../pwa/db/identity.ts';
import type { LibraryDb } from '../../pwa/db/app-db.ts';
import { capture, finding } from './capture-helpers.ts';
import { freshDb } from './db-helpers.ts';

async function seed(db: LibraryDb) {
  const caps = [
    capture({ agency: '甲县人民政府', year: 2022, sourceUrl: 'https://www.a.gov.cn/2022.html', findings: [finding('t3-balance')] }),
    capture({ agency: '甲县人民政府', year: 2023, sourceUrl: 'https://www.a.gov.cn/2023.html', findings: [finding('t4-block-total', 'warning')] }),
    capture({ agency: '乙区人民政府', year: 2023, sourceUrl: 'https://b.gov.cn/2023.html' }),
  ];
  await commitImport(db, await previewImport(db, caps.map((c) => ({ source: 's', capture: c }))), {
    parserVersion: 'p1',
    agencies: [
      { name: '甲县人民政府', region: '某市', level: 'county' },
      { name: '乙区人民政府', region: '某市', level: 'county' },
      { name: '丙镇人民政府', region: '某市', level: 'township' },
    ],
  });
  return caps;
}

describe('identity', () => {
  it('normalises scheme, www, fragment, trailing slash and query order', () => {
    expect(normaliseUrl('https://WWW.Example.gov.cn/a/b/?y=2&x=1#top')).toBe('example.gov.cn/a/b?x=1&y=2');
    expect(normaliseUrl('http://example.gov.cn/a/b?x=1&y=2')).toBe('example.gov.cn/a/b?x=1&y=2');
    expect(reportIdentity('某局', 2023, 'https://www.x.cn/r.html')).toBe(reportIdentity('某局', 2023, 'http://x.cn/r.html#p'));
    expect(reportIdentity('某局', 2023, 'https://x.cn/r.html')).not.toBe(reportIdentity('某局', 2022, 'https://x.cn/r.html'));
  });
});

describe('library queries', () => {
  it('filters, sorts, counts and lists facets', async () => {
    const db = freshDb();
    await seed(db);
    const rows = await db.reports.toArray();
    expect(filterReports(rows, { agency: '甲县人民政府' })).toHaveLength(2);
    expect(filterReports(rows, { region: '某市', year: 2023 })).toHaveLength(2);
    expect(filterReports(rows, { severity: 'error' }).map((r) => r.year)).toEqual([2022]);
    expect(filterReports(rows, { ruleId: 't4-block-total' }).map((r) => r.year)).toEqual([2023]);
    expect(filterReports(rows, { review: 'open' })).toHaveLength(2);
    expect(filterReports(rows, { search: '乙区' })).toHaveLength(1);
    expect(filterReports(rows, { level: 'township' })).toHaveLength(0);
    expect(sortReports([...rows], 'year-asc').map((r) => r.year)).toEqual([2022, 2023, 2023]);
    expect(sortReports([...rows], 'errors')[0].year).toBe(2022);
    expect(facetsOf(rows).years).toEqual([2023, 2022]);
    expect(totalsOf(rows)).toMatchObject({ reports: 3, error: 1, warning: 1, open: 2 });
  });

  it('answers indexed queries: an agency over the years, the previous year, a region and who is missing', async () => {
    const db = freshDb();
    await seed(db);
    expect((await reportsOfAgency(db, '甲县人民政府')).map((r) => r.year)).toEqual([2022, 2023]);
    const cur = (await reportsOfAgency(db, '甲县人民政府'))[1];
    expect((await getPreviousYear(db, cur))?.row.year).toBe(2022);
    const region = await regionYear(db, '某市', 2023);
    expect(region.reports.map((r) => r.agency).sort()).toEqual(['乙区人民政府', '甲县人民政府']);
    expect(region.missing.map((a) => a.name)).toEqual(['丙镇人民政府']);
    await saveAgency(db, { name: '乙区人民政府', region: '他市', level: 'county' });
    expect((await regionYear(db, '某市', 2023)).reports).toHaveLength(1);
  });

  it('records reviews: dismissal needs a reason, counts follow', async () => {
    const db = freshDb();
    await seed(db);
    const [f] = await db.findings.where('ruleId').equals('t3-balance').toArray();
    await expect(saveReview(db, f, { status: 'dismissed' })).rejects.toBeInstanceOf(ReviewReasonRequiredError);
    await saveReview(db, f, { status: 'dismissed', reason: '口径不同', note: 'n', reviewer: '李四' }, '2025-01-02T00:00:00.000Z');
    const row = await db.reports.get(f.reportId);
    expect(row?.review).toEqual({ open: 0, confirmed: 0, dismissed: 1 });
    expect(await db.reviews.get(f.id)).toMatchObject({ status: 'dismissed', reason: '口径不同', reviewer: '李四', createdAt: '2025-01-02T00:00:00.000Z' });
    await saveReview(db, f, { status: 'confirmed' }, '2025-01-03T00:00:00.000Z');
    expect(await db.reviews.get(f.id)).toMatchObject({ status: 'confirmed', reason: undefined, createdAt: '2025-01-02T00:00:00.000Z', updatedAt: '2025-01-03T00:00:00.000Z' });
  });

  it('exports a library file that imports into an empty library identically', async () => {
    const db = freshDb();
    await seed(db);
    const [f] = await db.findings.toArray();
    await saveReview(db, f, { status: 'confirmed', note: '属实', reviewer: '王五' });
    const file = await exportLibrary(db, { appVersion: '1', now: 'now' });
    expect(file.captures).toHaveLength(3);
    const parsed = parseLibraryFile(JSON.stringify(file));
    expect(parsed.ok).toBe(true);
    const other = freshDb();
    if (!parsed.ok) return;
    await commitImport(other, await previewImport(other, parsed.file.captures.map((c) => ({ source: 'f', capture: c }))), { parserVersion: 'p1', agencies: parsed.file.agencies });
    expect(await exportLibrary(other, { appVersion: '1', now: 'now' })).toEqual({ ...file, agencies: file.agencies });
    const selection = await exportLibrary(db, { ids: [f.reportId], appVersion: '1' });
    expect(selection.captures).toHaveLength(1);
    expect(selection.captures[0].reviews[0]).toMatchObject({ status: 'confirmed', note: '属实', reviewer: '王五' });
  });

  it('deletes reports with everything that belongs to them', async () => {
    const db = freshDb();
    await seed(db);
    const ids = (await reportsOfAgency(db, '甲县人民政府')).map((r) => r.id);
    await deleteReports(db, ids);
    expect(await tableCounts(db)).toMatchObject({ reports: 1, bodies: 1, findings: 0, reviews: 0 });
  });
});

describe('re-check', () => {
  it('re-runs the rules with the previous year and reports new and resolved findings', async () => {
    const db = freshDb();
    await seed(db);
    expect((await reportsNeedingRecheck(db, 'test-rules', 'p1')).length).toBe(0);
    const stale = await reportsNeedingRecheck(db, 'rules-2', 'p1');
    expect(stale).toHaveLength(3);
    const seenPrevious: (number | null)[] = [];
    const changes = await recheckReports(db, stale.map((r) => r.id), {
      rulesVersion: 'rules-2',
      parserVersion: 'p1',
      run: (report, previous) => {
        seenPrevious.push(previous?.year ?? null);
        return report.agency === '乙区人民政府' ? [finding('new-rule', 'info')] : [];
      },
    });
    expect(seenPrevious.sort()).toEqual([2022, null, null].sort());
    const byAgency = Object.fromEntries(changes.map((c) => [`${c.agency}${c.year}`, [c.added.length, c.resolved.length]]));
    expect(byAgency).toEqual({ 甲县人民政府2022: [0, 1], 甲县人民政府2023: [0, 1], 乙区人民政府2023: [1, 0] });
    expect((await reportsNeedingRecheck(db, 'rules-2', 'p1')).length).toBe(0);
    expect((await db.reports.toArray()).find((r) => r.agency === '乙区人民政府')?.counts).toEqual({ error: 0, warning: 0, info: 1 });
  });

  it('re-parses kept HTML when the parser version changed', async () => {
    const db = freshDb();
    const caps = await seed(db);
    const reparsed = { ...caps[2].report, title: 'NEW TITLE' };
    const changes = await recheckReports(db, [(await db.reports.toArray()).find((r) => r.agency === '乙区人民政府')!.id], {
      rulesVersion: 'test-rules',
      parserVersion: 'p2',
      reparse: () => reparsed,
      run: () => [],
    });
    expect(changes[0].reparsed).toBe(true);
    const row = (await db.reports.toArray()).find((r) => r.agency === '乙区人民政府')!;
    expect(row.parserVersion).toBe('p2');
    expect(row.title).toBe('NEW TITLE');
  });
});
