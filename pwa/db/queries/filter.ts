import type { ReviewStatus, Severity } from '../../../core/index.ts';
import type { ReportRow } from '../records.ts';

export interface LibraryFilter {
  region?: string;
  agency?: string;
  level?: string;
  year?: number;
  severity?: Severity;
  ruleId?: string;
  review?: ReviewStatus;
  search?: string;
}

export type SortKey = 'year-desc' | 'year-asc' | 'agency' | 'errors' | 'findings' | 'imported';

/** Pure filter over the listing rows (all in memory: 10,000 rows filter in a few ms). */
export function filterReports(rows: readonly ReportRow[], f: LibraryFilter): ReportRow[] {
  const needle = f.search?.trim().toLowerCase() ?? '';
  return rows.filter((r) => {
    if (f.region !== undefined && (r.region ?? '') !== f.region) return false;
    if (f.agency !== undefined && r.agency !== f.agency) return false;
    if (f.level !== undefined && (r.level ?? 'unknown') !== f.level) return false;
    if (f.year !== undefined && r.year !== f.year) return false;
    if (f.severity !== undefined && r.counts[f.severity] === 0) return false;
    if (f.ruleId !== undefined && !(r.ruleIds ?? []).includes(f.ruleId)) return false;
    if (f.review !== undefined && r.review[f.review] === 0) return false;
    if (needle) {
      const hay = `${r.title}\u0000${r.agency}\u0000${r.region ?? ''}\u0000${r.sourceUrl ?? ''}`.toLowerCase();
      if (!hay.includes(needle)) return false;
    }
    return true;
  });
}

const total = (r: ReportRow) => r.counts.error + r.counts.warning + r.counts.info;

/** One collator for every comparison: same order as localeCompare(…, 'zh-CN'), without building one per call. */
const ZH = new Intl.Collator('zh-CN');

export function sortReports(rows: ReportRow[], key: SortKey): ReportRow[] {
  const byAgency = (a: ReportRow, b: ReportRow) => ZH.compare(a.agency, b.agency) || b.year - a.year;
  const cmp: Record<SortKey, (a: ReportRow, b: ReportRow) => number> = {
    'year-desc': (a, b) => b.year - a.year || byAgency(a, b),
    'year-asc': (a, b) => a.year - b.year || byAgency(a, b),
    agency: byAgency,
    errors: (a, b) => b.counts.error - a.counts.error || b.counts.warning - a.counts.warning || byAgency(a, b),
    findings: (a, b) => total(b) - total(a) || byAgency(a, b),
    imported: (a, b) => b.importedAt.localeCompare(a.importedAt) || byAgency(a, b),
  };
  return rows.sort(cmp[key]);
}

export interface Facets {
  regions: string[];
  agencies: string[];
  levels: string[];
  years: number[];
  ruleIds: string[];
}

/** The values each filter can take, from the rows. */
export function facetsOf(rows: readonly ReportRow[]): Facets {
  const regions = new Set<string>();
  const agencies = new Set<string>();
  const levels = new Set<string>();
  const years = new Set<number>();
  const ruleIds = new Set<string>();
  for (const r of rows) {
    regions.add(r.region ?? '');
    agencies.add(r.agency);
    levels.add(r.level ?? 'unknown');
    years.add(r.year);
    for (const id of r.ruleIds ?? []) ruleIds.add(id);
  }
  const zh = ZH.compare;
  return {
    regions: [...regions].sort(zh),
    agencies: [...agencies].sort(zh),
    levels: [...levels].sort(),
    years: [...years].sort((a, b) => b - a),
    ruleIds: [...ruleIds].sort(),
  };
}

export interface Totals {
  reports: number;
  error: number;
  warning: number;
  info: number;
  open: number;
  confirmed: number;
  dismissed: number;
}

export function totalsOf(rows: readonly ReportRow[]): Totals {
  const t: Totals = { reports: rows.length, error: 0, warning: 0, info: 0, open: 0, confirmed: 0, dismissed: 0 };
  for (const r of rows) {
    t.error += r.counts.error;
    t.warning += r.counts.warning;
    t.info += r.counts.info;
    t.open += r.review.open;
    t.confirmed += r.review.confirmed;
    t.dismissed += r.review.dismissed;
  }
  return t;
}
