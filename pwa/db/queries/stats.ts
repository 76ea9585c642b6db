import type { LibraryDb } from '../app-db.ts';

export interface TableCounts {
  reports: number;
  bodies: number;
  findings: number;
  reviews: number;
  agencies: number;
}

export async function tableCounts(db: LibraryDb): Promise<TableCounts> {
  return db.transaction('r', [db.reports, db.bodies, db.findings, db.reviews, db.agencies], async () => ({
    reports: await db.reports.count(),
    bodies: await db.bodies.count(),
    findings: await db.findings.count(),
    reviews: await db.reviews.count(),
    agencies: await db.agencies.count(),
  }));
}
