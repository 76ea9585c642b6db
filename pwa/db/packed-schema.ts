import { z } from 'zod';
import { CaptureSchema, CellSchema, ExtraRowSchema, LabelSchema, ReportSchema, SectionSchema, TableInfoSchema, TextAnchorSchema } from '../../core/index.ts';
import type { PackedCapture } from './library-file-v2.ts';

/**
 * core's schemas for the packed form (pwa/db/pack-report.ts) itself: a packed capture is checked as it is, without
 * unpacking it first (half the zod work, and no unpack + re-pack on import). Every part the packed form leaves
 * unchanged is checked by core's own schema; each packed value by the shape unpack accepts, and the text references
 * and anchors against report.text. What this schema accepts unpacks to a report core's ReportSchema accepts
 * (tests/pwa/packed-schema.test.ts checks both verdicts agree on mutated reports).
 */
const index = z.number().int().nonnegative();
/** Cells and labels: the packed arrays first (nearly every cell), then core's object form. */
const isIndex = (n: number | null) => Number.isInteger(n) && (n as number) >= 0;
/** [value] or [value, tableIndex, row, col]: one array of numbers and a length/index check (zod's tuples cost 2-3× more per cell, and cells are most of a report). */
const PackedCellArraySchema = z
  .array(z.number().nullable())
  .refine((a) => a.length === 1 || (a.length === 4 && isIndex(a[1]) && isIndex(a[2]) && isIndex(a[3])), 'a packed cell is [value] or [value, tableIndex, row, col]');
const PackedCellSchema = z.union([PackedCellArraySchema, CellSchema]);
const PackedLabelSchema = z.union([z.tuple([z.string(), index, index, index]), z.tuple([z.string()]), LabelSchema]);
const TextRefSchema = z.union([z.string(), z.tuple([index, index])]);
const PackedAnchorSchema = z.union([z.tuple([index, index]), TextAnchorSchema]);
const PackedTableSchema = z.record(z.string(), z.record(z.string(), PackedCellSchema));

const PackedTableInfoSchema = TableInfoSchema.extend({
  rowLabels: z.record(z.string(), PackedLabelSchema).default({}),
  columnLabels: z.record(z.string(), PackedLabelSchema).default({}),
  extraRows: z.array(ExtraRowSchema.extend({ cells: z.array(PackedCellSchema) })).default([]),
  extraColumns: z.array(z.object({ label: z.string(), cells: z.record(z.string(), PackedCellSchema) })).default([]),
});

const PackedSectionSchema = SectionSchema.extend({
  titleAnchor: PackedAnchorSchema,
  text: TextRefSchema,
  subItems: z.array(z.object({ title: z.string(), text: TextRefSchema, anchor: PackedAnchorSchema })).default([]),
});

type Issue = { message: string; path: (string | number)[] };

/** The references into report.text a packed report holds, checked as unpackReport reads them. */
function textIssues(report: z.output<typeof PackedReportShape>): Issue[] {
  const length = report.text.length;
  const issues: Issue[] = [];
  const ref = (t: string | [number, number], path: (string | number)[]) => {
    if (Array.isArray(t) && t[0] + t[1] > length) issues.push({ message: 'a packed text reference points past report.text', path });
  };
  const anchor = (a: unknown, path: (string | number)[]) => {
    if (Array.isArray(a) && (a[0] > a[1] || a[1] > length)) issues.push({ message: 'a packed text anchor points outside report.text', path });
  };
  report.sections.forEach((s, i) => {
    anchor(s.titleAnchor, ['sections', i, 'titleAnchor']);
    ref(s.text, ['sections', i, 'text']);
    s.subItems.forEach((x, j) => {
      ref(x.text, ['sections', i, 'subItems', j, 'text']);
      anchor(x.anchor, ['sections', i, 'subItems', j, 'anchor']);
    });
  });
  return issues;
}

const PackedReportShape = ReportSchema.extend({
  sections: z.array(PackedSectionSchema),
  tables: z.object({ active: PackedTableSchema, applications: PackedTableSchema, reviewLitigation: PackedTableSchema }),
  tableInfo: z.object({ active: PackedTableInfoSchema, applications: PackedTableInfoSchema, reviewLitigation: PackedTableInfoSchema }),
});

export const PackedReportSchema = PackedReportShape.superRefine((report, ctx) => {
  for (const issue of textIssues(report)) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
});

/** A capture of a version-2 library file (report packed), checked whole. */
export const PackedCaptureSchema = CaptureSchema.extend({ report: PackedReportSchema }) as unknown as z.ZodType<PackedCapture>;
