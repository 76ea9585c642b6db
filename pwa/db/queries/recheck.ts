import { reportHash, type Finding, type Report } from '../../../core/index.ts';
import type { LibraryDb } from '../app-db.ts';
import { reviewCounts, severityCounts, toFindingRows } from '../convert.ts';
import { guardQuota } from '../errors.ts';
import { toStoredBody } from '../stored-body.ts';
import type { BodyRow, FindingRow, ReportRow } from '../records.ts';

export interface RecheckDeps {
  rulesVersion: string;
  parserVersion: string;
  /** Re-parses kept HTML when the parser version changed; null when the page no longer parses (then the stored report is kept). */
  reparse?: (html: string, url: string | null) => Report | null;
  /** Runs the rules (core runRules with the previous year's report). */
  run: (report: Report, previous: Report | null) => Finding[];
}

export interface RecheckChange {
  id: string;
  title: string;
  agency: string;
  year: number;
  reparsed: boolean;
  added: FindingRow[];
  resolved: FindingRow[];
}

/** Reports checked by an older rule set or parsed by an older parser. */
export async function reportsNeedingRecheck(db: LibraryDb, rulesVersion: string, parserVersion: string): Promise<ReportRow[]> {
  return db.reports.filter((r) => r.rulesVersion !== rulesVersion || r.parserVersion !== parserVersion).toArray();
}

/**
 * Re-runs the rules over the given reports (oldest year first, so a re-parsed previous year is used by the next),
 * re-parsing kept HTML when the parser changed. Reviews are kept (findings keep their keys). Returns what changed.
 */
export async function recheckReports(
  db: LibraryDb,
  ids: readonly string[],
  deps: RecheckDeps,
  onProgress?: (done: number, total: number) => void,
): Promise<RecheckChange[]> {
  const rows = (await db.reports.bulkGet([...ids])).filter((r): r is ReportRow => !!r).sort((a, b) => a.year - b.year);
  const changes: RecheckChange[] = [];
  let done = 0;
  for (const row of rows) {
    const body = await db.bodies.get(row.id);
    if (!body) continue;
    let report = body.report;
    let reparsed = false;
    if (row.parserVersion !== deps.parserVersion && body.html && deps.reparse) {
      const fresh = deps.reparse(body.html, row.sourceUrl);
      if (fresh) {
        report = fresh;
        reparsed = true;
      }
    }
    const prevRow = row.agency && row.year ? await db.reports.where('[agency+year]').equals([row.agency, row.year - 1]).first() : undefined;
    const prevBody: BodyRow | undefined = prevRow ? await db.bodies.get(prevRow.id) : undefined;
    const findings = toFindingRows(row.id, deps.run(report, prevBody?.report ?? null));
    const change = await guardQuota(() =>
      db.transaction('rw', [db.reports, db.bodies, db.findings, db.reviews], async () => {
        const old = await db.findings.where('reportId').equals(row.id).toArray();
        const oldKeys = new Set(old.map((f) => f.id));
        const newKeys = new Set(findings.map((f) => f.id));
        const reviews = await db.reviews.where('reportId').equals(row.id).toArray();
        await db.findings.where('reportId').equals(row.id).delete();
        await db.findings.bulkPut(findings);
        if (reparsed) await db.bodies.put(toStoredBody({ ...body, report }));
        const hash = reparsed ? reportHash(report) : row.contentHash;
        await db.reports.update(row.id, {
          rulesVersion: deps.rulesVersion,
          parserVersion: reparsed || !body.html ? deps.parserVersion : row.parserVersion,
          title: report.title || row.title,
          formatVersion: report.formatVersion,
          contentHash: hash,
          previousHashes: hash !== row.contentHash ? [...row.previousHashes, row.contentHash] : row.previousHashes,
          counts: severityCounts(findings),
          review: reviewCounts(findings, reviews),
          ruleIds: [...new Set(findings.map((f) => f.ruleId))].sort(),
          updatedAt: new Date().toISOString(),
        });
        return {
          id: row.id,
          title: row.title,
          agency: row.agency,
          year: row.year,
          reparsed,
          added: findings.filter((f) => !oldKeys.has(f.id)),
          resolved: old.filter((f) => !newKeys.has(f.id)),
        };
      }),
    );
    changes.push(change);
    onProgress?.(++done, rows.length);
  }
  return changes;
}
