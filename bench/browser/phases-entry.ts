/** Bench-only: core's check split into its phases, each timed over many pre-parsed documents in Chromium (bench/phases.ts). */
import { isProbablyReport } from '../../core/parse/detect.ts';
import { scanDocument } from '../../core/parse/dom/scan.ts';
import { findContainer } from '../../core/parse/container.ts';
import { walkBody } from '../../core/parse/dom/walk.ts';
import { buildGrid } from '../../core/parse/grid.ts';
import { parseReport } from '../../core/parse/parse-document.ts';
import { runRules } from '../../core/engine/run.ts';
import { allRules } from '../../core/rules/index.ts';
import type { Report } from '../../core/model/report.ts';

/** Milliseconds per document for each phase (sums over `n` documents, so the 0.1 ms timer resolution does not matter). */
export function phases(html: string, n: number): Record<string, number> {
  const out: Record<string, number> = {};
  const time = (k: string, f: () => void) => {
    const t = performance.now();
    f();
    out[k] = (out[k] ?? 0) + (performance.now() - t) / n;
  };
  const parseDocs = () => Array.from({ length: n }, () => new DOMParser().parseFromString(html, 'text/html'));
  let docs: Document[] = [];
  time('domparser', () => (docs = parseDocs()));
  time('detect', () => docs.forEach((d) => isProbablyReport(d)));
  const scans = docs.map(() => null as unknown as ReturnType<typeof scanDocument>);
  time('scan', () => docs.forEach((d, i) => (scans[i] = scanDocument(d))));
  const choices = docs.map(() => null as unknown as ReturnType<typeof findContainer>);
  time('container', () => docs.forEach((d, i) => (choices[i] = findContainer(d, scans[i]))));
  const walks: ReturnType<typeof walkBody>[] = [];
  time('walk', () =>
    docs.forEach((d, i) => {
      const idx = new Map<Element, number>();
      scans[i].tables.forEach((tb, j) => idx.set(tb, j));
      walks[i] = walkBody(choices[i]!.el, idx);
    }),
  );
  time('grids', () => walks.forEach((w) => w.tables.forEach((tb) => buildGrid(tb.el, tb.tableIndex))));
  const docs2 = parseDocs();
  const reports: Report[] = [];
  time('parseReport (all of it, fresh docs)', () =>
    docs2.forEach((d) => {
      const r = parseReport(d, {});
      if (r.ok) reports.push(r.report);
    }),
  );
  const copies = reports.map((r) => structuredClone(r));
  time('rules (all)', () => reports.forEach((r) => runRules(r)));
  for (const rule of allRules) time(`rule ${rule.id}`, () => copies.forEach((r) => runRules(r, { rules: [rule] })));
  return out;
}
