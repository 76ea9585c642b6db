/**
 * chrome.storage.local (settings, pending hand-off) is restricted to trusted contexts by the background
 * (extension/background/storage-access.ts): code in the content script's world, the world a compromised page renderer
 * would attack from, can neither read nor write it. The checker still gets the settings, and their changes, by message.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO, EXTENSION_DIR, expect, HOST_TAG, tabIdOf, test, waitForStatus } from './fixtures.ts';

test('the content-script world cannot read or write chrome.storage.local; settings still reach the checker', async ({ page, sw }) => {
  await page.goto(`${DEMO}/errors-2024/`);
  const tabId = await tabIdOf(sw, page);
  await waitForStatus(sw, tabId, 'ready');
  await expect(page.locator(`${HOST_TAG} .box[data-rule="t4-block-total"]`)).toHaveCount(2);
  await sw.evaluate(() => chrome.storage.local.set({ probe: 'kept-from-content-scripts' }));

  // Run code in the ISOLATED world of the checked tab: the checker's own world.
  const tryStorage = () => sw.evaluate(async (id) => {
    const [injection] = await chrome.scripting.executeScript({
      target: { tabId: id, frameIds: [0] },
      world: 'ISOLATED',
      func: async () => {
        const out = { runtime: typeof chrome.runtime?.id, read: '', write: '' };
        try {
          out.read = `read ${JSON.stringify(await chrome.storage.local.get(null))}`;
        } catch (error) {
          out.read = `threw ${(error as Error).message}`;
        }
        try {
          await chrome.storage.local.set({ settings: { lang: 'en', rules: { 't4-block-total': 'off' } } });
          out.write = 'wrote';
        } catch (error) {
          out.write = `threw ${(error as Error).message}`;
        }
        return out;
      },
    });
    return injection?.result as { runtime: string; read: string; write: string };
  }, tabId);
  // What the background set at its start: refused both ways.
  const attempt = await tryStorage();
  test.info().annotations.push({ type: 'content-world storage attempt', description: JSON.stringify(attempt) });
  expect(attempt.runtime).toBe('string'); // it really ran as a content script (chrome.runtime is there)
  expect(attempt.read).toMatch(/^threw /);
  expect(attempt.write).toMatch(/^threw /);
  expect(await sw.evaluate(() => chrome.storage.local.get(['probe', 'settings']))).toEqual({ probe: 'kept-from-content-scripts' });
  // Control: with the access level opened, the same code does read and write (so the probe above can fail).
  await sw.evaluate(() => chrome.storage.local.setAccessLevel({ accessLevel: 'TRUSTED_AND_UNTRUSTED_CONTEXTS' }));
  const open = await tryStorage();
  expect(open.read).toMatch(/^read .*kept-from-content-scripts/);
  expect(open.write).toBe('wrote');
  await sw.evaluate(() => chrome.storage.local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' }));
  await sw.evaluate(() => chrome.storage.local.set({ settings: {} }));

  // The extension still works: a settings change (as the options page writes it) reaches the checker by message.
  await sw.evaluate(() => chrome.storage.local.set({ settings: { lang: 'zh-CN', rules: { 't4-block-total': { severity: 'warning' } } } }));
  await expect(page.locator(`${HOST_TAG} .box[data-rule="t4-block-total"][data-severity="warning"]`)).toHaveCount(2);
  await sw.evaluate(() => chrome.storage.local.set({ settings: { lang: 'zh-CN', rules: { 't4-block-total': 'off' } } }));
  await expect(page.locator(`${HOST_TAG} .box[data-rule="t4-block-total"]`)).toHaveCount(0);
});

test('the scripts injected into pages never touch chrome.storage (static check of the built bundles)', () => {
  for (const file of ['content/main.js', 'content/gate-main.js', 'content/gate-first.js']) {
    const code = readFileSync(join(EXTENSION_DIR, file), 'utf8');
    expect(code.length, file).toBeGreaterThan(500);
    expect(code.match(/\bstorage\.(local|sync|session|onChanged)\b|chrome\.storage\b/g) ?? [], file).toEqual([]);
  }
});
