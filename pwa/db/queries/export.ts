import {
  LIBRARY_FILE_TYPE,
  LIBRARY_FILE_VERSION,
  type Capture,
  type LibraryFile,
} from '../../../core/index.ts';
import type { LibraryDb } from '../app-db.ts';
import { rowsToCapture } from '../convert.ts';
import type { FindingRow, ReportRow, ReviewRow } from '../records.ts';

export const APP_NAME = 'nianbao-inspector-library';

/** The whole library (ids omitted) or a selection as a library file (core/export/library-file.ts). */
export async function exportLibrary(db: LibraryDb, options: { ids?: readonly string[]; appVersion: string; now?: string }): Promise<LibraryFile> {
  return db.transaction('r', [db.reports, db.bodies, db.findings, db.reviews, db.agencies], async () => {
    const reports = options.ids ? (await db.reports.bulkGet([...options.ids])).filter((r): r is ReportRow => !!r) : await db.reports.toArray();
    reports.sort((a, b) => a.id.localeCompare(b.id));
    const ids = reports.map((r) => r.id);
    const bodies = await db.bodies.bulkGet(ids);
    const findings = groupBy(await db.findings.where('reportId').anyOf(ids).toArray());
    const reviews = groupBy(await db.reviews.where('reportId').anyOf(ids).toArray());
    const captures: Capture[] = [];
    reports.forEach((report, i) => {
      const body = bodies[i];
      if (!body) return;
      captures.push(
        rowsToCapture({
          report,
          body,
          findings: (findings.get(report.id) ?? []).sort((a, b) => a.id.localeCompare(b.id)),
          reviews: (reviews.get(report.id) ?? []).sort((a, b) => a.id.localeCompare(b.id)),
        }),
      );
    });
    const agencyNames = new Set(reports.map((r) => r.agency));
    const agencies = (await db.agencies.toArray())
      .filter((a) => agencyNames.has(a.name))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((a) => ({ name: a.name, ...(a.region ? { region: a.region } : {}), level: a.level }));
    return {
      type: LIBRARY_FILE_TYPE,
      version: LIBRARY_FILE_VERSION,
      exportedAt: options.now ?? new Date().toISOString(),
      app: { name: APP_NAME, version: options.appVersion },
      captures,
      agencies,
    };
  });
}

function groupBy<T extends { reportId: string }>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.reportId);
    if (list) list.push(r);
    else out.set(r.reportId, [r]);
  }
  return out;
}

/** One row per finding with its report and review, for CSV / xlsx. */
export interface FindingExportRow {
  report: ReportRow;
  finding: FindingRow;
  review: ReviewRow | null;
}

export async function findingsForExport(db: LibraryDb, ids?: readonly string[]): Promise<FindingExportRow[]> {
  return db.transaction('r', [db.reports, db.findings, db.reviews], async () => {
    const reports = ids ? (await db.reports.bulkGet([...ids])).filter((r): r is ReportRow => !!r) : await db.reports.toArray();
    const byId = new Map(reports.map((r) => [r.id, r]));
    const reportIds = [...byId.keys()];
    const findings = await db.findings.where('reportId').anyOf(reportIds).toArray();
    const reviews = new Map((await db.reviews.where('reportId').anyOf(reportIds).toArray()).map((r) => [r.id, r]));
    const rows = findings.map((finding) => ({ report: byId.get(finding.reportId)!, finding, review: reviews.get(finding.id) ?? null }));
    rows.sort(
      (a, b) =>
        a.report.agency.localeCompare(b.report.agency, 'zh-CN') ||
        a.report.year - b.report.year ||
        a.finding.id.localeCompare(b.finding.id),
    );
    return rows;
  });
}
