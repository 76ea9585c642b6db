import { EXTENSION_ID } from '../../../core/export/bridge.ts';
import { BridgeResponseSchema } from '../../../core/export/bridge.ts';
import { PWA_ORIGIN } from '../../../playwright.config.ts';
import { DEMO, expect, openPanel, tabIdOf, test, waitForStatus } from './fixtures.ts';

test('the library origin can ping and pull captures over externally_connectable; other pages cannot', async ({ context, page, sw, extensionId }) => {
  expect(extensionId).toBe(EXTENSION_ID);
  await page.goto(`${DEMO}/errors-2024/`);
  const tabId = await tabIdOf(sw, page);
  await waitForStatus(sw, tabId, 'ready');
  // A portal page has no way to message the extension.
  expect(await page.evaluate(() => typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage)).toBe('undefined');

  const panel = await openPanel(context, extensionId, tabId);
  await panel.locator('button.save-capture').click();
  await expect(panel.locator('.capture-list li')).toHaveCount(1);
  const id = (await panel.locator('.capture-list li').getAttribute('data-id'))!;

  const libraryUp = await fetch(`${PWA_ORIGIN}/`).then((r) => r.ok, () => false);
  test.skip(!libraryUp, 'the library PWA is not served');
  const library = await context.newPage();
  await library.goto(`${PWA_ORIGIN}/`);
  const send = (request: unknown) =>
    library.evaluate(([ext, req]) => (globalThis as unknown as { chrome: typeof chrome }).chrome.runtime.sendMessage(ext as string, req), [EXTENSION_ID, request] as const);
  const ping = BridgeResponseSchema.parse(await send({ type: 'nianbao/ping' }));
  expect(ping).toMatchObject({ ok: true, version: expect.any(String) });
  const pulled = BridgeResponseSchema.parse(await send({ type: 'nianbao/get-captures', ids: [id] }));
  expect(pulled.ok && pulled.captures?.map((c) => c.id)).toEqual([id]);
  expect(await send({ type: 'nianbao/delete-everything' })).toEqual({ ok: false, error: 'invalid request' });
});
