import type { Agency } from '../../../core/index.ts';
import type { LibraryDb } from '../app-db.ts';
import { agencyToRow, captureIdentity, captureToRows, reviewCounts, severityCounts } from '../convert.ts';
import { guardQuota } from '../errors.ts';
import type { PackedCapture } from '../library-file-v2.ts';
import type { AgencyRow, FindingRow, PackedBody, ReportRow, ReviewRow } from '../records.ts';

/** One report ready to import (checked, its report in the packed form the library stores), with the file it came from. */
export interface ImportCandidate {
  source: string;
  capture: PackedCapture;
}

export type PreviewStatus = 'new' | 'present' | 'conflict' | 'duplicate';

export interface PreviewItem {
  source: string;
  id: string;
  status: PreviewStatus;
  capture: PackedCapture;
  existing: ReportRow | null;
}

/**
 * The stored report rows of these ids (undefined where none), in their order. One key-range cursor over the ids
 * that exist (anyOf), not one get per id: an import of 10,000 new reports into a small library reads almost
 * nothing, where bulkGet paid 10,000 lookups before the preview and again in the commit.
 */
async function storedRows(db: LibraryDb, ids: readonly string[]): Promise<(ReportRow | undefined)[]> {
  if (!ids.length) return [];
  const byId = new Map<string, ReportRow>();
  for (const row of await db.reports.where(':id').anyOf([...ids]).toArray()) byId.set(row.id, row);
  return ids.map((id) => byId.get(id));
}

/** Classifies candidates against the library: new, already present (same content), conflicting version, or repeated within the batch (the later copy wins). */
export async function previewImport(db: LibraryDb, candidates: readonly ImportCandidate[]): Promise<PreviewItem[]> {
  const ids = candidates.map((c) => captureIdentity(c.capture));
  const existing = await storedRows(db, ids);
  const lastIndex = new Map<string, number>();
  ids.forEach((id, i) => lastIndex.set(id, i));
  return candidates.map((c, i) => {
    const row = existing[i] ?? null;
    const status: PreviewStatus =
      lastIndex.get(ids[i]) !== i ? 'duplicate' : !row ? 'new' : row.contentHash === c.capture.contentHash ? 'present' : 'conflict';
    return { source: c.source, id: ids[i], status, capture: c.capture, existing: row };
  });
}

export interface CommitOptions {
  /** Replace the stored version of conflicting reports (default true); otherwise keep the stored one. */
  replaceConflicts?: boolean;
  agencies?: readonly Agency[];
  files?: readonly string[];
  parserVersion: string;
  now?: string;
}

export interface CommitResult {
  added: number;
  replaced: number;
  skipped: number;
}

function mergeReviews(existing: readonly ReviewRow[], incoming: readonly ReviewRow[]): ReviewRow[] {
  const byId = new Map(existing.map((r) => [r.id, r]));
  const changed: ReviewRow[] = [];
  for (const r of incoming) {
    const old = byId.get(r.id);
    if (!old || r.updatedAt > old.updatedAt) changed.push(old ? { ...r, createdAt: old.createdAt } : r);
  }
  return changed;
}

/**
 * Writes a previewed import in ONE transaction: either every report, finding, review and agency is stored, or
 * (on any error, including a full disk) nothing is.
 */
export async function commitImport(db: LibraryDb, items: readonly PreviewItem[], options: CommitOptions): Promise<CommitResult> {
  const now = options.now ?? new Date().toISOString();
  const replace = options.replaceConflicts ?? true;
  return guardQuota(() =>
    db.transaction('rw', [db.reports, db.bodies, db.findings, db.reviews, db.agencies, db.imports], async () => {
      const result: CommitResult = { added: 0, replaced: 0, skipped: 0 };
      const agencyRows = new Map<string, AgencyRow>();
      for (const a of await db.agencies.toArray()) agencyRows.set(a.name, a);
      const changedAgencies = new Map<string, AgencyRow>();
      for (const a of options.agencies ?? []) {
        const old = agencyRows.get(a.name);
        const row = agencyToRow(a);
        const merged: AgencyRow = {
          name: a.name,
          region: row.region || old?.region || '',
          level: row.level !== 'unknown' ? row.level : (old?.level ?? 'unknown'),
        };
        agencyRows.set(a.name, merged);
        changedAgencies.set(a.name, merged);
      }

      const newReports: ReportRow[] = [];
      const newBodies: PackedBody[] = [];
      const newFindings: FindingRow[] = [];
      const newReviews: ReviewRow[] = [];
      const replacedIds: string[] = [];
      const writable = items.filter((item) => !(item.status === 'duplicate' || (item.status === 'conflict' && !replace)));
      result.skipped += items.length - writable.length;
      // Batched reads (no await per report): the stored rows, and the stored reviews of those that exist.
      const currentRows = await storedRows(db, writable.map((item) => item.id));
      const existingIds = writable.filter((_, i) => currentRows[i]).map((item) => item.id);
      const storedReviewsOf = groupByReport(existingIds.length ? await db.reviews.where('reportId').anyOf(existingIds).toArray() : []);
      /** Same content, newer review decisions: their review counts are refreshed after the loop (one findings read). */
      const recount: { current: ReportRow; allReviews: ReviewRow[] }[] = [];
      writable.forEach((item, i) => {
        const agencyName = item.capture.report.agency ?? '';
        if (agencyName && !agencyRows.has(agencyName)) {
          const created: AgencyRow = { name: agencyName, region: '', level: 'unknown' };
          agencyRows.set(agencyName, created);
          changedAgencies.set(agencyName, created);
        }
        const rows = captureToRows(item.capture, { agency: agencyRows.get(agencyName), importedAt: now, parserVersion: options.parserVersion });
        const current = currentRows[i];
        if (!current) {
          newReports.push(rows.report);
          newBodies.push(rows.body);
          for (const f of rows.findings) newFindings.push(f);
          for (const r of rows.reviews) newReviews.push(r);
          result.added++;
          return;
        }
        const storedReviews = storedReviewsOf.get(item.id) ?? [];
        const incomingReviews = mergeReviews(storedReviews, rows.reviews);
        const allReviews = [...new Map([...storedReviews, ...incomingReviews].map((r) => [r.id, r])).values()];
        if (current.contentHash === item.capture.contentHash) {
          // Same content: only newer review decisions are taken over.
          if (incomingReviews.length) {
            newReviews.push(...incomingReviews);
            recount.push({ current, allReviews });
          }
          result.skipped++;
          return;
        }
        replacedIds.push(item.id);
        newReports.push({
          ...rows.report,
          importedAt: current.importedAt,
          previousHashes: [...current.previousHashes, current.contentHash],
          counts: severityCounts(rows.findings),
          review: reviewCounts(rows.findings, allReviews),
        });
        newBodies.push(rows.body);
        for (const f of rows.findings) newFindings.push(f);
        newReviews.push(...incomingReviews);
        result.replaced++;
      });
      if (recount.length) {
        const findingsOf = groupByReport(await db.findings.where('reportId').anyOf(recount.map((r) => r.current.id)).toArray());
        for (const { current, allReviews } of recount) newReports.push({ ...current, review: reviewCounts(findingsOf.get(current.id) ?? [], allReviews) });
      }
      if (replacedIds.length) await db.findings.where('reportId').anyOf(replacedIds).delete();
      // All writes issued at once (one transaction still): the page's thread serialises the next table while the
      // database writes the previous one.
      await Promise.all([
        db.bodies.bulkPut(newBodies),
        db.reports.bulkPut(newReports),
        db.findings.bulkPut(newFindings),
        db.reviews.bulkPut(newReviews),
        db.agencies.bulkPut([...changedAgencies.values()]),
        db.imports.add({ at: now, files: [...(options.files ?? [])], ...result }),
      ]);
      return result;
    }),
  );
}

function groupByReport<T extends { reportId: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.reportId);
    if (list) list.push(r);
    else out.set(r.reportId, [r]);
  }
  return out;
}
