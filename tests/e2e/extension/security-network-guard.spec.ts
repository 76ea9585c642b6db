/**
 * The network guard itself (tests/e2e/network-guard.ts) can fail: requests that our code sends off the machine are
 * attributed to the extension's service worker, its pages and its content scripts; the page's own are only blocked.
 */
import { DEMO, expect, tabIdOf, test, waitForStatus } from './fixtures.ts';

test('the guard tells our requests from the page’s and blocks both', async ({ context, page, sw, extensionId, networkGuard }) => {
  await page.goto(`${DEMO}/errors-2024/`);
  const tabId = await tabIdOf(sw, page);
  await waitForStatus(sw, tabId, 'ready');
  // Nothing of ours has left so far (a real page load with the checker running).
  expect(networkGuard.takeViolations()).toEqual([]);

  // The page's own request: blocked, recorded, not a failure.
  expect(await page.evaluate(() => fetch('https://page.example.com/own.js').then(() => 'reached', () => 'blocked'))).toBe('blocked');
  // The extension's service worker.
  expect(await sw.evaluate(() => fetch('https://sw.example.com/x').then(() => 'reached', () => 'blocked'))).toBe('blocked');
  // An extension page.
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${extensionId}/options/index.html`);
  expect(await ext.evaluate(() => fetch('https://options.example.com/x').then(() => 'reached', () => 'blocked'))).toBe('blocked');
  // A script in the extension's isolated world of the web page (what a content script is).
  await sw.evaluate(async (id) => {
    await chrome.scripting.executeScript({ target: { tabId: id }, func: () => void fetch('https://content.example.com/x').catch(() => undefined) });
  }, tabId);
  await expect.poll(() => networkGuard.summary().violations.length).toBe(3);
  await page.waitForTimeout(300);

  const violations = networkGuard.takeViolations();
  expect(violations.map((v) => [v.initiator, new URL(v.url).host]).sort()).toEqual([
    ['content-script', 'content.example.com'],
    ['extension-page', 'options.example.com'],
    ['extension-sw', 'sw.example.com'],
  ]);
  const summary = networkGuard.summary();
  expect(summary.blockedPageRequests.map((r) => r.url)).toContain('https://page.example.com/own.js');
  expect(summary.blockedPageRequests.every((r) => r.initiator === 'page')).toBe(true);
  expect(summary.serviceWorkerRequests).toBeGreaterThan(0);
});
