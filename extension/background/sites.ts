/**
 * Sites the user added in the options page are optional host permissions; background/gate.ts gates every page it
 * holds a host permission for, so nothing has to be registered per site. Earlier builds registered the gate there
 * as a dynamic content script (persisted across sessions): remove that registration on install/update.
 */
const LEGACY_SCRIPT_ID = 'nianbao-gate-sites';

export async function removeLegacySiteScripts(): Promise<void> {
  const existing = await chrome.scripting.getRegisteredContentScripts({ ids: [LEGACY_SCRIPT_ID] });
  if (existing.length) await chrome.scripting.unregisterContentScripts({ ids: [LEGACY_SCRIPT_ID] });
}
