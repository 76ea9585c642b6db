import { z } from 'zod';
import {
  FindingSchema,
  FORMAT_VERSIONS,
  ReportSchema,
  SeveritySchema,
  TABLE_KEYS,
  type Cell,
  type Finding,
  type Report,
  type Table,
} from '../../core/index.ts';

/** The checker's JSON, one object per report (report-format.md "The checker's JSON"). More fields may be present. */
const PlainTableSchema = z.record(z.string(), z.record(z.string(), z.number().nullable()));
export const CheckerLineSchema = z.object({
  source: z.string(),
  report: z
    .object({
      title: z.string(),
      agency: z.string().nullable(),
      year: z.number().int().nullable(),
      period: z.object({ start: z.string(), end: z.string() }).nullable().optional(),
      published: z.string().nullable().optional(),
      formatVersion: z.enum(FORMAT_VERSIONS).optional(),
      sourceUrl: z.string().nullable().optional(),
      text: z.string().optional(),
      tables: z.object({ active: PlainTableSchema, applications: PlainTableSchema, reviewLitigation: PlainTableSchema }),
    })
    .loose(),
  findings: z.array(
    z
      .object({
        ruleId: z.string().min(1),
        severity: SeveritySchema,
        outcome: z.enum(['fail', 'needs-review']),
        message: z.string(),
        cells: z.array(z.object({ table: z.enum(TABLE_KEYS), row: z.string(), col: z.string() })).default([]),
        expected: z.unknown().optional(),
        actual: z.unknown().optional(),
      })
      .loose(),
  ),
});
export type CheckerLine = z.infer<typeof CheckerLineSchema>;

function cellOf(value: number | null): Cell {
  if (value === null) return { value: null, raw: '', semantics: 'blank', confidence: 'high' };
  return { value, raw: String(value), semantics: value === 0 ? 'zero' : 'number', confidence: 'high' };
}

function tableOf(plain: Record<string, Record<string, number | null>>): Table {
  const out: Table = {};
  for (const [row, cols] of Object.entries(plain)) {
    out[row] = {};
    for (const [col, v] of Object.entries(cols)) out[row][col] = cellOf(v);
  }
  return out;
}

const emptyInfo = (found: boolean) => ({ found, tableIndexes: [], rowLabels: {}, columnLabels: {}, extraRows: [], extraColumns: [], captions: [] });

/** The full model when the line carries it, else a report rebuilt from the plain values (no prose anchors). */
export function checkerReport(line: CheckerLine): Report {
  const full = ReportSchema.safeParse(line.report);
  if (full.success) return full.data;
  const r = line.report;
  const period = r.period && /^\d{4}-\d{2}-\d{2}$/.test(r.period.start) && /^\d{4}-\d{2}-\d{2}$/.test(r.period.end) ? r.period : null;
  const published = r.published && /^\d{4}-\d{2}-\d{2}$/.test(r.published) ? r.published : null;
  return ReportSchema.parse({
    title: r.title,
    agency: r.agency,
    year: r.year,
    titleYear: r.year,
    period,
    published,
    formatVersion: r.formatVersion ?? 'unknown',
    sourceUrl: r.sourceUrl ?? null,
    text: r.text ?? '',
    sections: [],
    tables: { active: tableOf(r.tables.active), applications: tableOf(r.tables.applications), reviewLitigation: tableOf(r.tables.reviewLitigation) },
    tableInfo: {
      active: emptyInfo(Object.keys(r.tables.active).length > 0),
      applications: emptyInfo(Object.keys(r.tables.applications).length > 0),
      reviewLitigation: emptyInfo(Object.keys(r.tables.reviewLitigation).length > 0),
    },
    otherTables: [],
    source: { kind: 'text', container: null, tableCount: 0 },
    diagnostics: [],
  });
}

export function checkerFindings(line: CheckerLine): Finding[] {
  return line.findings.map((f) => {
    const full = FindingSchema.safeParse(f);
    if (full.success) return full.data;
    return {
      ruleId: f.ruleId,
      severity: f.severity,
      outcome: f.outcome,
      messageId: 'checker',
      data: {},
      message: f.message,
      cells: f.cells,
      related: [],
      text: [],
      expected: f.expected,
      actual: f.actual,
    };
  });
}
