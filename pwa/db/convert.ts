import { findingKey, type Agency, type Capture, type Finding, type Review, type Severity } from '../../core/index.ts';
import type { AgencyRow, BodyRow, FindingRow, PackedBody, ReportRow, ReviewRow } from './records.ts';
import { findingRowId, normaliseUrl, reportIdentity } from './identity.ts';
import type { PackedCapture } from './library-file-v2.ts';

export interface CaptureRows {
  report: ReportRow;
  body: BodyRow;
  findings: FindingRow[];
  reviews: ReviewRow[];
}

export function severityCounts(findings: readonly Pick<Finding, 'severity'>[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** The rows of a capture as stored: its body packed (PackedBody). */
export interface StoredCaptureRows extends Omit<CaptureRows, 'body'> {
  body: PackedBody;
}

/** What identifies a report: its agency, year and URL (the packed form leaves these fields as they are). */
type IdentityFields = Pick<Capture, 'url'> & { report: Pick<Capture['report'], 'agency' | 'year' | 'sourceUrl'> };

export function captureIdentity(capture: IdentityFields): string {
  return reportIdentity(capture.report.agency, capture.report.year, capture.report.sourceUrl ?? capture.url);
}

export function toFindingRows(reportId: string, findings: readonly Finding[]): FindingRow[] {
  const seen = new Set<string>();
  const rows: FindingRow[] = [];
  for (const f of findings) {
    let key = findingKey(f);
    // Two identical findings of one rule would collide; keep both.
    for (let n = 2; seen.has(key); n++) key = `${findingKey(f)}~${n}`;
    seen.add(key);
    rows.push({ ...f, id: findingRowId(reportId, key), reportId, key });
  }
  return rows;
}

/** Review counts of a report: findings without a review are open. */
export function reviewCounts(findings: readonly FindingRow[], reviews: readonly ReviewRow[]): ReportRow['review'] {
  const byId = new Map(reviews.map((r) => [r.id, r.status]));
  const out = { open: 0, confirmed: 0, dismissed: 0 };
  for (const f of findings) out[byId.get(f.id) ?? 'open']++;
  return out;
}

/** The rows of a checked capture (its report packed, as the import holds it); the body is stored as it is. */
export function captureToRows(
  capture: PackedCapture,
  options: { agency?: AgencyRow; importedAt: string; parserVersion: string },
): StoredCaptureRows {
  const id = captureIdentity(capture);
  const findings = toFindingRows(id, capture.findings);
  const reviews: ReviewRow[] = capture.reviews.map((r: Review) => ({
    id: findingRowId(id, r.findingKey),
    reportId: id,
    findingKey: r.findingKey,
    status: r.status,
    reason: r.reason,
    note: r.note,
    reviewer: r.reviewer,
    createdAt: r.updatedAt,
    updatedAt: r.updatedAt,
  }));
  const sourceUrl = capture.report.sourceUrl ?? capture.url;
  const report: ReportRow = {
    id,
    agency: capture.report.agency ?? '',
    year: capture.report.year ?? 0,
    title: capture.report.title,
    sourceUrl,
    normUrl: normaliseUrl(sourceUrl),
    contentHash: capture.contentHash,
    previousHashes: [],
    captureId: capture.id,
    capturedAt: capture.capturedAt,
    importedAt: options.importedAt,
    updatedAt: options.importedAt,
    rulesVersion: capture.rulesVersion,
    parserVersion: options.parserVersion,
    formatVersion: capture.report.formatVersion,
    counts: severityCounts(findings),
    review: reviewCounts(findings, reviews),
    region: options.agency?.region ?? '',
    level: options.agency?.level ?? 'unknown',
    ruleIds: [...new Set(findings.map((f) => f.ruleId))].sort(),
  };
  return { report, body: { id, html: capture.html, packed: capture.report }, findings, reviews };
}

function stripFinding(f: FindingRow): Finding {
  const { id: _id, reportId: _reportId, key: _key, ...finding } = f;
  return finding;
}

/** Back to the exchange shape (library file). */
export function rowsToCapture(rows: CaptureRows): Capture {
  return {
    id: rows.report.captureId,
    url: rows.report.sourceUrl,
    capturedAt: rows.report.capturedAt,
    contentHash: rows.report.contentHash,
    html: rows.body.html,
    report: rows.body.report,
    findings: rows.findings.map(stripFinding),
    reviews: rows.reviews.map((r) => ({
      findingKey: r.findingKey,
      status: r.status,
      ...(r.reason !== undefined ? { reason: r.reason } : {}),
      ...(r.note !== undefined ? { note: r.note } : {}),
      ...(r.reviewer !== undefined ? { reviewer: r.reviewer } : {}),
      updatedAt: r.updatedAt,
    })),
    rulesVersion: rows.report.rulesVersion,
  };
}

export function agencyToRow(a: Agency): AgencyRow {
  return { name: a.name, region: a.region ?? '', level: a.level ?? 'unknown' };
}
