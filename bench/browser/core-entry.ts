/**
 * Browser bundle for the benchmarks: core's gate, parser and rules, plus bench-only helpers that run inside Chromium
 * (growing a report's tables to N× rows, timing one page against DOMParser). Bundled to an IIFE by bench/lib/bundle.ts.
 */
import { isProbablyReport, parseReport } from '../../core/parse/index.ts';
import { runRules } from '../../core/engine/run.ts';

export { isProbablyReport, parseReport, runRules };

/** Detection + parse + all rules on a parsed Document: what the extension does on a report page. */
export function checkDocument(doc: Document, url: string): { ok: boolean; findings: number } {
  const probable = isProbablyReport(doc);
  const parsed = parseReport(doc, { url });
  if (!parsed.ok) return { ok: false, findings: 0 };
  const { findings } = runRules(parsed.report);
  return { ok: probable, findings: findings.length };
}

/** Repeats the body rows of every table with numbers `factor` times (header rows kept once): a report N× as long. */
export function growRows(html: string, factor: number): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const table of Array.from(doc.querySelectorAll('table'))) {
    if (table.querySelector('table')) continue; // layout table around other tables
    const rows = Array.from(table.rows);
    const body = rows.filter((r, i) => i >= 2 && /\d/.test(r.textContent ?? '') && !Array.from(r.cells).some((c) => c.rowSpan > 1));
    if (body.length < 3) continue;
    const parent = body[body.length - 1].parentNode!;
    const anchor = body[body.length - 1].nextSibling;
    for (let k = 1; k < factor; k++) for (const r of body) parent.insertBefore(r.cloneNode(true), anchor);
  }
  return '<!DOCTYPE html>\n' + doc.documentElement.outerHTML;
}

export interface PageTiming {
  domMs: number[];
  coreMs: number[];
  cells: number;
  ok: boolean;
  findings: number;
}

/** Times DOMParser.parseFromString and then check(doc) on the same Document, `reps` times after `warmup` runs. */
export function timePage(html: string, url: string, reps: number, warmup: number): PageTiming {
  const out: PageTiming = { domMs: [], coreMs: [], cells: 0, ok: false, findings: 0 };
  for (let i = 0; i < warmup + reps; i++) {
    const t0 = performance.now();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const t1 = performance.now();
    const r = checkDocument(doc, url);
    const t2 = performance.now();
    if (i >= warmup) {
      out.domMs.push(t1 - t0);
      out.coreMs.push(t2 - t1);
    }
    out.cells = doc.querySelectorAll('td, th').length;
    out.ok = r.ok;
    out.findings = r.findings;
  }
  return out;
}
