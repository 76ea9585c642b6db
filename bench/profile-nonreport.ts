/**
 * What an extension costs a page that is not a report, variant by variant, in one run (back to back):
 *   node --import tsx bench/profile-nonreport.ts [reloads] [extensionDir...]
 *   INJECTIONS=n: n traced visits per extension variant instead (bench/lib/injection-trace.ts): all variants open the
 *   page at the same moment in each round (same machine load for each), keep it WINDOW_MS (default 6500) and sum the
 *   main-thread CPU of every injection of that extension; this compares two builds to ±0.2 ms where ScriptDuration
 *   differences cannot (e.g. `INJECTIONS=6 node --import tsx bench/profile-nonreport.ts 0 /tmp/old/dist/extension dist/extension`).
 * Variants: no extension, a control extension whose only content script is an EMPTY file on the same matches (the
 * fixed cost of any declared content script), and each extension folder given (default: dist/extension).
 * Each variant gets its own persistent context; the demo portal's news page is opened in a NEW tab round-robin across
 * them (a new tab is a new renderer process, so CDP's per-process counters start at zero); per visit, ScriptDuration
 * (main-thread script) after load + settle. Then one traced visit per variant: the page renderer's main-thread trace
 * events summed by name, to see where the time goes (script compile, evaluation, isolated-world set-up).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { BrowserContext } from '@playwright/test';
import { startServer } from '../scripts/serve-pages.ts';
import { PORTAL_MATCHES } from '../extension/manifest.config.ts';
import { launchWithExtension, launchWithoutExtension } from './lib/chromium.ts';
import { EXTENSION_DIST, scratchDir } from './lib/paths.ts';
import { median, round, sum } from './lib/stats.ts';
import { injectionsInto, startTracing, type Injection } from './lib/injection-trace.ts';
import { visitCost } from './lib/visit-cost.ts';

const args = process.argv.slice(2);
const reloads = Number(args[0] ?? 15);
const dirs = args.slice(1).length ? args.slice(1) : [EXTENSION_DIST];

function controlExtension(): string {
  const dir = scratchDir('empty-cs');
  mkdirSync(join(dir, 'content'));
  writeFileSync(join(dir, 'content', 'empty.js'), '');
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({
    manifest_version: 3,
    name: 'control: empty content script',
    version: '1.0.0',
    content_scripts: [{ matches: PORTAL_MATCHES, js: ['content/empty.js'], run_at: 'document_idle' }],
    host_permissions: PORTAL_MATCHES,
  }));
  return dir;
}

async function traceVisit(context: BrowserContext, url: string, settleMs: number): Promise<Record<string, number>> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const tracing = await startTracing(cdp, process.env.TRACE_CATEGORIES ?? 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(settleMs);
  const events = await tracing.stop();
  await cdp.detach();
  await page.close();
  // The renderer main thread that parsed our page.
  const main = events.find((e) => e.name === 'ParseHTML' && (e.args?.beginData as { url?: string } | undefined)?.url === url);
  const sums: Record<string, number> = {};
  for (const e of events) {
    if (!main || e.pid !== main.pid || e.tid !== main.tid || e.ph !== 'X' || !e.dur) continue;
    const url = (e.args?.data as { url?: string } | undefined)?.url ?? '';
    const tag = url.startsWith('chrome-extension://') ? ` [ext ${url.split('/').slice(3).join('/')}]` : '';
    const key = `${e.name}${tag}`;
    sums[key] = (sums[key] ?? 0) + e.dur / 1000;
  }
  return sums;
}

async function tracedInjections(variants: { name: string; context: BrowserContext }[], url: string, visits: number, windowMs: number): Promise<void> {
  const runs = new Map<string, Injection[][]>(variants.map((v) => [v.name, []]));
  for (let i = 0; i < visits; i++) {
    await Promise.all(variants.map(async (v) => {
      const sw = v.context.serviceWorkers()[0];
      const extensionId = sw ? new URL(sw.url()).host : '';
      const tracing = await startTracing(await v.context.newCDPSession(v.context.pages()[0]));
      const page = await v.context.newPage();
      const visitUrl = `${url}?visit=${i}`;
      await page.goto(visitUrl, { waitUntil: 'load' });
      await page.waitForTimeout(windowMs);
      const events = await tracing.stop();
      await page.close();
      runs.get(v.name)!.push(injectionsInto(events, visitUrl, extensionId) ?? []);
    }));
  }
  console.log(`Injections per visit (main-thread CPU, ms), ${visits} visits, ${windowMs} ms after load:`);
  for (const [name, visitsOf] of runs) {
    const total = visitsOf.map((v) => sum(v.map((x) => x.cpuMs)));
    const firstTask = visitsOf.map((v) => v[0]?.cpuMs ?? 0);
    const gate = visitsOf.map((v) => sum(v.filter((x) => x.script !== '(func)').map((x) => x.cpuMs)));
    const probes = visitsOf.flatMap((v) => v.filter((x) => x.script === '(func)').map((x) => x.cpuMs));
    console.log(`  ${name}\n    total ${round(median(total), 2)} [${total.map((x) => round(x, 2)).join(' ')}]  first task ${round(median(firstTask), 2)}  gate files ${round(median(gate), 2)}  probe ${round(median(probes), 2)} each  injections ${visitsOf.map((v) => v.map((x) => x.script.split('/').pop()).join('+')).join(' | ')}`);
  }
}

async function main(): Promise<void> {
  const server = await startServer(0);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/demo/pages/portal-news/`;
  const variants: { name: string; dir: string | null }[] = [
    { name: 'no extension', dir: null },
    { name: 'no extension (A/A)', dir: null },
    { name: 'empty content script', dir: controlExtension() },
    ...dirs.map((dir) => ({ name: dir, dir })),
  ];
  const live = [];
  for (const v of variants) {
    const context = await (v.dir ? launchWithExtension(v.dir) : launchWithoutExtension());
    await (context.pages()[0] ?? (await context.newPage())).goto(url);
    live.push({ ...v, context, runs: [] as number[] });
  }
  const settle = Number(process.env.SETTLE_MS ?? 1500);
  try {
    if (process.env.INJECTIONS) {
      await tracedInjections(live.filter((v) => v.dir !== null), url, Number(process.env.INJECTIONS), Number(process.env.WINDOW_MS ?? 6500));
      return;
    }
    for (let i = 0; i < reloads + 1; i++) {
      for (const v of live) {
        const { scriptMs } = await visitCost(v.context, url, settle);
        if (i > 0) v.runs.push(scriptMs);
      }
    }
    const base = median(live[0].runs);
    console.log(`ScriptDuration per visit, median of ${reloads} (Δ vs no extension):`);
    for (const v of live) console.log(`  ${v.name.padEnd(40)} ${round(median(v.runs), 2).toString().padStart(7)} ms  Δ ${round(median(v.runs) - base, 2)}  [${v.runs.map((x) => round(x, 1)).join(' ')}]`);
    if (process.env.TRACE !== '0') {
      for (const v of live) {
        const sums = await traceVisit(v.context, url, settle);
        const top = Object.entries(sums).filter(([, ms]) => ms >= 0.05).sort((a, b) => b[1] - a[1]).slice(0, 25);
        console.log(`\ntrace, one visit: ${v.name}`);
        for (const [name, ms] of top) console.log(`  ${round(ms, 2).toString().padStart(8)} ms  ${name}`);
      }
    }
  } finally {
    for (const v of live) await v.context.close();
    server.close();
  }
}

await main();
