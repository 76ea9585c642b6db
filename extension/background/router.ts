/** The background is a thin message router: validate, call one query or action, reply. */
import { BackgroundRequestSchema, type AnyReply, type BackgroundRequest } from '../messaging.ts';
import { loadSettings } from '../shared/settings-store.ts';
import { applyBadge } from './badge.ts';
import { openInLibrary } from './handoff.ts';
import { injectChecker } from './inject.ts';
import { deleteCaptures, findPrevious, getCaptures, getReviews, listCaptures, putCapture, putReview } from './store.ts';
import { getTabState, setTabState } from './tab-states.ts';
import { mayRequest, senderKind } from './sender.ts';

async function route(request: BackgroundRequest, sender: chrome.runtime.MessageSender): Promise<AnyReply> {
  switch (request.type) {
    case 'content/state': {
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId !== 0) return { ok: false, error: 'not from a top frame' };
      await setTabState(tabId, request.state);
      await applyBadge(tabId, request.state, (await loadSettings()).lang);
      return { ok: true };
    }
    case 'settings/get':
      return { ok: true, settings: await loadSettings() };
    case 'captures/find-previous':
      return { ok: true, report: await findPrevious(request.agency, request.year) };
    case 'reviews/get':
      return { ok: true, reviews: await getReviews(request.reportKey) };
    case 'reviews/put':
      await putReview(request.reportKey, request.review);
      return { ok: true };
    case 'captures/put':
      await putCapture(request.capture);
      return { ok: true };
    case 'captures/list':
      return { ok: true, captures: await listCaptures() };
    case 'captures/get':
      return { ok: true, captures: await getCaptures(request.ids) };
    case 'captures/delete':
      await deleteCaptures(request.ids);
      return { ok: true };
    case 'handoff/open':
      return { ok: true, opened: await openInLibrary(request.ids) };
    case 'tab/inject':
      await injectChecker(request.tabId, 0, true);
      return { ok: true };
    case 'tab/state':
      return { ok: true, state: await getTabState(request.tabId) };
  }
}

export function listenMessages(): void {
  chrome.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    const kind = senderKind(sender);
    if (kind === 'foreign') return undefined;
    const parsed = BackgroundRequestSchema.safeParse(raw);
    if (!parsed.success) return undefined; // broadcasts meant for the side panel
    if (!mayRequest(kind, parsed.data.type)) {
      sendResponse({ ok: false, error: 'not allowed from a content script' });
      return undefined;
    }
    route(parsed.data, sender).then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: String((error as Error)?.message ?? error) }));
    return true;
  });
}
