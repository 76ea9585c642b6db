import { readFileSync } from 'node:fs';
import { parseLibraryFile } from '../../../core/export/library-file.ts';
import { DEMO, expect, openPanel, tabIdOf, test, waitForStatus } from './fixtures.ts';

test('capture, list and export a library file that the library import accepts', async ({ context, page, sw, extensionId }) => {
  await page.goto(`${DEMO}/errors-2024/`);
  const tabId = await tabIdOf(sw, page);
  await waitForStatus(sw, tabId, 'ready');
  const panel = await openPanel(context, extensionId, tabId);

  await panel.locator('li.finding button.confirm').first().click();
  await panel.locator('button.save-capture').click();
  await expect(panel.locator('.status-line')).toHaveText('已保存到审查库。');
  await expect(panel.locator('.capture-list li')).toHaveCount(1);
  await expect(panel.locator('.capture-title')).toHaveText('平潭综合实验区2024年度政府信息公开工作年度报告');

  const downloadPromise = panel.waitForEvent('download');
  await panel.locator('button.export').click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^nianbao-library-\d{8}-\d{4}\.json$/);
  const path = test.info().outputPath('library.json');
  await download.saveAs(path);
  const parsed = parseLibraryFile(readFileSync(path, 'utf8'));
  expect(parsed.ok).toBe(true);
  if (!parsed.ok) return;
  const [capture] = parsed.file.captures;
  expect(parsed.file.captures).toHaveLength(1);
  expect(capture.url).toBe(`${DEMO}/errors-2024/`);
  expect(capture.report.year).toBe(2024);
  expect(capture.findings.filter((f) => f.ruleId === 't4-block-total')).toHaveLength(2);
  expect(capture.reviews.map((r) => r.status)).toEqual(['confirmed']);
  expect(capture.html).toContain('政府信息公开工作年度报告');
  expect(capture.html).not.toContain('nianbao-inspector-overlay');
  expect(parsed.file.agencies).toEqual([{ name: '平潭综合实验区' }]);
});

test('a saved capture of last year feeds the cross-year rules', async ({ context, page, sw, extensionId }) => {
  await page.goto(`${DEMO}/pingtan-2023/`);
  const tabId = await tabIdOf(sw, page);
  await waitForStatus(sw, tabId, 'ready');
  const panel = await openPanel(context, extensionId, tabId);
  await panel.locator('button.save-capture').click();
  await expect(panel.locator('.capture-list li')).toHaveCount(1);
  await panel.close();

  await page.goto(`${DEMO}/pingtan-2024/`);
  await waitForStatus(sw, tabId, 'ready');
  const panel2 = await openPanel(context, extensionId, tabId);
  await panel2.locator('.summary summary').click();
  await expect(panel2.locator('.summary')).toContainText('已使用审查库中的 2023 年度报告进行跨年度核对');
});

test('「在审查库中打开」 hands the capture to the library, or falls back to the file', async ({ context, page, sw, extensionId }) => {
  await page.goto(`${DEMO}/errors-2024/`);
  const tabId = await tabIdOf(sw, page);
  await waitForStatus(sw, tabId, 'ready');
  const panel = await openPanel(context, extensionId, tabId);
  await panel.locator('button.save-capture').click();
  await expect(panel.locator('.capture-list li')).toHaveCount(1);
  const id = await panel.locator('.capture-list li').getAttribute('data-id');

  const libraryUp = await fetch('http://127.0.0.1:4173/').then((r) => r.ok, () => false);
  if (libraryUp) {
    const tabPromise = context.waitForEvent('page');
    await panel.locator('button.open-library').click();
    const library = await tabPromise;
    await expect.poll(() => library.url()).toContain('/#/import-from-extension');
    await expect(panel.locator('.status-line')).toHaveText('已在审查库中打开。');
    // The pending hand-off holds the capture id until the library acknowledges it.
    const pending = await sw.evaluate(async () => (await chrome.storage.local.get('handoff:pending'))['handoff:pending']);
    expect(pending === undefined || (Array.isArray(pending) && (pending.length === 0 || pending.includes(id)))).toBe(true);
  } else {
    const downloadPromise = panel.waitForEvent('download');
    await panel.locator('button.open-library').click();
    const download = await downloadPromise;
    const path = test.info().outputPath('fallback.json');
    await download.saveAs(path);
    expect(parseLibraryFile(readFileSync(path, 'utf8')).ok).toBe(true);
    await expect(panel.locator('.status-line')).toHaveText('审查库未打开，已改为下载审查库文件。');
  }
});
