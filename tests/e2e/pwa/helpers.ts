import { expect, type Page } from '@playwright/test';
import fs from 'node:fs';

export const SHOTS = 'test-results/screenshots';

/** Opens the app on a route and waits until it has rendered. */
export async function openApp(page: Page, hash = '#/'): Promise<void> {
  await page.goto(`/${hash}`);
  await expect(page.locator('.app[data-ready="true"]')).toBeVisible();
}

export async function loadSamples(page: Page): Promise<void> {
  await openApp(page);
  await page.getByTestId('load-samples').click();
  await expect(page.getByTestId('report-row').first()).toBeVisible();
}

/** Clicks an export button and returns the downloaded file's contents. */
export async function download(page: Page, testId: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const p = await file.path();
  return fs.readFileSync(p);
}

/** Exported library file with the time stamp removed, for before/after comparisons. */
export async function exportLibraryNormalised(page: Page): Promise<string> {
  const json = JSON.parse((await download(page, 'export-library')).toString('utf8')) as { exportedAt?: string };
  delete json.exportedAt;
  return JSON.stringify(json);
}

export async function reportCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const req = indexedDB.open('nianbao-library');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction('reports', 'readonly');
          const c = tx.objectStore('reports').count();
          c.onsuccess = () => {
            resolve(c.result);
            db.close();
          };
        };
      }),
  );
}
