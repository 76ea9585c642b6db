import { packReport, unpackReport } from './pack-report.ts';
import type { BodyRow, PackedBody, StoredBody } from './records.ts';

/** What is written for a body: its report packed (pwa/db/pack-report.ts). */
export function toStoredBody(body: BodyRow): PackedBody {
  return { id: body.id, html: body.html, packed: packReport(body.report) };
}

/** A stored body of any version as the app reads it. */
export function fromStoredBody(stored: StoredBody): BodyRow {
  if ('packed' in stored) return { id: stored.id, html: stored.html, report: unpackReport(stored.packed) };
  return stored;
}
