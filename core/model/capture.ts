import { z } from 'zod';
import { FindingSchema, type Finding } from './finding.ts';
import { ReportSchema } from './report.ts';

/** Stable key of a finding within one report, so review states survive re-checks. */
export function findingKey(f: Pick<Finding, 'ruleId' | 'messageId' | 'cells' | 'text'>): string {
  const cells = f.cells.map((c) => `${c.table}.${c.row}.${c.col}`).join(',');
  const text = f.text.map((t) => t.snippet).join('|');
  return `${f.ruleId}|${f.messageId}|${cells}|${text}`;
}

export const ReviewStatusSchema = z.enum(['open', 'confirmed', 'dismissed']);
export type ReviewStatus = z.infer<typeof ReviewStatusSchema>;

export const ReviewSchema = z.object({
  findingKey: z.string(),
  status: ReviewStatusSchema,
  /** Required when dismissed. */
  reason: z.string().optional(),
  note: z.string().optional(),
  reviewer: z.string().optional(),
  updatedAt: z.string(),
});
export type Review = z.infer<typeof ReviewSchema>;

/** One captured report: what the extension stores and the library imports. */
export const CaptureSchema = z.object({
  id: z.string().min(1),
  url: z.string().nullable(),
  capturedAt: z.string(),
  /** hashString of the report text and table values (core/model/report-hash.ts). */
  contentHash: z.string(),
  /** The report body's HTML as captured, so newer rules can re-parse it. Never rendered unsanitised. */
  html: z.string(),
  report: ReportSchema,
  findings: z.array(FindingSchema),
  reviews: z.array(ReviewSchema).default([]),
  /** Version of the rules that produced the findings. */
  rulesVersion: z.string(),
});
export type Capture = z.infer<typeof CaptureSchema>;
