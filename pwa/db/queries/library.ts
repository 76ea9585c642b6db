import type { LibraryDb } from '../app-db.ts';
import { agencyIdPrefix } from '../identity.ts';
import type { AgencyRow, BodyRow, ReportRow } from '../records.ts';

/** Every listing row (small rows; bodies stay on disk). */
export function listReports(db: LibraryDb): Promise<ReportRow[]> {
  return db.reports.toArray();
}

export function countReports(db: LibraryDb): Promise<number> {
  return db.reports.count();
}

/** Indexed query: reports of one region and year ([region+year] index, schema v2). */
export function reportsOfRegionYear(db: LibraryDb, region: string, year: number): Promise<ReportRow[]> {
  return db.reports.where('[region+year]').equals([region, year]).toArray();
}

/** Indexed query: one agency's reports, oldest first ([agency+year] index). */
export function reportsOfAgency(db: LibraryDb, agency: string): Promise<ReportRow[]> {
  return db.reports.where('[agency+year]').between([agency, -Infinity], [agency, Infinity]).toArray();
}

/**
 * One agency's rows and bodies, both requested at once: the bodies by the id prefix the agency's report ids share
 * (pwa/db/identity.ts), so the bodies need not wait for the rows. Bodies of other reports that share the prefix are
 * left out, and any body the prefix missed is read by id.
 */
export async function agencyWithBodies(db: LibraryDb, agency: string): Promise<{ rows: ReportRow[]; bodies: Map<string, BodyRow> }> {
  const [rows, prefixed] = await Promise.all([reportsOfAgency(db, agency), db.bodies.where(':id').startsWith(agencyIdPrefix(agency)).toArray()]);
  const ids = new Set(rows.map((r) => r.id));
  const bodies = new Map<string, BodyRow>();
  for (const b of prefixed) if (ids.has(b.id)) bodies.set(b.id, b);
  const missing = rows.filter((r) => !bodies.has(r.id)).map((r) => r.id);
  if (missing.length) for (const b of await db.bodies.bulkGet(missing)) if (b) bodies.set(b.id, b);
  return { rows, bodies };
}

/** Indexed query: reports with a finding of one rule (multi-entry index, schema v2). */
export function reportsWithRule(db: LibraryDb, ruleId: string): Promise<ReportRow[]> {
  return db.reports.where('ruleIds').equals(ruleId).toArray();
}

export function listAgencies(db: LibraryDb): Promise<AgencyRow[]> {
  return db.agencies.toArray();
}

export function agenciesOfRegion(db: LibraryDb, region: string): Promise<AgencyRow[]> {
  return db.agencies.where('region').equals(region).toArray();
}

/** Sets an agency's region and level, and copies them onto its reports (one transaction). */
export async function saveAgency(db: LibraryDb, agency: AgencyRow): Promise<void> {
  await db.transaction('rw', db.agencies, db.reports, async () => {
    await db.agencies.put(agency);
    await db.reports.where('agency').equals(agency.name).modify({ region: agency.region, level: agency.level });
  });
}

/** Deletes reports with their bodies, findings and reviews. */
export async function deleteReports(db: LibraryDb, ids: readonly string[]): Promise<void> {
  await db.transaction('rw', [db.reports, db.bodies, db.findings, db.reviews], async () => {
    await db.reports.bulkDelete([...ids]);
    await db.bodies.bulkDelete([...ids]);
    await db.findings.where('reportId').anyOf([...ids]).delete();
    await db.reviews.where('reportId').anyOf([...ids]).delete();
  });
}
