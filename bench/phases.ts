/**
 * Times core's phases one by one in Chromium on fixture pages (medians). Usage: node --import tsx bench/phases.ts [slug|all] [reps]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHtml } from '../core/parse/decode.ts';
import { bundleIife } from './lib/bundle.ts';
import { launchPlain } from './lib/chromium.ts';
import { PAGES_DIR, ROOT } from './lib/paths.ts';

const slug = process.argv[2] ?? 'all';
const reps = Number(process.argv[3] ?? 20);
const code = await bundleIife(join(ROOT, 'bench/browser/phases-entry.ts'), 'NianbaoPhases');
const browser = await launchPlain();
const page = await browser.newPage();
await page.setContent('<!DOCTYPE html><title>phases</title>');
await page.addScriptTag({ content: code });
const total: Record<string, number> = {};
for (const s of slug === 'all' ? readdirSync(PAGES_DIR) : [slug]) {
  const html = decodeHtml(new Uint8Array(readFileSync(join(PAGES_DIR, s, 'source.html'))));
  const r = await page.evaluate(([h, n]) => (globalThis as unknown as { NianbaoPhases: { phases(h: string, n: number): Record<string, number> } }).NianbaoPhases.phases(h, n), [html, reps] as const);
  for (const [k, v] of Object.entries(r)) total[k] = (total[k] ?? 0) + v;
  const main = Object.entries(r).filter(([k]) => !k.startsWith('rule '));
  console.log(s.padEnd(14), main.map(([k, v]) => `${k} ${v.toFixed(2)}`).join('  '));
}
await browser.close();
console.log('--- sum over pages');
for (const [k, v] of Object.entries(total).sort((a, b) => b[1] - a[1])) if (v >= 0.3 || !k.startsWith('rule ')) console.log(`${v.toFixed(2).padStart(8)}  ${k}`);
