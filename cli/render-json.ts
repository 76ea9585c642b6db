import { plainTables } from '../core/model/plain.ts';
import type { CheckedFile } from './check-file.ts';

/** The checker's JSON for one input (report-format.md "The checker's JSON"). Fields may be added, never changed. */
export function toJson(result: CheckedFile): Record<string, unknown> {
  if (!result.ok) return { source: result.source, error: { reason: result.reason, detail: result.detail } };
  const r = result.report;
  return {
    source: result.source,
    report: {
      title: r.title,
      agency: r.agency,
      year: r.year,
      titleYear: r.titleYear,
      period: r.period,
      published: r.published,
      formatVersion: r.formatVersion,
      sourceUrl: r.sourceUrl,
      sections: r.sections.map((s) => ({ number: s.number, canonical: s.canonical, title: s.title })),
      tables: plainTables(r.tables),
    },
    findings: result.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      outcome: f.outcome,
      message: f.message,
      messageId: f.messageId,
      cells: f.cells,
      related: f.related,
      text: f.text.map((t) => ({ start: t.start, end: t.end, snippet: t.snippet })),
      expected: f.expected,
      actual: f.actual,
    })),
    diagnostics: r.diagnostics.map((d) => ({ level: d.level, code: d.code, detail: d.detail })),
  };
}
