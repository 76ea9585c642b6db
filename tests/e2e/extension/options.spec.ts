import { analysisOf, DEMO, expect, HOST_TAG, tabIdOf, test, waitForStatus } from './fixtures.ts';

test('options: turning a rule off removes its marks; severity and language apply live', async ({ context, page, sw, extensionId }) => {
  await page.goto(`${DEMO}/errors-2024/`);
  const tabId = await tabIdOf(sw, page);
  await waitForStatus(sw, tabId, 'ready');
  await expect(page.locator(`${HOST_TAG} .box[data-rule="t4-block-total"]`)).toHaveCount(2);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options/index.html`);
  const row = options.locator('tr[data-rule="t4-block-total"]');
  await expect(row.locator('.rule-name')).toHaveText('表四各栏总计');

  // Severity: error → warning.
  await row.locator('select').selectOption('warning');
  await expect(page.locator(`${HOST_TAG} .box[data-rule="t4-block-total"][data-severity="warning"]`)).toHaveCount(2);

  // Language: English popover text and rule names.
  await options.locator('input[name="lang"][value="en"]').check();
  await expect(options.locator('h1')).toHaveText('Nianbao Inspector settings');
  await expect.poll(async () => (await analysisOf(context, extensionId, tabId)).findings.find((f) => f.ruleId === 't4-block-total')?.message).toMatch(/the parts add up to 7, but the total reads 8/);
  await page.bringToFront();
  const pin = page.locator(`${HOST_TAG} .pin[data-key^="t4-block-total|mismatch|reviewLitigation.review.total|"]`);
  await pin.evaluate(async (el) => {
    window.scrollBy(0, el.getBoundingClientRect().top - innerHeight / 2);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
  await pin.click();
  const popover = page.locator(`${HOST_TAG} .popover`);
  await expect(popover.locator('.rule')).toHaveText('Table 4 block totals');
  await expect(popover.locator('.sev')).toContainText('Warning');
  await expect(popover.locator('dt').first()).toHaveText('Expected');
  await expect(pin).toHaveAttribute('aria-label', /^Warning: /);
  await page.screenshot({ path: test.info().outputPath('popover-en.png') });
  await options.bringToFront();

  // Off: the marks go away.
  await row.locator('input[type="checkbox"]').uncheck();
  await expect(page.locator(`${HOST_TAG} .box[data-rule="t4-block-total"]`)).toHaveCount(0);

  // Settings persist (reload the options page).
  await options.reload();
  await expect(options.locator('tr[data-rule="t4-block-total"] input[type="checkbox"]')).not.toBeChecked();
  await expect(options.locator('input[name="lang"][value="en"]')).toBeChecked();
  await options.locator('button.reset').click();
  await expect(page.locator(`${HOST_TAG} .box[data-rule="t4-block-total"][data-severity="error"]`)).toHaveCount(2);
});
