import type { LibraryDb } from '../app-db.ts';
import type { CaptureRows } from '../convert.ts';
import type { BodyRow, FindingRow, ReportRow, ReviewRow } from '../records.ts';

export interface ReportDetail extends CaptureRows {}

export async function getReportDetail(db: LibraryDb, id: string): Promise<ReportDetail | null> {
  return db.transaction('r', [db.reports, db.bodies, db.findings, db.reviews], async () => {
    const report = await db.reports.get(id);
    const body = await db.bodies.get(id);
    if (!report || !body) return null;
    const findings = await db.findings.where('reportId').equals(id).toArray();
    const reviews = await db.reviews.where('reportId').equals(id).toArray();
    return { report, body, findings, reviews };
  });
}

export function getReportRow(db: LibraryDb, id: string): Promise<ReportRow | undefined> {
  return db.reports.get(id);
}

export async function getBodies(db: LibraryDb, ids: readonly string[]): Promise<BodyRow[]> {
  return (await db.bodies.bulkGet([...ids])).filter((b): b is BodyRow => !!b);
}

/** The report of the same agency for year − 1, if stored (the cross-year rules need it). */
export async function getPreviousYear(db: LibraryDb, row: Pick<ReportRow, 'agency' | 'year'>): Promise<{ row: ReportRow; body: BodyRow } | null> {
  if (!row.agency || !row.year) return null;
  const prev = await db.reports.where('[agency+year]').equals([row.agency, row.year - 1]).first();
  if (!prev) return null;
  const body = await db.bodies.get(prev.id);
  return body ? { row: prev, body } : null;
}

export function findingsOf(db: LibraryDb, reportId: string): Promise<FindingRow[]> {
  return db.findings.where('reportId').equals(reportId).toArray();
}

export function reviewsOf(db: LibraryDb, reportId: string): Promise<ReviewRow[]> {
  return db.reviews.where('reportId').equals(reportId).toArray();
}
