import type { Finding, Report, ReviewStatus, Severity } from '../../core/index.ts';
import type { PackedReport } from './pack-report.ts';

export type AgencyLevel = 'province' | 'city' | 'county' | 'township' | 'department' | 'unknown';

/** One row per report: small, so that the whole library can be listed and filtered in memory. */
export interface ReportRow {
  /** Identity: agency + year + normalised source URL (pwa/db/identity.ts). */
  id: string;
  agency: string;
  /** Reporting year; 0 when unknown (IndexedDB cannot index null). */
  year: number;
  title: string;
  sourceUrl: string | null;
  normUrl: string;
  /** reportHash of the stored version; earlier hashes of the same identity are kept in previousHashes. */
  contentHash: string;
  previousHashes: string[];
  captureId: string;
  capturedAt: string;
  importedAt: string;
  updatedAt: string;
  rulesVersion: string;
  parserVersion: string;
  formatVersion: Report['formatVersion'];
  counts: Record<Severity, number>;
  review: Record<ReviewStatus, number>;
  /** v2: copied from the agency, so that the library can be filtered by index. */
  region?: string;
  level?: AgencyLevel;
  /** v2: rule ids with findings (multi-entry index). */
  ruleIds?: string[];
}

/** The heavy part of a report, kept apart from the listing rows (as read: see StoredBody for what is written). */
export interface BodyRow {
  id: string;
  /** The report body HTML as captured: used only to re-parse with a newer parser, never rendered. */
  html: string;
  report: Report;
}

/**
 * A body as stored. Rows written before the packed form have `report`; rows written since have `packed`
 * (pwa/db/pack-report.ts, ≈ 4× fewer bytes). The bodies table's reading hook turns both into a BodyRow.
 */
export type StoredBody = { id: string; html: string; report: Report } | PackedBody;
/** What is written since the packed form (toStoredBody). */
export interface PackedBody {
  id: string;
  html: string;
  packed: PackedReport;
}

export interface FindingRow extends Finding {
  /** `${reportId}#${key}` */
  id: string;
  reportId: string;
  /** findingKey(finding) (core/model/capture.ts). */
  key: string;
}

export interface ReviewRow {
  /** Same id as the finding it reviews; kept when the finding is resolved by a re-check. */
  id: string;
  reportId: string;
  findingKey: string;
  status: ReviewStatus;
  reason?: string;
  note?: string;
  reviewer?: string;
  createdAt: string;
  updatedAt: string;
}

export interface AgencyRow {
  name: string;
  region: string;
  level: AgencyLevel;
}

/** v2: one row per committed import. */
export interface ImportLogRow {
  id?: number;
  at: string;
  files: string[];
  added: number;
  replaced: number;
  skipped: number;
}
