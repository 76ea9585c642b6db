import { z } from 'zod';

/**
 * What a cell holds, decided before any arithmetic (report-format.md §8 "Value semantics").
 * - number: a non-zero number; zero: an explicit 0;
 * - blank: empty, &nbsp;, <o:p></o:p>; placeholder: 「/」「—」「-」「--」「无」「不适用」;
 * - text: anything else that could not be read as a number.
 */
export const CellSemanticsSchema = z.enum(['number', 'zero', 'blank', 'placeholder', 'text']);
export type CellSemantics = z.infer<typeof CellSemanticsSchema>;

/** Points back to a table cell in the source: index of the `<table>` among all tables of the document (document order), and the row/column in its expanded grid. */
export const TableAnchorSchema = z.object({
  kind: z.literal('table'),
  tableIndex: z.number().int().nonnegative(),
  row: z.number().int().nonnegative(),
  col: z.number().int().nonnegative(),
});
export type TableAnchor = z.infer<typeof TableAnchorSchema>;

/** Points into `report.text` (offsets in UTF-16 code units); `snippet` is the exact text, so a live page can be searched for it. */
export const TextAnchorSchema = z.object({
  kind: z.literal('text'),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  snippet: z.string(),
});
export type TextAnchor = z.infer<typeof TextAnchorSchema>;

export const AnchorSchema = z.discriminatedUnion('kind', [TableAnchorSchema, TextAnchorSchema]);
export type Anchor = z.infer<typeof AnchorSchema>;

export const CellSchema = z.object({
  /** The numeric value; null for blank, placeholder, unreadable text. */
  value: z.number().nullable(),
  /** The cell's text as printed (whitespace collapsed). */
  raw: z.string(),
  semantics: CellSemanticsSchema,
  /** A unit printed inside the cell, e.g. 「元」 in 「251000元」. */
  unit: z.string().optional(),
  /** 'low' when the value had to be inferred (e.g. glued digits split by the table identities). */
  confidence: z.enum(['high', 'low']).default('high'),
  anchor: AnchorSchema.optional(),
});
export type Cell = z.infer<typeof CellSchema>;
export type CellInput = z.input<typeof CellSchema>;
