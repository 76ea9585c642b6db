/** Query functions over the extension database; the router calls these, never the tables. */
import { CaptureSchema, ReviewSchema, type Capture, type Review } from '../../core/model/capture.ts';
import { ReportSchema, type Report } from '../../core/model/report.ts';
import type { CaptureSummary } from '../messaging.ts';
import { countBySeverity } from '../shared/severity.ts';
import { db } from './db.ts';

export async function putCapture(capture: Capture): Promise<void> {
  await db.captures.put({ id: capture.id, agency: capture.report.agency ?? '', year: capture.report.year ?? 0, capturedAt: capture.capturedAt, capture });
}

export async function listCaptures(): Promise<CaptureSummary[]> {
  const rows = await db.captures.orderBy('capturedAt').reverse().toArray();
  return rows.map(({ capture }) => ({
    id: capture.id,
    url: capture.url,
    title: capture.report.title,
    agency: capture.report.agency,
    year: capture.report.year,
    capturedAt: capture.capturedAt,
    counts: countBySeverity(capture.findings),
  }));
}

/** Captures by id, validated (records written by an older version are re-checked on the way out). */
export async function getCaptures(ids: readonly string[]): Promise<Capture[]> {
  const rows = await db.captures.bulkGet([...ids]);
  return rows.flatMap((row) => {
    const parsed = row ? CaptureSchema.safeParse(row.capture) : null;
    return parsed?.success ? [parsed.data] : [];
  });
}

export async function deleteCaptures(ids: readonly string[]): Promise<void> {
  await db.captures.bulkDelete([...ids]);
}

/** The latest capture of the same agency for the previous year, for the cross-year rules. */
export async function findPrevious(agency: string, year: number): Promise<Report | null> {
  const rows = await db.captures.where('[agency+year]').equals([agency, year - 1]).sortBy('capturedAt');
  const latest = rows.at(-1);
  const parsed = latest ? ReportSchema.safeParse(latest.capture.report) : null;
  return parsed?.success ? parsed.data : null;
}

export async function getReviews(reportKey: string): Promise<Review[]> {
  const rows = await db.reviews.where('reportKey').equals(reportKey).toArray();
  return rows.flatMap((row) => {
    const parsed = ReviewSchema.safeParse(row.review);
    return parsed.success ? [parsed.data] : [];
  });
}

export async function putReview(reportKey: string, review: Review): Promise<void> {
  await db.reviews.put({ reportKey, findingKey: review.findingKey, review });
}
