import { z } from 'zod';
import { TextAnchorSchema } from './cell.ts';
import { TABLE_KEYS } from './keys.ts';

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;
export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** fail: the rule is broken; needs-review: could not decide (a human must look); pass; not-applicable. */
export const OutcomeSchema = z.enum(['fail', 'needs-review', 'pass', 'not-applicable']);
export type Outcome = z.infer<typeof OutcomeSchema>;

/** A cell by canonical address. */
export const CellRefSchema = z.object({
  table: z.enum(TABLE_KEYS),
  row: z.string(),
  col: z.string(),
});
export type CellRef = z.infer<typeof CellRefSchema>;

export const LangSchema = z.enum(['zh-CN', 'en']);
export type Lang = z.infer<typeof LangSchema>;

export const FindingSchema = z.object({
  ruleId: z.string(),
  severity: SeveritySchema,
  outcome: z.enum(['fail', 'needs-review']),
  /** Message id within the rule's messages, and the data it is rendered with. */
  messageId: z.string(),
  data: z.record(z.string(), z.unknown()).default({}),
  /** Rendered message in the requested language. */
  message: z.string(),
  /** Cells at fault. */
  cells: z.array(CellRefSchema).default([]),
  /** Related cells (the parts of a sum). */
  related: z.array(CellRefSchema).default([]),
  /** Text at fault (prose sentences, headings). */
  text: z.array(TextAnchorSchema).default([]),
  expected: z.unknown().optional(),
  actual: z.unknown().optional(),
});
export type Finding = z.infer<typeof FindingSchema>;
