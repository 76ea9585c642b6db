import { expect, test } from '../network-guard.ts'; // fails the test if the PWA sends a request off 127.0.0.1
import { exportLibraryNormalised, loadSamples } from './helpers.ts';

test('a corrupt or half-valid import changes nothing and says what is wrong', async ({ page }) => {
  await loadSamples(page);
  const before = await exportLibraryNormalised(page);
  const valid = JSON.parse(before) as { captures: { report: { year: number | null } }[] };

  // Half-valid: a real library file in which one capture is broken.
  const halfValid = structuredClone(valid) as { exportedAt?: string; captures: Record<string, unknown>[] };
  halfValid.exportedAt = new Date().toISOString();
  (halfValid.captures[1].report as Record<string, unknown>).year = 'two thousand';
  halfValid.captures[0] = { ...halfValid.captures[0], id: 'changed-id' };

  await page.getByTestId('nav-import').click();
  await page.getByTestId('file-input').setInputFiles([
    { name: 'half-valid.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(halfValid)) },
    { name: 'truncated.json', mimeType: 'application/json', buffer: Buffer.from(before.slice(0, 5000)) },
    { name: 'checker.jsonl', mimeType: 'application/json', buffer: Buffer.from('{"source":"x","report":{}}\nnot json\n') },
  ]);
  const rejected = page.getByTestId('import-rejected');
  await expect(rejected).toBeVisible();
  await expect(rejected).toContainText('half-valid.json');
  await expect(rejected).toContainText('captures.1.report.year');
  await expect(rejected).toContainText('truncated.json');
  await expect(rejected).toContainText('checker.jsonl');
  await expect(page.getByTestId('commit-import')).toBeDisabled();

  await page.getByTestId('nav-library').click();
  expect(await exportLibraryNormalised(page)).toBe(before);
});

test('re-importing an export is recognised as already present', async ({ page }) => {
  await loadSamples(page);
  const before = { ...JSON.parse(await exportLibraryNormalised(page)), exportedAt: new Date().toISOString() };
  await page.getByTestId('nav-import').click();
  await page.getByTestId('file-input').setInputFiles({ name: 'library.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(before)) });
  await expect(page.getByTestId('import-preview')).toBeVisible();
  await expect(page.locator('tr[data-status="present"]').first()).toBeVisible();
  await expect(page.locator('tr[data-status="new"]')).toHaveCount(0);
});
