import { expect, test } from '../network-guard.ts'; // fails the test if the PWA sends a request off 127.0.0.1
import { loadSamples, reportCount } from './helpers.ts';

test('after the first visit the app and its data work offline', async ({ page, context }) => {
  await loadSamples(page);
  const count = await reportCount(page);
  // stack-notes pitfall 12: wait for the service worker before reloading.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('report-row').first()).toBeVisible();
  expect(await reportCount(page)).toBe(count);
  // A deep route (navigateFallback) and a report from IndexedDB, offline.
  await page.goto('/#/compare/agency');
  await expect(page.getByTestId('series-table')).toBeVisible();
  await page.getByTestId('nav-library').click();
  await page.getByTestId('report-row').first().locator('a').click();
  await expect(page.getByTestId('report-view')).toBeVisible();
  await context.setOffline(false);
});
