import { DEMO, expect, HOST_TAG, openPanel, tabIdOf, test, waitForStatus } from './fixtures.ts';

const REVIEW_KEY = 't4-block-total|mismatch|reviewLitigation.review.total|';
const LITIGATION_KEY = 't4-block-total|mismatch|reviewLitigation.litigationAfterReview.total|';

test('side panel: counts, list, filter, jump both ways, parse summary', async ({ context, page, sw, extensionId }) => {
  await page.goto(`${DEMO}/errors-2024/`);
  const tabId = await tabIdOf(sw, page);
  await waitForStatus(sw, tabId, 'ready');
  const panel = await openPanel(context, extensionId, tabId);

  // Counts by severity match the list.
  const errorChip = panel.locator('.chip[data-severity="error"]');
  await expect(errorChip.locator('.count')).toHaveText('2');
  const items = panel.locator('li.finding');
  await expect(panel.locator('li.finding.sev-error')).toHaveCount(2);
  await expect(panel.locator(`li.finding[data-key="${REVIEW_KEY}"] .message`)).toHaveText('行政复议：各项之和 = 7，总计栏填报 8');
  await expect(panel.locator('.group h3').first()).toContainText('表四');
  const explain = panel.locator(`li.finding[data-key="${REVIEW_KEY}"] details.explain`);
  await explain.locator('summary').click();
  await expect(explain.locator('.values')).toHaveText('应为：7实际填报：8');
  await expect(explain).toContainText('如何修改：核对该栏四项数字与总计');

  // Filter: hiding errors hides both error findings.
  const total = await items.count();
  await errorChip.click();
  await expect(errorChip).toHaveAttribute('aria-pressed', 'false');
  await expect(panel.locator('li.finding.sev-error')).toHaveCount(0);
  await expect(items).toHaveCount(total - 2);
  await errorChip.click();
  await expect(items).toHaveCount(total);

  // Group by rule.
  await panel.selectOption('select[name="group-by"]', 'rule');
  await expect(panel.locator('.group h3', { hasText: '表四各栏总计' })).toBeVisible();

  // Panel → page: clicking a finding scrolls its cell into view and pulses it.
  await page.evaluate(() => window.scrollTo(0, 0));
  await panel.locator(`li.finding[data-key="${LITIGATION_KEY}"] .locate`).click();
  const box = page.locator(`${HOST_TAG} .box[data-cell="reviewLitigation.litigationAfterReview.total"]`);
  await expect(box).toHaveClass(/selected/);
  await expect(box).toHaveClass(/pulse/);
  await expect.poll(async () => {
    const r = await box.boundingBox();
    return r !== null && r.y > 0 && r.y + r.height < 900;
  }).toBe(true);

  // Page → panel: clicking a marker selects the finding in the panel.
  await page.evaluate(async (tag) => {
    const box = document.querySelector(tag)!.shadowRoot!.querySelector<HTMLElement>('.box[data-cell="reviewLitigation.review.total"]')!;
    window.scrollBy(0, box.getBoundingClientRect().top - innerHeight / 2);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  }, HOST_TAG);
  await page.locator(`${HOST_TAG} .pin[data-key="${REVIEW_KEY}"]`).click();
  await expect(panel.locator(`li.finding[data-key="${REVIEW_KEY}"]`)).toHaveClass(/selected/);
  await expect(panel.locator(`li.finding[data-key="${LITIGATION_KEY}"]`)).not.toHaveClass(/selected/);

  // Next / previous (the same path as the keyboard commands).
  await panel.locator('button.next').click();
  // Wait for the selection to move (the count alone is already 1 before the click lands).
  await expect(panel.locator(`li.finding[data-key="${REVIEW_KEY}"]`)).not.toHaveClass(/selected/);
  await expect(panel.locator('li.finding.selected')).toHaveCount(1);
  const afterNext = await panel.locator('li.finding.selected').getAttribute('data-key');
  expect(afterNext).not.toBe(REVIEW_KEY);
  await panel.locator('button.previous').click();
  await expect(panel.locator(`li.finding[data-key="${REVIEW_KEY}"]`)).toHaveClass(/selected/);

  // Parse summary: format, tables, never silent about diagnostics.
  await panel.locator('.summary summary').click();
  await expect(panel.locator('.summary .format')).toContainText('2021');
  await expect(panel.locator('.summary li[data-table="reviewLitigation"]')).toHaveClass('found');
  await panel.screenshot({ path: test.info().outputPath('sidepanel-errors-2024.png'), fullPage: true });
});

test('review states (confirm, dismiss with reason, note) survive a reload', async ({ context, page, sw, extensionId }) => {
  await page.goto(`${DEMO}/errors-2024/`);
  const tabId = await tabIdOf(sw, page);
  await waitForStatus(sw, tabId, 'ready');
  let panel = await openPanel(context, extensionId, tabId);

  const first = panel.locator(`li.finding[data-key="${REVIEW_KEY}"]`);
  await first.locator('button.confirm').click();
  await expect(first.locator('.status')).toHaveText('已确认');
  await first.locator('button.note-toggle').click();
  await first.locator('textarea[name="note"]').fill('已电话联系发布单位');
  await first.locator('form button[type="submit"]').click();
  await expect(first.locator('p.note')).toContainText('已电话联系发布单位');

  const second = panel.locator(`li.finding[data-key="${LITIGATION_KEY}"]`);
  await second.locator('button.dismiss').click();
  await second.locator('form button[type="submit"]').click();
  await expect(second.locator('[role="alert"]')).toHaveText('请填写驳回理由。');
  await second.locator('input[name="reason"]').fill('原件如此，已核实');
  await second.locator('form button[type="submit"]').click();
  await expect(second.locator('.status')).toHaveText('已驳回');
  // A dismissed finding is dimmed on the page.
  await expect(page.locator(`${HOST_TAG} .box[data-cell="reviewLitigation.litigationAfterReview.total"]`)).toHaveClass(/dismissed/);

  // Reload the report and reopen the panel: the reviews are remembered.
  await panel.close();
  await page.reload();
  await waitForStatus(sw, tabId, 'ready');
  panel = await openPanel(context, extensionId, tabId);
  await expect(panel.locator(`li.finding[data-key="${REVIEW_KEY}"] .status`)).toHaveText('已确认');
  await expect(panel.locator(`li.finding[data-key="${REVIEW_KEY}"] p.note`)).toContainText('已电话联系发布单位');
  await expect(panel.locator(`li.finding[data-key="${LITIGATION_KEY}"] .status`)).toHaveText('已驳回');
  await expect(panel.locator(`li.finding[data-key="${LITIGATION_KEY}"] p.reason`)).toContainText('原件如此，已核实');
  await expect(page.locator(`${HOST_TAG} .box[data-cell="reviewLitigation.litigationAfterReview.total"]`)).toHaveClass(/dismissed/);

  // Status filter.
  await panel.selectOption('select[name="status"]', 'dismissed');
  await expect(panel.locator('li.finding')).toHaveCount(1);
});
