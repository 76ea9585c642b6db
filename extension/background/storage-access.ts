/**
 * chrome.storage.local holds the user's settings and the pending library hand-off. By default content scripts may
 * read and write it, so a compromised renderer of any portal page could change the rules or their severities. The
 * background restricts it to trusted contexts (the worker, the side panel, the options page); the content script
 * gets the settings by message (`settings/get`, answered by the router) and is told of changes
 * (`content/settings-changed`, pushed here). Captures and reviews live in the worker's IndexedDB, which no content
 * script can open; chrome.storage.session (tab states, gate records) is trusted-only by default.
 */
import { SettingsSchema } from '../../core/engine/config.ts';
import { sendToTab } from '../messaging.ts';

export async function restrictStorageAccess(): Promise<void> {
  await chrome.storage.local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
}

/** Pushes changed settings to every tab; tabs without a checker simply have no receiver. */
export function forwardSettingsChanges(): void {
  chrome.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !('settings' in changes)) return;
    const parsed = SettingsSchema.safeParse(changes.settings.newValue ?? {});
    const settings = parsed.success ? parsed.data : SettingsSchema.parse({});
    void chrome.tabs.query({}).then((tabs) => {
      for (const tab of tabs) if (tab.id !== undefined) void sendToTab(tab.id, { type: 'content/settings-changed', settings });
    });
  });
}
