/** Background service worker: wires the router, the library bridge, the action, commands and tab lifecycle. */
import { sendToTab } from '../messaging.ts';
import { loadSettings } from '../shared/settings-store.ts';
import { applyBadge } from './badge.ts';
import { listenExternal } from './external.ts';
import { injectChecker } from './inject.ts';
import { listenMessages } from './router.ts';
import { setTabState } from './tab-states.ts';
import { removeLegacySiteScripts } from './sites.ts';
import { gateOpenTabs, listenGate } from './gate.ts';
import { forwardSettingsChanges, restrictStorageAccess } from './storage-access.ts';

// First: content scripts may not read or write chrome.storage.local (every start: the level is per browser session).
void restrictStorageAccess().catch(() => undefined);
listenMessages();
forwardSettingsChanges();
listenExternal();
listenGate();

// Action click: open the side panel (must happen inside the user gesture) and check the page, whatever it is
// (activeTab grants access to pages outside the declared portals).
chrome.action.onClicked.addListener((tab) => {
  if (tab.id === undefined) return;
  void chrome.sidePanel.open({ tabId: tab.id }).catch(() => undefined);
  void injectChecker(tab.id, 0, true).catch(() => undefined);
});

chrome.commands.onCommand.addListener((command, tab) => {
  if (tab?.id === undefined) return;
  if (command === 'next-finding') void sendToTab(tab.id, { type: 'content/step', delta: 1 });
  if (command === 'previous-finding') void sendToTab(tab.id, { type: 'content/step', delta: -1 });
});

// A new document in the tab: forget the old analysis and its badge until the new page reports.
// (A same-document navigation may also clear it: the content script then publishes its state again on hashchange/popstate.)
chrome.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status !== 'loading') return;
  void setTabState(tabId, null);
  void loadSettings().then((s) => applyBadge(tabId, null, s.lang));
});
chrome.tabs.onRemoved.addListener((tabId) => void setTabState(tabId, null));

chrome.runtime.onInstalled.addListener(() => {
  void chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);
  void removeLegacySiteScripts().catch(() => undefined);
  void gateOpenTabs().catch(() => undefined);
});
