import { expect, test } from '../network-guard.ts'; // fails the test if the PWA sends a request off 127.0.0.1
import { SHOTS, loadSamples, openApp, reportCount } from './helpers.ts';

test('sample import survives a reload; library and report views render', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const started = Date.now();
  await loadSamples(page);
  const count = await reportCount(page);
  console.log(`samples: ${count} reports imported in ${Date.now() - started} ms (incl. page load)`);
  expect(count).toBeGreaterThanOrEqual(10);
  await page.reload();
  await expect(page.getByTestId('report-row').first()).toBeVisible();
  expect(await reportCount(page)).toBe(count);
  await expect(page.getByTestId('library-counts')).toContainText(`${count} / ${count}`);
  await page.screenshot({ path: `${SHOTS}/library.png`, fullPage: true });

  // Filter: only the derived district agency.
  await page.getByTestId('filter-agency').selectOption('示例区人民政府');
  await expect(page.getByTestId('report-row')).toHaveCount(2);
  await page.getByTestId('filter-agency').selectOption('');

  // Report view: the three tables, rendered from parsed data.
  await page.getByTestId('search').fill('平潭综合实验区2023');
  await page.getByTestId('report-row').first().locator('a').click();
  await expect(page.getByTestId('report-view')).toBeVisible();
  await expect(page.getByTestId('table-applications').locator('td[data-cell="applications.received.total"]')).toHaveText('81');
  await expect(page.getByTestId('original-link')).toHaveAttribute('href', /pingtan\.gov\.cn/);
  await page.screenshot({ path: `${SHOTS}/report.png`, fullPage: true });
  expect(errors).toEqual([]);
});

test('empty library offers the samples; English is available', async ({ page }) => {
  await openApp(page);
  await expect(page.getByTestId('empty-library')).toContainText('报告库是空的');
  await page.getByTestId('lang-toggle').click();
  await expect(page.getByTestId('empty-library')).toContainText('The library is empty');
});
