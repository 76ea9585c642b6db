/**
 * Before/after timing of core in ONE Chromium page: the worktree's core (B) against core at a git ref (A), in
 * alternating batches on fresh Documents of the same HTML (fixture pages and the ×10 / ×100 grown page), so machine
 * load hits both alike. Time is the renderer main thread's CPU time (CDP Performance metric ThreadTime), which a busy
 * machine disturbs far less than wall time. Prints per page DOMParser ms, A ms, B ms, B/A, and the parseVsDom figure
 * (median over pages of core ÷ DOMParser) of each.
 * Usage: node --import tsx bench/profile-compare.ts <git ref> [batches, default 7] [docs per batch, default 10]
 * (run under flock /tmp/e2e.lock).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHtml } from '../core/parse/decode.ts';
import { bundleIife } from './lib/bundle.ts';
import { checkout } from './lib/checkout.ts';
import { chromium } from '@playwright/test';
import { BASE_ARGS, CHROMIUM } from '../playwright.config.ts';
import { fixturePages, ROOT } from './lib/paths.ts';
import { median, round } from './lib/stats.ts';

// Browser-side helpers as plain source (no bundler helpers inside page.evaluate).
const HELPERS = `
globalThis.__prep = (name, n) => {
  const html = globalThis.__pages[name];
  globalThis.__docs = Array.from({ length: n }, () => new DOMParser().parseFromString(html, 'text/html'));
  if (typeof gc === 'function') gc(); // no garbage of earlier batches collected inside the measured one
};
globalThis.__run = (which, name) => {
  let findings = 0;
  for (const d of globalThis.__docs) findings = globalThis[which].checkDocument(d, 'https://bench.invalid/' + name).findings;
  return findings;
};
globalThis.__dom = (name, n) => {
  const html = globalThis.__pages[name];
  let k = 0;
  for (let i = 0; i < n; i++) k += new DOMParser().parseFromString(html, 'text/html').childNodes.length;
  return k;
};
globalThis.__gc = () => (typeof gc === 'function' ? (gc(), 1) : 0);
globalThis.__grow = () => {
  const p = globalThis.__pages;
  p.x10 = globalThis.B.growRows(p['pingtan-2023'], 10);
  p.x100 = globalThis.B.growRows(p['pingtan-2023'], 100);
};
`;

async function main(): Promise<void> {
  const ref = process.argv[2] ?? 'HEAD';
  const batches = Number(process.argv[3] ?? 7);
  const perBatch = Number(process.argv[4] ?? 10);
  const a = await bundleIife(join(checkout(ref), 'bench/browser/core-entry.ts'), 'A');
  const b = await bundleIife(join(ROOT, 'bench/browser/core-entry.ts'), 'B');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...BASE_ARGS, '--js-flags=--expose-gc'] });
  try {
    const page = await browser.newPage();
    await page.setContent('<!DOCTYPE html><html><head><meta charset="utf-8"><title>compare</title></head><body></body></html>');
    await page.addScriptTag({ content: a });
    await page.addScriptTag({ content: b });
    await page.addScriptTag({ content: HELPERS });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const threadMs = async (): Promise<number> => {
      const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
      return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN) * 1000;
    };
    /** CPU ms of the main thread spent in `expr`, minus the cost of an empty evaluate. */
    const cpu = async (expr: string): Promise<{ ms: number; value: unknown }> => {
      const t0 = await threadMs();
      const value = await page.evaluate(expr);
      return { ms: (await threadMs()) - t0, value };
    };
    const pages: Record<string, string> = {};
    for (const p of fixturePages()) pages[p.slug] = decodeHtml(new Uint8Array(readFileSync(p.file)));
    await page.evaluate((p) => ((globalThis as unknown as { __pages: Record<string, string> }).__pages = p), pages);
    await page.evaluate('__grow()');
    let empty = Infinity;
    for (let i = 0; i < 10; i++) empty = Math.min(empty, (await cpu('0')).ms);
    const names = [...Object.keys(pages), 'x10', 'x100'];
    console.log(`A = ${ref}, B = worktree; main-thread CPU ms per document, medians of ${batches} batches`);
    console.log('page            dom        A        B    B/A   A/dom  B/dom');
    const ra: number[] = [];
    const rb: number[] = [];
    let slower = 0;
    for (const name of names) {
      const n = name === 'x100' ? Math.max(2, perBatch >> 2) : name === 'x10' ? Math.max(3, perBatch >> 1) : perBatch;
      const t = { dom: [] as number[], A: [] as number[], B: [] as number[], fA: -1, fB: -1 };
      for (let i = 0; i < batches + 1; i++) {
        await page.evaluate('__gc()');
        const dom = await cpu(`__dom(${JSON.stringify(name)}, ${n})`);
        for (const which of i % 2 ? (['B', 'A'] as const) : (['A', 'B'] as const)) {
          await page.evaluate(`__prep(${JSON.stringify(name)}, ${n})`);
          const r = await cpu(`__run('${which}', ${JSON.stringify(name)})`);
          if (i === 0) continue; // warm-up batch
          t[which].push((r.ms - empty) / n);
          t[which === 'A' ? 'fA' : 'fB'] = r.value as number;
        }
        if (i > 0) t.dom.push((dom.ms - empty) / n);
      }
      const dom = median(t.dom);
      const am = median(t.A);
      const bm = median(t.B);
      ra.push(am / dom);
      rb.push(bm / dom);
      if (bm > am) slower++;
      const f = (x: number, d = 2) => round(x, d).toFixed(d).padStart(8);
      const warn = t.fA === t.fB ? '' : `  FINDINGS DIFFER ${t.fA} vs ${t.fB}`;
      console.log(`${name.padEnd(14)}${f(dom)} ${f(am)} ${f(bm)} ${f(bm / am).slice(2)} ${f(am / dom).slice(2)} ${f(bm / dom).slice(2)}${warn}`);
    }
    console.log(`parseVsDom (median over the ${names.length} pages of core ÷ DOMParser, CPU time): A ${round(median(ra), 3)}  B ${round(median(rb), 3)}; B slower on ${slower} pages`);
  } finally {
    await browser.close();
  }
}

await main();
