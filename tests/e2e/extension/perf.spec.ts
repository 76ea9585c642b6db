import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analysisOf, badgeOf, DEMO, EXTENSION_DIR, expect, HOST_TAG, tabIdOf, test, waitForStatus } from './fixtures.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

interface GateRecord {
  url: string;
  report: boolean;
  stage: 1 | 2;
  ms: number | null;
  size: number;
  runs: number;
  probes: number;
}

test('a portal page that is not a report pays only the first stage of the MAIN-world gate, once (measured)', async ({ page, sw }) => {
  await page.goto(`${DEMO}/portal-news/`);
  const tabId = await tabIdOf(sw, page);
  // The background gates the page once it has loaded; wait for its record, then past the first late-body probe.
  const gateRecord = () => sw.evaluate(async (id) => ((await chrome.storage.session.get(`gate:${id}`))[`gate:${id}`] ?? null) as GateRecord | null, tabId);
  await expect.poll(gateRecord, { timeout: 10_000 }).not.toBeNull();
  await page.waitForTimeout(2000);
  const record = (await gateRecord())!;
  await expect(page.locator(HOST_TAG)).toHaveCount(0);
  expect((await badgeOf(sw, tabId)).text).toBe('');
  expect(record.report).toBe(false);
  // The first stage ruled the page out: the full gate (content/gate-main.js) was never injected.
  expect(record.stage).toBe(1);
  // One gate run: the probe found the element count unchanged, so the gate did not run again.
  expect(record.runs).toBe(1);
  expect(record.probes).toBeGreaterThanOrEqual(1);
  // No isolated world: nothing of ours answers in the tab (no content script, no checker).
  const answer = await sw.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'content/get-analysis' }, { frameId: 0 }).then(() => 'answered', (e: Error) => e.message), tabId);
  expect(answer).toMatch(/Receiving end does not exist/);
  // No global left in the page.
  expect(await page.evaluate(() => Object.keys(window).filter((k) => /nianbao/i.test(k)))).toEqual([]);

  // Run the shipped gate files in the page 25 times each (as the background does: a file's value is the answer) and
  // time them: the first stage (whole script), and the full gate (whole script, and the gate call as it times itself).
  const first = readFileSync(join(EXTENSION_DIR, 'content', 'gate-first.js'), 'utf8');
  const full = readFileSync(join(EXTENSION_DIR, 'content', 'gate-main.js'), 'utf8');
  const runs = await page.evaluate(([firstSource, fullSource]) => {
    const out: { first: number; firstValue: number; total: number; gate: number; report: boolean }[] = [];
    for (let i = 0; i < 25; i++) {
      const t0 = performance.now();
      const firstValue = (0, eval)(firstSource) as number;
      const t1 = performance.now();
      const value = (0, eval)(fullSource) as { report: boolean; ms: number };
      out.push({ first: t1 - t0, firstValue, total: performance.now() - t1, gate: value.ms, report: value.report });
    }
    return out;
  }, [first, full]);
  expect(runs.every((r) => r.report === false)).toBe(true);
  // The first stage's value: the element count (certainly no report), the one the background recorded.
  expect(runs.every((r) => r.firstValue === record.size)).toBe(true);
  const firstMs = median(runs.map((r) => r.first));
  const gate = median(runs.map((r) => r.gate));
  const total = median(runs.map((r) => r.total));
  test.info().annotations.push(
    { type: 'gate-first-ms (median of 25)', description: firstMs.toFixed(3) },
    { type: 'gate-ms (median of 25)', description: gate.toFixed(3) },
    { type: 'gate-script-ms (median of 25)', description: total.toFixed(3) },
    { type: 'gate-first.js / gate-main.js bytes', description: `${first.length} / ${full.length}` },
  );
  expect(firstMs).toBeLessThanOrEqual(1);
  expect(gate).toBeLessThanOrEqual(1);
  expect(total).toBeLessThanOrEqual(3);
});

test('drawing the annotations stays within a frame budget (measured)', async ({ context, page, sw, extensionId }) => {
  await page.goto(`${DEMO}/errors-2024/`);
  const tabId = await tabIdOf(sw, page);
  await waitForStatus(sw, tabId, 'ready');
  const first = await analysisOf(context, extensionId, tabId);
  expect(first.findings.length).toBeGreaterThan(0);
  // Redraw a few times (a review change redraws without re-parsing) and keep each draw's main-thread time.
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${extensionId}/options/index.html`);
  const draws: number[] = [];
  for (let i = 0; i < 7; i++) {
    await ext.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'content/reviews-changed' }, { frameId: 0 }), tabId);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const { timings } = await analysisOf(context, extensionId, tabId);
    draws.push(timings.drawMs + timings.layoutMs);
  }
  const { parseMs, rulesMs } = first.timings;
  test.info().annotations.push({ type: 'timings-ms', description: JSON.stringify({ parseMs, rulesMs, firstDraw: first.timings.drawMs, firstLayout: first.timings.layoutMs, redrawMedian: median(draws), redrawMin: Math.min(...draws) }) });
  // The frame budget (16 ms) on the best of seven; the machine is shared, so the median is only reported.
  expect(Math.min(...draws)).toBeLessThanOrEqual(16);
});
