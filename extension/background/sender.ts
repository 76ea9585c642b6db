/**
 * Who sent a message inside the extension. A content script runs in a page we do not control (a compromised renderer
 * can send anything a content script can), so it may only make the requests the content scripts need; everything that
 * reads or changes the user's captures, reviews or other tabs is reserved for the extension's own pages.
 */
import type { BackgroundRequest } from '../messaging.ts';

export type SenderKind = 'extension-page' | 'content-script' | 'foreign';

/** Requests the content script makes (content/session.ts), and nothing more. */
export const CONTENT_SCRIPT_REQUESTS: ReadonlySet<BackgroundRequest['type']> = new Set<BackgroundRequest['type']>([
  'content/state',
  'settings/get',
  'captures/find-previous',
  'reviews/get',
]);

export function senderKind(sender: chrome.runtime.MessageSender, extensionId: string = chrome.runtime.id): SenderKind {
  if (sender.id !== extensionId) return 'foreign';
  const ownOrigin = `chrome-extension://${extensionId}`;
  // An extension page (side panel, options; also when opened in a tab) has the extension's origin; a content script
  // has the origin of the page it runs in. (Chrome always sets `origin`; `url` is the fallback.)
  const own = sender.origin !== undefined ? sender.origin === ownOrigin : (sender.url?.startsWith(`${ownOrigin}/`) ?? false);
  return own ? 'extension-page' : 'content-script';
}

/** May this sender make this request? */
export function mayRequest(kind: SenderKind, type: BackgroundRequest['type']): boolean {
  if (kind === 'extension-page') return true;
  if (kind === 'content-script') return CONTENT_SCRIPT_REQUESTS.has(type);
  return false;
}
