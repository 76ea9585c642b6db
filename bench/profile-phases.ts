/**
 * Core's phases in Chromium by main-thread CPU time (CDP Performance metric ThreadTime; far steadier than wall time
 * on a busy machine): DOMParser, detect, scan, container, walk, grids, parseReport as a whole, rules as a whole, and
 * each rule alone. Milliseconds per document, medians of batches.
 * Usage: node --import tsx bench/profile-phases.ts [slug|all] [batches, default 5] [docs per batch, default 10] [git ref]
 * (run under flock /tmp/e2e.lock).
 */
import { copyFileSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { BASE_ARGS, CHROMIUM } from '../playwright.config.ts';
import { decodeHtml } from '../core/parse/decode.ts';
import { bundleIife } from './lib/bundle.ts';
import { checkout } from './lib/checkout.ts';
import { PAGES_DIR, ROOT } from './lib/paths.ts';
import { median } from './lib/stats.ts';

const slug = process.argv[2] ?? 'all';
const batches = Number(process.argv[3] ?? 5);
const n = Number(process.argv[4] ?? 10);
const ref = process.argv[5];
/** With a ref, that ref's core runs under this worktree's step entry (same steps on both sides). */
function entryFor(r: string | undefined): string {
  if (!r) return join(ROOT, 'bench/browser/steps-entry.ts');
  const file = join(checkout(r), 'bench/browser/steps-entry.ts');
  copyFileSync(join(ROOT, 'bench/browser/steps-entry.ts'), file);
  return file;
}
const code = await bundleIife(entryFor(ref), 'S');
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...BASE_ARGS, '--js-flags=--expose-gc'] });
const page = await browser.newPage();
await page.setContent('<!DOCTYPE html><title>phases</title>');
await page.addScriptTag({ content: code });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Performance.enable');
const threadMs = async (): Promise<number> => {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN) * 1000;
};
const cpu = async (expr: string): Promise<number> => {
  const t0 = await threadMs();
  await page.evaluate(expr);
  return (await threadMs()) - t0;
};
let empty = Infinity;
for (let i = 0; i < 10; i++) empty = Math.min(empty, await cpu('0'));
const ruleIds = (await page.evaluate('S.ruleIds')) as string[];
const total = new Map<string, number>();
for (const s of slug === 'all' ? readdirSync(PAGES_DIR).sort() : [slug]) {
  const html = decodeHtml(new Uint8Array(readFileSync(join(PAGES_DIR, s, 'source.html'))));
  await page.evaluate((h) => ((globalThis as unknown as { __html: string }).__html = h), html);
  const per = new Map<string, number[]>();
  const add = (k: string, ms: number) => per.set(k, [...(per.get(k) ?? []), (ms - empty) / n]);
  for (let b = 0; b < batches + 1; b++) {
    const keep = b > 0;
    await page.evaluate('gc()');
    const dom = await cpu(`S.domParse(__html, ${n})`);
    if (keep) add('domparser', dom);
    await page.evaluate(`S.prep(__html, ${n})`);
    for (const step of ['detect', 'scan', 'container', 'walk', 'grids']) {
      const ms = await cpu(`S.steps.${step}(), 0`);
      if (keep) add(step, ms);
    }
    await page.evaluate(`S.prep(__html, ${n})`);
    const parse = await cpu('S.parseAll()');
    const rules = await cpu('S.rulesAll()');
    if (keep) {
      add('parseReport', parse);
      add('rules', rules);
    }
    if (b === batches) {
      await page.evaluate('S.prepCopies()');
      for (const id of ruleIds) add(`rule ${id}`, await cpu(`S.ruleAlone(${JSON.stringify(id)})`));
    }
  }
  const med = [...per.entries()].map(([k, v]) => [k, median(v)] as const);
  for (const [k, v] of med) total.set(k, (total.get(k) ?? 0) + v);
  console.log(s.padEnd(14), med.filter(([k]) => !k.startsWith('rule ')).map(([k, v]) => `${k} ${v.toFixed(2)}`).join('  '));
}
await browser.close();
console.log('--- sum over pages (ms per document)');
for (const [k, v] of [...total.entries()].sort((a, b) => b[1] - a[1])) if (v >= 0.1 || !k.startsWith('rule ')) console.log(`${v.toFixed(2).padStart(8)}  ${k}`);
