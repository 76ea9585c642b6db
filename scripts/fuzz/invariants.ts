/**
 * Invariants every parsed report and every finding must keep, whatever the input:
 * table anchors point at a real <table>, text anchors quote report.text exactly, values agree with their semantics,
 * findings name cells that exist.
 */
import type { Finding } from '../../core/model/finding.ts';
import type { Report } from '../../core/model/report.ts';

export interface Violation {
  /** Stable code, e.g. 'table-anchor-out-of-range'. */
  code: string;
  /** Where in the report (JSON path). */
  path: string;
  detail: string;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null;
}

/** Walks the whole report: every anchor-like object wherever it sits (cells, labels, extra rows, sections). */
function walkAnchors(report: Report, node: unknown, path: string, out: Violation[]): void {
  if (Array.isArray(node)) {
    node.forEach((x, i) => walkAnchors(report, x, `${path}[${i}]`, out));
    return;
  }
  if (!isRecord(node)) return;
  if (node.kind === 'table' && 'tableIndex' in node) {
    const i = node.tableIndex as number;
    if (!(i < report.source.tableCount)) {
      out.push({ code: 'table-anchor-out-of-range', path, detail: `tableIndex ${i} but source.tableCount is ${report.source.tableCount}` });
    }
  }
  if (node.kind === 'text' && 'snippet' in node) checkTextAnchor(report, node as { start: number; end: number; snippet: string }, path, out);
  if ('semantics' in node && 'raw' in node && 'value' in node) checkCellValue(node as { semantics: string; value: number | null }, path, out);
  for (const [k, v] of Object.entries(node)) if (isRecord(v)) walkAnchors(report, v, `${path}.${k}`, out);
}

function checkTextAnchor(report: Report, a: { start: number; end: number; snippet: string }, path: string, out: Violation[]): void {
  if (!(a.start >= 0 && a.start <= a.end && a.end <= report.text.length)) {
    out.push({ code: 'text-anchor-out-of-range', path, detail: `[${a.start}, ${a.end}) outside text of length ${report.text.length}` });
    return;
  }
  const actual = report.text.slice(a.start, a.end);
  if (actual !== a.snippet) {
    out.push({ code: 'text-anchor-snippet-mismatch', path, detail: `snippet ${JSON.stringify(a.snippet.slice(0, 40))} but text has ${JSON.stringify(actual.slice(0, 40))}` });
  }
}

/** report-format.md "Value semantics": number ⇒ a finite non-zero value; zero ⇒ 0; blank/placeholder/text ⇒ null. */
function checkCellValue(cell: { semantics: string; value: number | null }, path: string, out: Violation[]): void {
  const v = cell.value;
  const ok =
    cell.semantics === 'number'
      ? typeof v === 'number' && Number.isFinite(v) && v !== 0
      : cell.semantics === 'zero'
        ? v === 0
        : v === null;
  if (!ok) out.push({ code: 'cell-value-semantics', path, detail: `semantics '${cell.semantics}' with value ${String(v)}` });
}

export function reportViolations(report: Report): Violation[] {
  const out: Violation[] = [];
  walkAnchors(report, report, 'report', out);
  for (const [key, info] of Object.entries(report.tableInfo)) {
    info.tableIndexes.forEach((i, n) => {
      if (!(i < report.source.tableCount)) out.push({ code: 'table-index-out-of-range', path: `report.tableInfo.${key}.tableIndexes[${n}]`, detail: `${i} ≥ ${report.source.tableCount}` });
    });
  }
  report.otherTables.forEach((t, n) => {
    if (!(t.tableIndex < report.source.tableCount)) out.push({ code: 'table-index-out-of-range', path: `report.otherTables[${n}]`, detail: `${t.tableIndex} ≥ ${report.source.tableCount}` });
  });
  report.sections.forEach((s, n) => {
    if (!(s.start <= s.end && s.end <= report.text.length)) out.push({ code: 'section-span-out-of-range', path: `report.sections[${n}]`, detail: `[${s.start}, ${s.end}) in text of length ${report.text.length}` });
  });
  return out;
}

export function findingViolations(report: Report, findings: readonly Finding[]): Violation[] {
  const out: Violation[] = [];
  findings.forEach((f, n) => {
    const path = `findings[${n}](${f.ruleId})`;
    // A finding about missing cells (e.g. t4-structure 'missingCells') names the cells that are absent, on purpose.
    const aboutMissing = /^missing/i.test(f.messageId);
    for (const [list, refs] of [['cells', f.cells], ['related', f.related]] as const) {
      refs.forEach((ref, i) => {
        if (aboutMissing && list === 'cells') return;
        const table = report.tables[ref.table] as Record<string, Record<string, unknown>> | undefined;
        if (!table?.[ref.row]?.[ref.col]) {
          out.push({ code: 'finding-cell-missing', path: `${path}.${list}[${i}]`, detail: `${ref.table}.${ref.row}.${ref.col} is not in the report` });
        }
      });
    }
    f.text.forEach((a, i) => checkTextAnchor(report, a, `${path}.text[${i}]`, out));
    // A placeholder left in the template or an object rendered as text means the message lost its data.
    const unrendered = f.message.match(/\{[A-Za-z]\w*\}|\[object Object\]/);
    // Page text quoted in the data (a label printed as 「勾稽关系{t}」) may itself contain braces: not a lost datum.
    const quoted = unrendered !== null && (report.text.includes(unrendered[0]) || JSON.stringify(f.data).includes(unrendered[0]));
    if (!f.message || (unrendered && !quoted)) {
      out.push({ code: 'finding-message-unrendered', path, detail: JSON.stringify(f.message.slice(0, 160)) });
    }
    for (const [k, v] of Object.entries(f.data)) {
      if (typeof v === 'number' && !Number.isFinite(v)) out.push({ code: 'finding-data-not-finite', path: `${path}.data.${k}`, detail: String(v) });
    }
  });
  return out;
}
