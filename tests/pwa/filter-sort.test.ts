import { describe, expect, it } from 'vitest';
import { filterReports, sortReports, type SortKey } from '../../pwa/db/queries/index.ts';
import type { ReportRow } from '../../pwa/db/records.ts';

const AGENCIES = ['平潭综合实验区管委会', '福州市人民政府', '厦门市人民政府', '鼓楼区人民政府', '阿坝州人民政府', 'Zeta Office', '长乐区人民政府', '重庆市人民政府'];

function rows(n: number, seed = 7): ReportRow[] {
  let s = seed;
  const rnd = (k: number) => ((s = (s * 1103515245 + 12345) % 2147483648), Math.floor((s / 2147483648) * k));
  return Array.from({ length: n }, (_, i) => {
    const agency = AGENCIES[rnd(AGENCIES.length)];
    return {
      id: `r${i}`,
      agency,
      year: 2018 + rnd(7),
      title: `${agency}年报`,
      sourceUrl: `https://x.gov.cn/${i}`,
      normUrl: '',
      contentHash: '',
      previousHashes: [],
      captureId: '',
      capturedAt: '',
      importedAt: `2025-01-0${1 + rnd(9)}T00:00:00.000Z`,
      updatedAt: '',
      rulesVersion: '',
      parserVersion: '',
      formatVersion: '2021',
      counts: { error: rnd(3), warning: rnd(3), info: rnd(2) },
      review: { open: rnd(2), confirmed: rnd(2), dismissed: 0 },
      region: `地区${rnd(4)}`,
      level: 'county',
      ruleIds: rnd(2) ? ['t3-balance'] : [],
    } as ReportRow;
  });
}

/** The straightforward reference: localeCompare per comparison, filter first, then sort. */
function reference(list: ReportRow[], key: SortKey): ReportRow[] {
  const byAgency = (a: ReportRow, b: ReportRow) => a.agency.localeCompare(b.agency, 'zh-CN') || b.year - a.year;
  const total = (r: ReportRow) => r.counts.error + r.counts.warning + r.counts.info;
  const cmp: Record<SortKey, (a: ReportRow, b: ReportRow) => number> = {
    'year-desc': (a, b) => b.year - a.year || byAgency(a, b),
    'year-asc': (a, b) => a.year - b.year || byAgency(a, b),
    agency: byAgency,
    errors: (a, b) => b.counts.error - a.counts.error || b.counts.warning - a.counts.warning || byAgency(a, b),
    findings: (a, b) => total(b) - total(a) || byAgency(a, b),
    imported: (a, b) => b.importedAt.localeCompare(a.importedAt) || byAgency(a, b),
  };
  return [...list].sort(cmp[key]);
}

describe('library sort and filter', () => {
  const all = rows(600);
  const keys: SortKey[] = ['year-desc', 'year-asc', 'agency', 'errors', 'findings', 'imported'];

  it('sorts in the same order as comparing agency names with the zh-CN collation', () => {
    for (const key of keys) {
      const got = sortReports([...all], key).map((r) => r.id);
      expect(got, key).toEqual(reference(all, key).map((r) => r.id));
    }
  });

  it('filtering the presorted list equals sorting the filtered rows', () => {
    const filters = [{ region: '地区1' }, { year: 2020, severity: 'error' as const }, { search: '福州' }, { ruleId: 't3-balance', review: 'open' as const }, {}];
    for (const key of keys) {
      const sorted = sortReports([...all], key);
      for (const f of filters) {
        const got = filterReports(sorted, f).map((r) => r.id);
        const want = reference(filterReports(all, f), key).map((r) => r.id);
        expect(got.length, JSON.stringify(f)).toBeGreaterThan(0);
        expect(got, `${key} ${JSON.stringify(f)}`).toEqual(want);
      }
    }
  });
});
