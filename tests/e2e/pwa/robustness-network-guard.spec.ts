/**
 * The network guard (tests/e2e/network-guard.ts) fails PWA tests on any request the app sends off the machine,
 * and the app's CSP stops such a request before it is even sent.
 */
import { expect, test } from '../network-guard.ts';
import { openApp } from './helpers.ts';

test('the library’s CSP refuses a request to another origin before it leaves', async ({ page, networkGuard }) => {
  await openApp(page);
  const result = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
    const fetched = await fetch('https://cdn.example.com/x.js').then(() => 'reached', () => 'blocked');
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Each policy in force reports it (index.html's meta policy and the header from pwa/public/_headers).
    return { fetched, violations: [...new Set(violations)] };
  });
  expect(result).toEqual({ fetched: 'blocked', violations: ['connect-src https://cdn.example.com/x.js'] });
  expect(networkGuard.summary().violations).toEqual([]);
});

test.describe('with the CSP bypassed', () => {
  test.use({ bypassCSP: true });

  test('a request by the library page is caught as ours', async ({ page, networkGuard }) => {
    await openApp(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    expect(networkGuard.takeViolations()).toEqual([]);
    expect(await page.evaluate(() => fetch('https://cdn.example.com/x.js').then(() => 'reached', () => 'blocked'))).toBe('blocked');
    await expect.poll(() => networkGuard.summary().violations.map((v) => [v.initiator, v.url])).toEqual([['pwa', 'https://cdn.example.com/x.js']]);
    networkGuard.takeViolations();
    const summary = networkGuard.summary();
    // The app's own loads are counted as the PWA's; its service worker's precache requests are observable (local).
    expect(summary.requests.pwa).toBeGreaterThan(3);
    expect(summary.serviceWorkerRequests).toBeGreaterThan(0);
    expect(summary.blockedPageRequests).toEqual([]);
  });
});
