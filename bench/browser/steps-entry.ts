/**
 * Bench-only: core's check as separate steps over a batch of Documents kept in the page, so bench/profile-phases.ts
 * can read the main thread's CPU time around each step (one step per page.evaluate).
 */
import { isProbablyReport } from '../../core/parse/detect.ts';
import { scanDocument } from '../../core/parse/dom/scan.ts';
import { findContainer } from '../../core/parse/container.ts';
import { walkBody } from '../../core/parse/dom/walk.ts';
import { buildGrid } from '../../core/parse/grid.ts';
import { parseReport } from '../../core/parse/parse-document.ts';
import { runRules } from '../../core/engine/run.ts';
import { allRules } from '../../core/rules/index.ts';
import type { Report } from '../../core/model/report.ts';

let docs: Document[] = [];
let scans: ReturnType<typeof scanDocument>[] = [];
let choices: ReturnType<typeof findContainer>[] = [];
let walks: ReturnType<typeof walkBody>[] = [];
let reports: Report[] = [];

/** Parses `n` fresh Documents of `html` (not timed). */
export function prep(html: string, n: number): void {
  docs = Array.from({ length: n }, () => new DOMParser().parseFromString(html, 'text/html'));
  const g = globalThis as unknown as { gc?: () => void };
  g.gc?.();
}

export function domParse(html: string, n: number): number {
  let k = 0;
  for (let i = 0; i < n; i++) k += new DOMParser().parseFromString(html, 'text/html').childNodes.length;
  return k;
}

export const steps: Record<string, () => unknown> = {
  detect: () => docs.map((d) => isProbablyReport(d)),
  scan: () => (scans = docs.map((d) => scanDocument(d))),
  container: () => (choices = docs.map((d, i) => findContainer(d, scans[i]))),
  walk: () =>
    (walks = docs.map((_, i) => {
      const idx = new Map<Element, number>();
      scans[i].tables.forEach((tb, j) => idx.set(tb, j));
      return walkBody(choices[i]!.el, idx);
    })),
  grids: () => walks.map((w) => w.tables.map((tb) => buildGrid(tb.el, tb.tableIndex, tb.cellTexts))),
};

/** parseReport as a whole on the batch (fresh Documents expected). */
export function parseAll(): number {
  reports = [];
  for (const d of docs) {
    const r = parseReport(d, {});
    if (r.ok) reports.push(r.report);
  }
  return reports.length;
}

export function rulesAll(): number {
  let n = 0;
  for (const r of reports) n += runRules(r).findings.length;
  return n;
}

export const ruleIds = allRules.map((r) => r.id);

/** One rule alone on fresh copies of the reports (its share without the caches other rules fill). */
let copies: Report[] = [];
export function prepCopies(): void {
  copies = reports.map((r) => structuredClone(r));
}
export function ruleAlone(id: string): number {
  const rule = allRules.find((r) => r.id === id)!;
  let n = 0;
  for (const r of copies) n += runRules(r, { rules: [rule] }).findings.length;
  return n;
}
