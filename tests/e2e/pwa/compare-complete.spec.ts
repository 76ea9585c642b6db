import { expect, test } from '@playwright/test';
import { loadSamples } from './helpers.ts';

test('the year-over-year view fills its whole series table and lists every agency after opening', async ({ page }) => {
  await loadSamples(page);
  const agencies = await page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const req = indexedDB.open('nianbao-library');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const all = req.result.transaction('reports', 'readonly').objectStore('reports').getAll();
          all.onsuccess = () => {
            resolve([...new Set((all.result as { agency: string }[]).map((r) => r.agency))]);
            req.result.close();
          };
        };
      }),
  );
  expect(agencies.length).toBeGreaterThan(1);
  await page.goto(`/#/compare/agency?agency=${encodeURIComponent('示例区人民政府')}`);
  const table = page.getByTestId('series-table');
  await expect(table).toBeVisible();
  const total = Number(await table.getAttribute('data-rows'));
  expect(total).toBeGreaterThan(24); // more than the first chunk, so the later chunks are exercised
  await expect(table.locator('tbody tr')).toHaveCount(total);
  // The picker's names arrive after the view (idle or on focus): all agencies with reports.
  await page.getByTestId('compare-agency-select').focus();
  await expect(page.getByTestId('compare-agency-select').locator('option')).toHaveCount(agencies.length);
});
