import { TabStateSchema, type TabState } from '../messaging.ts';

/** Last known analysis state per tab, in session storage (survives the service worker going to sleep). */
const key = (tabId: number) => `tab:${tabId}`;

export async function getTabState(tabId: number): Promise<TabState | null> {
  const stored = await chrome.storage.session.get(key(tabId));
  const parsed = TabStateSchema.safeParse(stored[key(tabId)]);
  return parsed.success ? parsed.data : null;
}

export async function setTabState(tabId: number, state: TabState | null): Promise<void> {
  if (state) await chrome.storage.session.set({ [key(tabId)]: state });
  else await chrome.storage.session.remove(key(tabId));
}
