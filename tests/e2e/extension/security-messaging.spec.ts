/**
 * Nothing on a web page can read captures or change settings: not over externally_connectable from an origin that is
 * not the library's, not through window.postMessage, not through DOM events on a checked page.
 */
import { EXTENSION_ID } from '../../../core/export/bridge.ts';
import { DEMO, expect, openPanel, tabIdOf, test, waitForStatus } from './fixtures.ts';

const ATTEMPTS = [
  { type: 'nianbao/get-captures' },
  { type: 'nianbao/ping' },
  { type: 'captures/list' },
  { type: 'captures/get', ids: ['*'] },
  { type: 'captures/delete', ids: ['*'] },
  { type: 'tab/inject', tabId: 1 },
  { type: 'content/get-body-html' },
  { type: 'content/teardown' },
  { settings: { lang: 'en', rules: { 't4-block-total': { enabled: false } } } },
];

test('a page on 127.0.0.1:4310 (not the library’s origin) cannot reach the extension, by any channel', async ({ context, page, sw, extensionId }) => {
  await page.goto(`${DEMO}/errors-2024/`);
  const tabId = await tabIdOf(sw, page);
  await waitForStatus(sw, tabId, 'ready');
  const panel = await openPanel(context, extensionId, tabId);
  await panel.locator('button.save-capture').click();
  await expect(panel.locator('.capture-list li')).toHaveCount(1);
  const settingsBefore = await sw.evaluate(() => chrome.storage.local.get(null));
  const captureIds = async () => panel.evaluate(async () => ((await chrome.runtime.sendMessage({ type: 'captures/list' })) as { captures: { id: string }[] }).captures.map((c) => c.id));
  const capturesBefore = await captureIds();

  const result = await page.evaluate(
    async ({ id, attempts }) => {
      const out: Record<string, unknown> = {};
      const c = (globalThis as { chrome?: { runtime?: Record<string, unknown> } }).chrome;
      // externally_connectable does not match this origin: the page gets no runtime messaging at all.
      out.runtime = typeof c?.runtime;
      out.sendMessage = typeof c?.runtime?.sendMessage;
      out.connect = typeof c?.runtime?.connect;
      // window.postMessage and DOM events, in every shape our protocols use; any reply is collected.
      const replies: unknown[] = [];
      addEventListener('message', (e) => {
        if (e.source !== window) replies.push(e.data);
      });
      for (const a of attempts) {
        window.postMessage(a, '*');
        window.postMessage({ ...a, extensionId: id, source: 'nianbao-inspector' }, '*');
        window.postMessage(JSON.stringify(a), '*');
        for (const target of [window, document, document.documentElement, document.body]) {
          target.dispatchEvent(new CustomEvent(String((a as { type?: string }).type ?? 'settings'), { detail: a, bubbles: true }));
          target.dispatchEvent(new CustomEvent('nianbao-inspector', { detail: a, bubbles: true }));
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
      out.replies = replies;
      return out;
    },
    { id: EXTENSION_ID, attempts: ATTEMPTS },
  );
  expect(result).toEqual({ runtime: 'undefined', sendMessage: 'undefined', connect: 'undefined', replies: [] });

  // Nothing changed: the captures, the settings; the overlay is still there and the report still checked.
  expect(await captureIds()).toEqual(capturesBefore);
  expect(await sw.evaluate(() => chrome.storage.local.get(null))).toEqual(settingsBefore);
  await expect(page.locator('nianbao-inspector-overlay .box')).toHaveCount(2);

  // The same on localhost (another host name for this machine, also not a library origin).
  const other = await context.newPage();
  await other.goto(`${DEMO.replace('127.0.0.1', 'localhost')}/not-a-report/`);
  expect(await other.evaluate(() => typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage)).toBe('undefined');
});
