import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analysisOf, badgeOf, DEMO, EXTENSION_DIR, expect, HOST_TAG, tabIdOf, test, waitForStatus } from './fixtures.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

test('a portal page that is not a report pays only the gate (measured)', async ({ page, sw }) => {
  await page.goto(`${DEMO}/portal-news/`);
  const tabId = await tabIdOf(sw, page);
  await page.waitForTimeout(1200);
  await expect(page.locator(HOST_TAG)).toHaveCount(0);
  expect((await badgeOf(sw, tabId)).text).toBe('');

  // Run the shipped gate script in the page 25 times and time it (whole script evaluation, and the gate call alone).
  const code = readFileSync(join(EXTENSION_DIR, 'content', 'gate.js'), 'utf8');
  const runs = await page.evaluate((source) => {
    const out: { total: number; gate: number }[] = [];
    for (let i = 0; i < 25; i++) {
      const t0 = performance.now();
      (0, eval)(source);
      out.push({ total: performance.now() - t0, gate: (globalThis as { __nianbaoGateMs?: number }).__nianbaoGateMs ?? NaN });
    }
    return out;
  }, code);
  const gate = median(runs.map((r) => r.gate));
  const total = median(runs.map((r) => r.total));
  test.info().annotations.push({ type: 'gate-ms (median)', description: gate.toFixed(3) }, { type: 'gate-script-ms (median)', description: total.toFixed(3) }, { type: 'gate.js bytes', description: String(code.length) });
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
