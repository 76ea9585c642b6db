import { z } from 'zod';
import { CellSchema, TableAnchorSchema, TextAnchorSchema } from './cell.ts';
import { FORMAT_VERSIONS } from './keys.ts';

/** A table is an object of rows (canonical row keys); a row is an object of columns (canonical column keys). */
export const TableRowSchema = z.record(z.string(), CellSchema);
export const TableSchema = z.record(z.string(), TableRowSchema);
export type TableRow = z.infer<typeof TableRowSchema>;
export type Table = z.infer<typeof TableSchema>;

/** A printed label (row label, column header) kept for label checks and for display. */
export const LabelSchema = z.object({
  raw: z.string(),
  anchor: TableAnchorSchema.optional(),
});
export type Label = z.infer<typeof LabelSchema>;

/** A row the parser found but could not map to a canonical key (kept, never dropped silently). */
export const ExtraRowSchema = z.object({
  label: z.string(),
  /** 'subtotal' for 小计 rows, 'unknown' for anything else with numbers. */
  kind: z.enum(['subtotal', 'unknown']),
  cells: z.array(CellSchema),
  anchor: TableAnchorSchema.optional(),
});
export type ExtraRow = z.infer<typeof ExtraRowSchema>;

/** What the parser learnt about one canonical table besides its values. */
export const TableInfoSchema = z.object({
  found: z.boolean(),
  /** Indexes of the source `<table>` elements that make up this table (表二 is often 4 tables, 表三 often 2). */
  tableIndexes: z.array(z.number().int().nonnegative()).default([]),
  /** Printed row labels by canonical row key. */
  rowLabels: z.record(z.string(), LabelSchema).default({}),
  /** Printed column headers by canonical column key. */
  columnLabels: z.record(z.string(), LabelSchema).default({}),
  extraRows: z.array(ExtraRowSchema).default([]),
  /** Extra numeric columns (e.g. an 8-column 表三 with a 法人或其他组织 subtotal): header text → cells by row key. */
  extraColumns: z.array(z.object({ label: z.string(), cells: z.record(z.string(), CellSchema) })).default([]),
  /** 表三 only: the printed note 「（本列数据的勾稽关系为：…）」 was found. */
  notePresent: z.boolean().optional(),
  /** Caption or heading text printed just above the table (for caption-year). */
  captions: z.array(z.string()).default([]),
  /** The table looks like an image (an <img> where the table should be). */
  image: z.boolean().optional(),
});
export type TableInfo = z.infer<typeof TableInfoSchema>;

export const SectionSchema = z.object({
  /** 1..6 as numbered in the report (null when a heading had no recognisable ordinal). */
  number: z.number().int().nullable(),
  /** The ordinal as printed, e.g. 「一」. */
  ordinal: z.string(),
  /** Canonical section this heading was matched to (1..6), or null for unknown headings. */
  canonical: z.number().int().min(1).max(6).nullable(),
  title: z.string(),
  titleAnchor: TextAnchorSchema,
  /** Body text of the section (tables excluded), and its span in report.text. */
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  subItems: z.array(z.object({ title: z.string(), text: z.string(), anchor: TextAnchorSchema })).default([]),
});
export type Section = z.infer<typeof SectionSchema>;

export const DiagnosticSchema = z.object({
  level: z.enum(['info', 'warning', 'error']),
  /** Stable code, e.g. 'table-missing', 'cell-unreadable', 'glued-digits'. */
  code: z.string(),
  /** English detail for logs; the UI renders `code` + `data` through the i18n catalogue. */
  detail: z.string(),
  data: z.record(z.string(), z.unknown()).default({}),
});
export type Diagnostic = z.infer<typeof DiagnosticSchema>;

export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const ReportSchema = z.object({
  title: z.string(),
  titleAnchor: TextAnchorSchema.optional(),
  agency: z.string().nullable(),
  /** The reporting year Y from the title (falls back to the period when the title has none). */
  year: z.number().int().nullable(),
  titleYear: z.number().int().nullable(),
  period: z.object({ start: IsoDateSchema, end: IsoDateSchema }).nullable(),
  periodAnchor: TextAnchorSchema.optional(),
  published: IsoDateSchema.nullable(),
  formatVersion: z.enum(FORMAT_VERSIONS),
  sourceUrl: z.string().nullable(),
  /** The report body as plain text: prose blocks separated by '\n', tables left out. All text anchors point here. */
  text: z.string(),
  sections: z.array(SectionSchema),
  tables: z.object({
    active: TableSchema,
    applications: TableSchema,
    reviewLitigation: TableSchema,
  }),
  tableInfo: z.object({
    active: TableInfoSchema,
    applications: TableInfoSchema,
    reviewLitigation: TableInfoSchema,
  }),
  /** Tables found in the body that are none of the three (e.g. the legacy 统计表), with their raw grid text. */
  otherTables: z.array(z.object({ tableIndex: z.number().int(), rows: z.array(z.array(z.string())) })).default([]),
  /** Where the parser read the report from. */
  source: z.object({
    kind: z.enum(['html', 'text']),
    /** CSS-like description of the body container, e.g. 'div.TRS_Editor'. */
    container: z.string().nullable(),
    /** Number of <table> elements in the whole document (anchors index into these). */
    tableCount: z.number().int().nonnegative(),
  }),
  /** Everything the parser could not read or had to guess. Never silent. */
  diagnostics: z.array(DiagnosticSchema),
});
export type Report = z.infer<typeof ReportSchema>;
export type ReportInput = z.input<typeof ReportSchema>;
