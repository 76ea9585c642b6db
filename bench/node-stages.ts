/**
 * Per-page stage times of the Node checker on the fixture pages (medians, CPU-bound, one thread): read + decode,
 * htmlparser2's bare tokenizer (the floor), DOM build (linkedom vs the checker's lite DOM), parse on each DOM, rules.
 * Usage: node --import tsx bench/node-stages.ts [reps]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { Parser } from 'htmlparser2';
import { decodeHtml } from '../core/parse/decode.ts';
import { parseReport } from '../core/parse/index.ts';
import { runRules } from '../core/engine/run.ts';
import { parseLiteDocument } from '../cli/lite-dom/index.ts';
import { PAGES_DIR } from './lib/paths.ts';

const reps = Number(process.argv[2] ?? 15);
const med = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1];
const STAGES = ['tokenize', 'linkedomBuild', 'linkedomParse', 'liteBuild', 'liteParse', 'rules'] as const;
const total: Record<string, number> = {};
for (const slug of readdirSync(PAGES_DIR)) {
  const html = decodeHtml(new Uint8Array(readFileSync(join(PAGES_DIR, slug, 'source.html'))));
  const t: Record<string, number[]> = Object.fromEntries(STAGES.map((s) => [s, []]));
  for (let i = 0; i < reps + 3; i++) {
    const at: number[] = [performance.now()];
    new Parser({}, { decodeEntities: true }).end(html);
    at.push(performance.now());
    const ld = parseHTML(html).document as unknown as Document;
    at.push(performance.now());
    parseReport(ld, {});
    at.push(performance.now());
    const lite = parseLiteDocument(html);
    at.push(performance.now());
    const r = parseReport(lite, {});
    at.push(performance.now());
    if (r.ok) runRules(r.report);
    at.push(performance.now());
    if (i >= 3) STAGES.forEach((s, k) => t[s].push(at[k + 1] - at[k]));
  }
  const m = STAGES.map((s) => [s, med(t[s])] as const);
  for (const [s, v] of m) total[s] = (total[s] ?? 0) + v;
  console.log(slug.padEnd(14), m.map(([k, v]) => `${k} ${v.toFixed(2)}`).join('  '));
}
console.log('TOTAL'.padEnd(14), Object.entries(total).map(([k, v]) => `${k} ${v.toFixed(1)}`).join('  '));
console.log('÷ tokenize'.padEnd(14), Object.entries(total).map(([k, v]) => `${k} ${(v / total.tokenize).toFixed(2)}`).join('  '));
