import type { ReviewStatus } from '../../../core/index.ts';
import type { LibraryDb } from '../app-db.ts';
import { reviewCounts } from '../convert.ts';
import { guardQuota } from '../errors.ts';
import type { FindingRow, ReviewRow } from '../records.ts';

export interface ReviewInput {
  status: ReviewStatus;
  reason?: string;
  note?: string;
  reviewer?: string;
}

export class ReviewReasonRequiredError extends Error {
  override readonly name = 'ReviewReasonRequiredError';
}

/** Records a review decision on a finding and refreshes the report's review counts (one transaction). */
export async function saveReview(db: LibraryDb, finding: Pick<FindingRow, 'id' | 'reportId' | 'key'>, input: ReviewInput, now = new Date().toISOString()): Promise<ReviewRow> {
  if (input.status === 'dismissed' && !input.reason?.trim()) throw new ReviewReasonRequiredError('a dismissal needs a reason');
  return guardQuota(() =>
    db.transaction('rw', db.reviews, db.findings, db.reports, async () => {
      const existing = await db.reviews.get(finding.id);
      const row: ReviewRow = {
        id: finding.id,
        reportId: finding.reportId,
        findingKey: finding.key,
        status: input.status,
        reason: input.status === 'dismissed' ? input.reason?.trim() : undefined,
        note: input.note?.trim() || undefined,
        reviewer: input.reviewer?.trim() || undefined,
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
      };
      await db.reviews.put(row);
      await refreshReviewCounts(db, finding.reportId);
      return row;
    }),
  );
}

export async function refreshReviewCounts(db: LibraryDb, reportId: string): Promise<void> {
  const findings = await db.findings.where('reportId').equals(reportId).toArray();
  const reviews = await db.reviews.where('reportId').equals(reportId).toArray();
  await db.reports.update(reportId, { review: reviewCounts(findings, reviews) });
}
