import type { LibraryDb } from '../app-db.ts';
import type { AgencyRow, ReportRow } from '../records.ts';

export interface RegionYear {
  reports: ReportRow[];
  /** Agencies of the region with no report for the year. */
  missing: AgencyRow[];
}

/** A region for one year: its captured reports and who has not been captured yet (indexed queries). */
export async function regionYear(db: LibraryDb, region: string, year: number): Promise<RegionYear> {
  return db.transaction('r', [db.reports, db.agencies], async () => {
    const reports = await db.reports.where('[region+year]').equals([region, year]).toArray();
    const agencies = await db.agencies.where('region').equals(region).toArray();
    const captured = new Set(reports.map((r) => r.agency));
    return { reports, missing: agencies.filter((a) => !captured.has(a.name)).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')) };
  });
}
