/**
 * Where the extension's draw time goes on the largest fixture page (pingtan-2021):
 *   node --import tsx bench/profile-annotate.ts [runs]
 * Loads the page with the built extension, then re-scans `runs` times under the CDP sampling profiler and prints
 * self time per function (top 30) and the content script's own timings (drawMs = resolve + build, layoutMs).
 * MUTATE=1: a no-op DOM change (a comment appended and removed) before each redraw, so the draw's lookups (table
 * grids, text index: content/dom-index.ts) are rebuilt every time, as on a page's first draw.
 */
import type { AddressInfo } from 'node:net';
import { startServer } from '../scripts/serve-pages.ts';
import { launchWithExtension } from './lib/chromium.ts';
import { median, round } from './lib/stats.ts';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; hitCount?: number }

const runs = Number(process.argv[2] ?? 10);
const server = await startServer(0);
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const context = await launchWithExtension();
try {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  for (let t = 0; t < 50 && !(await sw.evaluate(() => chrome.tabs.onUpdated.hasListeners()).catch(() => false)); t++) await new Promise((r) => setTimeout(r, 100));
  const extensionId = new URL(sw.url()).host;
  const page = await context.newPage();
  const url = `${origin}/fixtures/pages/${process.env.SLUG ?? 'pingtan-2021'}/source.html`;
  await page.goto(url);
  const tabId = await sw.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? -1, url);
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${extensionId}/options/index.html`);
  const analysis = () => ext.evaluate(async (id) => ((await chrome.tabs.sendMessage(id, { type: 'content/get-analysis' })) as { analysis?: { status: string; timings: Record<string, number>; findings: { ruleId: string; cells: unknown[]; text: unknown[] }[] } }).analysis ?? null, tabId);
  for (let i = 0; i < 100; i++) {
    const a = await analysis().catch(() => null);
    if (a?.status === 'ready') break;
    await page.waitForTimeout(200);
  }
  const first = (await analysis())!;
  console.log('findings:', first.findings.map((f) => `${f.ruleId} cells ${f.cells.length} text ${f.text.length}`).join('; '));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const draws: number[] = [];
  const layouts: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (process.env.MUTATE === '1') await page.evaluate(() => document.body.append(document.createComment('')));
    await ext.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'content/reviews-changed' }), tabId);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const t = (await analysis())!.timings;
    draws.push(t.drawMs);
    layouts.push(t.layoutMs);
  }
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => {
    const n = byId.get(id)!;
    const f = n.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').slice(-2).join('/')}:${f.lineNumber}:${f.columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  console.log(`${process.env.NIANBAO_EXTENSION_DIST ?? 'dist/extension'} MUTATE=${process.env.MUTATE ?? 0}: redraw (reviews-changed: resolve + build, no parse): drawMs median ${round(median(draws), 2)} [${draws.map((d) => round(d, 1)).join(' ')}], layoutMs median ${round(median(layouts), 2)}`);
  for (const [k, ms] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${round(ms, 2).toString().padStart(9)} ms  ${k}`);
} finally {
  await context.close();
  server.close();
}
