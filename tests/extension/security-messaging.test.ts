/**
 * Messages between extension contexts are zod-checked at the receiver, and the receiver checks who sent them:
 * the background router (extension/background/router.ts) and the library bridge (extension/background/external.ts)
 * are fed malformed messages, messages from other extensions, content scripts asking for what only extension pages
 * may ask, and arbitrary JSON (fast-check). No handler runs on anything invalid.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';

const EXT_ID = 'iobgbbcjabpgiiflljjlbjofpednfedg';
const EXT_ORIGIN = `chrome-extension://${EXT_ID}`;

const handlers = vi.hoisted(() => ({
  putCapture: vi.fn(async () => undefined),
  listCaptures: vi.fn(async () => []),
  getCaptures: vi.fn(async () => []),
  deleteCaptures: vi.fn(async () => undefined),
  findPrevious: vi.fn(async () => null),
  getReviews: vi.fn(async () => []),
  putReview: vi.fn(async () => undefined),
  injectChecker: vi.fn(async () => undefined),
  openInLibrary: vi.fn(async () => 1),
  getTabState: vi.fn(async () => null),
  setTabState: vi.fn(async () => undefined),
  applyBadge: vi.fn(async () => undefined),
  getPending: vi.fn(async () => ['pending-1']),
  clearPending: vi.fn(async () => undefined),
}));

vi.mock('../../extension/background/store.ts', () => ({
  putCapture: handlers.putCapture,
  listCaptures: handlers.listCaptures,
  getCaptures: handlers.getCaptures,
  deleteCaptures: handlers.deleteCaptures,
  findPrevious: handlers.findPrevious,
  getReviews: handlers.getReviews,
  putReview: handlers.putReview,
}));
vi.mock('../../extension/background/inject.ts', () => ({ injectChecker: handlers.injectChecker }));
vi.mock('../../extension/background/handoff.ts', () => ({ openInLibrary: handlers.openInLibrary, getPending: handlers.getPending, clearPending: handlers.clearPending }));
vi.mock('../../extension/background/tab-states.ts', () => ({ getTabState: handlers.getTabState, setTabState: handlers.setTabState }));
vi.mock('../../extension/background/badge.ts', () => ({ applyBadge: handlers.applyBadge }));
vi.mock('../../extension/shared/settings-store.ts', () => ({ loadSettings: async () => ({ lang: 'zh-CN', rules: {} }) }));

type Listener = (raw: unknown, sender: chrome.runtime.MessageSender, sendResponse: (reply: unknown) => void) => boolean | undefined;
const listeners: { internal?: Listener; external?: Listener } = {};

(globalThis as unknown as { chrome: unknown }).chrome = {
  runtime: {
    id: EXT_ID,
    getManifest: () => ({ version: '9.9.9' }),
    onMessage: { addListener: (l: Listener) => (listeners.internal = l) },
    onMessageExternal: { addListener: (l: Listener) => (listeners.external = l) },
  },
};

const { listenMessages } = await import('../../extension/background/router.ts');
const { listenExternal } = await import('../../extension/background/external.ts');
const { CONTENT_SCRIPT_REQUESTS, senderKind } = await import('../../extension/background/sender.ts');
const { BackgroundRequestSchema } = await import('../../extension/messaging.ts');
listenMessages();
listenExternal();

const fromExtensionPage: chrome.runtime.MessageSender = { id: EXT_ID, origin: EXT_ORIGIN, url: `${EXT_ORIGIN}/sidepanel/index.html` };
const fromContentScript: chrome.runtime.MessageSender = { id: EXT_ID, origin: 'https://www.example.gov.cn', url: 'https://www.example.gov.cn/nb.html', tab: { id: 7 } as chrome.tabs.Tab, frameId: 0 };
const fromOtherExtension: chrome.runtime.MessageSender = { id: 'abcdefghijklmnopabcdefghijklmnop', origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop' };

const anyHandlerCalled = () => Object.values(handlers).some((h) => h.mock.calls.length > 0);

/** Sends one message to a listener; resolves with its reply (or 'no reply' when it declined synchronously). */
async function send(listener: Listener, raw: unknown, sender: chrome.runtime.MessageSender): Promise<unknown> {
  let reply: unknown = 'no reply';
  let resolveAsync: (v: unknown) => void = () => undefined;
  const asyncReply = new Promise((resolve) => (resolveAsync = resolve));
  const keepOpen = listener(raw, sender, (r) => {
    reply = r;
    resolveAsync(r);
  });
  return keepOpen === true ? asyncReply : reply;
}

/** Malformed messages of every kind: not objects, unknown types, right type with wrong, missing or hostile fields. */
const MALFORMED: unknown[] = [
  undefined,
  null,
  0,
  'captures/list',
  ['captures/list'],
  {},
  { type: 'captures/everything' },
  { type: 'CAPTURES/LIST' },
  { type: ' captures/list' },
  { type: ['captures/list'] },
  { type: 'captures/get' },
  { type: 'captures/get', ids: 'all' },
  { type: 'captures/get', ids: [1, 2] },
  { type: 'captures/delete', ids: [{ $ne: null }] },
  { type: 'captures/put', capture: { id: 'x' } },
  { type: 'captures/put', capture: '<img src=x onerror=alert(1)>' },
  { type: 'reviews/put', reportKey: 'k', review: { status: 'deleted-everything' } },
  { type: 'handoff/open', ids: [] },
  { type: 'tab/inject', tabId: 'current' },
  { type: 'tab/inject', tabId: 1.5 },
  { type: 'tab/state', tabId: Number.NaN },
  { type: 'content/state', state: { url: 'u', status: 'pwned', reportKey: null, counts: { error: 0, warning: 0, info: 0 } } },
  { type: 'captures/find-previous', agency: 'x', year: '2024' },
  JSON.parse('{"__proto__": {"type": "captures/list"}}'),
  { type: 'broadcast/selected', key: 'k' },
];

beforeEach(() => {
  for (const h of Object.values(handlers)) h.mockClear();
});

describe('background router', () => {
  it('ignores every malformed message: no reply, no handler', async () => {
    for (const raw of MALFORMED) {
      expect(await send(listeners.internal!, raw, fromExtensionPage), JSON.stringify(raw)).toBe('no reply');
    }
    expect(anyHandlerCalled()).toBe(false);
    console.log(`[messaging] malformed internal messages tried: ${MALFORMED.length}, handled: 0`);
  });

  it('ignores other extensions, even with valid requests', async () => {
    expect(await send(listeners.internal!, { type: 'captures/list' }, fromOtherExtension)).toBe('no reply');
    expect(await send(listeners.internal!, { type: 'captures/delete', ids: ['a'] }, { ...fromOtherExtension, id: undefined })).toBe('no reply');
    expect(anyHandlerCalled()).toBe(false);
  });

  it('lets a content script make only the requests content scripts need', async () => {
    const privileged = [
      { type: 'captures/list' },
      { type: 'captures/get', ids: ['a'] },
      { type: 'captures/delete', ids: ['a'] },
      { type: 'handoff/open', ids: ['a'] },
      { type: 'tab/inject', tabId: 3 },
      { type: 'tab/state', tabId: 3 },
      { type: 'reviews/put', reportKey: 'k', review: { findingKey: 'f', status: 'dismissed', note: '', updatedAt: '2024-01-01T00:00:00.000Z' } },
    ];
    for (const raw of privileged) {
      const parsed = BackgroundRequestSchema.safeParse(raw);
      if (!parsed.success) continue; // a review shape this test got wrong would not prove anything: skipped below
      expect(await send(listeners.internal!, raw, fromContentScript), raw.type).toEqual({ ok: false, error: 'not allowed from a content script' });
    }
    expect(privileged.filter((r) => BackgroundRequestSchema.safeParse(r).success).length).toBeGreaterThanOrEqual(6);
    expect(anyHandlerCalled()).toBe(false);

    expect(await send(listeners.internal!, { type: 'reviews/get', reportKey: 'u#h' }, fromContentScript)).toEqual({ ok: true, reviews: [] });
    expect(await send(listeners.internal!, { type: 'captures/find-previous', agency: '某县人民政府', year: 2024 }, fromContentScript)).toEqual({ ok: true, report: null });
    expect(handlers.getReviews).toHaveBeenCalledOnce();
    expect(handlers.findPrevious).toHaveBeenCalledOnce();
    expect([...CONTENT_SCRIPT_REQUESTS].sort()).toEqual(['captures/find-previous', 'content/state', 'reviews/get', 'settings/get']);
  });

  it('serves the extension’s own pages (also a side panel opened in a tab)', async () => {
    expect(await send(listeners.internal!, { type: 'captures/list' }, fromExtensionPage)).toEqual({ ok: true, captures: [] });
    expect(await send(listeners.internal!, { type: 'captures/delete', ids: ['a'] }, { ...fromExtensionPage, tab: { id: 3 } as chrome.tabs.Tab })).toEqual({ ok: true });
    expect(handlers.listCaptures).toHaveBeenCalledOnce();
    expect(handlers.deleteCaptures).toHaveBeenCalledWith(['a']);
  });

  it('tells senders apart by origin, not by what the page claims', () => {
    expect(senderKind(fromExtensionPage, EXT_ID)).toBe('extension-page');
    expect(senderKind(fromContentScript, EXT_ID)).toBe('content-script');
    expect(senderKind({ id: EXT_ID, url: `${EXT_ORIGIN}/options/index.html` }, EXT_ID)).toBe('extension-page');
    // A page whose URL merely mentions the extension's origin is still a content script's page.
    expect(senderKind({ id: EXT_ID, url: `https://evil.example/${EXT_ORIGIN}/sidepanel/index.html` }, EXT_ID)).toBe('content-script');
    expect(senderKind({ id: EXT_ID, origin: 'null' }, EXT_ID)).toBe('content-script');
    expect(senderKind({ id: EXT_ID }, EXT_ID)).toBe('content-script');
    expect(senderKind(fromOtherExtension, EXT_ID)).toBe('foreign');
  });

  it('never throws and never runs a handler on arbitrary JSON that is not a request (fast-check)', async () => {
    let tried = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue(),
          fc.record({ type: fc.constantFrom(...BackgroundRequestSchema.options.map((o) => o.shape.type.value)), ids: fc.jsonValue(), tabId: fc.jsonValue(), capture: fc.jsonValue() }, { requiredKeys: ['type'] }),
        ),
        fc.constantFrom(fromExtensionPage, fromContentScript),
        async (raw, sender) => {
          tried++;
          for (const h of Object.values(handlers)) h.mockClear();
          const valid = BackgroundRequestSchema.safeParse(raw).success;
          const reply = await send(listeners.internal!, raw, sender);
          if (!valid) {
            expect(reply).toBe('no reply');
            expect(anyHandlerCalled()).toBe(false);
          }
        },
      ),
      { numRuns: 500, seed: 20241130 },
    );
    console.log(`[messaging] arbitrary internal messages tried: ${tried}`);
  });
});

describe('library bridge (externally_connectable)', () => {
  const library = { origin: 'http://127.0.0.1:4173', url: 'http://127.0.0.1:4173/#/import' } as chrome.runtime.MessageSender;

  it('answers only the library’s origins, checked exactly', async () => {
    const strangers: chrome.runtime.MessageSender[] = [
      { origin: 'http://127.0.0.1:4310', url: 'http://127.0.0.1:4310/demo/' },
      { origin: 'http://127.0.0.1:41730' },
      { url: 'http://127.0.0.1:4173.evil.example/' },
      { url: 'http://evil.example/?http://127.0.0.1:4173' },
      { origin: 'https://127.0.0.1:4173' },
      { origin: 'null', url: 'http://127.0.0.1:4173/' },
      {},
      { url: 'not a url' },
    ];
    for (const sender of strangers) {
      expect(await send(listeners.external!, { type: 'nianbao/get-captures' }, sender), JSON.stringify(sender)).toEqual({ ok: false, error: 'origin not allowed' });
    }
    expect(anyHandlerCalled()).toBe(false);
    expect(await send(listeners.external!, { type: 'nianbao/get-captures' }, library)).toEqual({ ok: true, version: '9.9.9', captures: [] });
    expect(handlers.getPending).toHaveBeenCalledOnce();
  });

  it('rejects malformed requests from the library too', async () => {
    for (const raw of [...MALFORMED, { type: 'nianbao/get-captures', ids: 'all' }, { type: 'nianbao/ack-captures' }, { type: 'nianbao/delete-everything' }]) {
      expect(await send(listeners.external!, raw, library), JSON.stringify(raw)).toEqual({ ok: false, error: 'invalid request' });
    }
    expect(anyHandlerCalled()).toBe(false);
  });
});
