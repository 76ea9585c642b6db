/**
 * Per-page stage times of the Node checker on the fixture pages (medians, CPU-bound, one thread): read + decode,
 * htmlparser2's bare tokenizer (the floor), DOM build (linkedom vs the checker's lite DOM), parse on each DOM, rules,
 * and rendering the --json line. The last line is the checker's own work (read + decode + lite build + parse + rules
 * + render) ÷ the floor of cliVsTokenize (read + decode + bare tokenizer), in one thread, without the pool.
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
import { render } from '../cli/printed.ts';
import { PAGES_DIR } from './lib/paths.ts';

const reps = Number(process.argv[2] ?? 15);
const med = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1];
const STAGES = ['readDecode', 'tokenize', 'linkedomBuild', 'linkedomParse', 'liteBuild', 'liteParse', 'rules', 'render'] as const;
const total: Record<string, number> = {};
for (const slug of readdirSync(PAGES_DIR)) {
  const file = join(PAGES_DIR, slug, 'source.html');
  const t: Record<string, number[]> = Object.fromEntries(STAGES.map((s) => [s, []]));
  for (let i = 0; i < reps + 3; i++) {
    const at: number[] = [performance.now()];
    const html = decodeHtml(readFileSync(file));
    at.push(performance.now());
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
    const checked = r.ok ? runRules(r.report) : null;
    at.push(performance.now());
    if (r.ok && checked) render({ source: file, ok: true, report: r.report, ...checked }, { json: true, lang: 'zh-CN', color: false });
    at.push(performance.now());
    if (i >= 3) STAGES.forEach((s, k) => t[s].push(at[k + 1] - at[k]));
  }
  const m = STAGES.map((s) => [s, med(t[s])] as const);
  for (const [s, v] of m) total[s] = (total[s] ?? 0) + v;
  console.log(slug.padEnd(14), m.map(([k, v]) => `${k} ${v.toFixed(2)}`).join('  '));
}
console.log('TOTAL'.padEnd(14), Object.entries(total).map(([k, v]) => `${k} ${v.toFixed(1)}`).join('  '));
console.log('÷ tokenize'.padEnd(14), Object.entries(total).map(([k, v]) => `${k} ${(v / total.tokenize).toFixed(2)}`).join('  '));
const floor = total.readDecode + total.tokenize;
const check = total.readDecode + total.liteBuild + total.liteParse + total.rules + total.render;
console.log('÷ floor'.padEnd(14), `floor = readDecode + tokenize ${floor.toFixed(1)} ms; checker in one thread ${check.toFixed(1)} ms = ${(check / floor).toFixed(2)} × (build ${(total.liteBuild / floor).toFixed(2)}, parse ${(total.liteParse / floor).toFixed(2)}, rules ${(total.rules / floor).toFixed(2)}, render ${(total.render / floor).toFixed(2)}, read+decode ${(total.readDecode / floor).toFixed(2)})`);
