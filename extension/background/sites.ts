/**
 * Sites the user added in the options page (optional host permissions): the gate runs there too, through a
 * dynamically registered content script kept in step with the granted permissions.
 */
const SCRIPT_ID = 'nianbao-gate-sites';

function declaredMatches(): Set<string> {
  const manifest = chrome.runtime.getManifest();
  return new Set([...(manifest.host_permissions ?? []), ...(manifest.content_scripts ?? []).flatMap((c) => c.matches ?? [])]);
}

export async function addedSites(): Promise<string[]> {
  const declared = declaredMatches();
  const { origins = [] } = await chrome.permissions.getAll();
  return origins.filter((o) => !declared.has(o));
}

export async function syncSiteScripts(): Promise<void> {
  const gate = chrome.runtime.getManifest().content_scripts?.[0]?.js?.[0];
  if (!gate) return;
  const sites = await addedSites();
  const existing = await chrome.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length) await chrome.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (sites.length) await chrome.scripting.registerContentScripts([{ id: SCRIPT_ID, matches: sites, js: [gate], runAt: 'document_idle', persistAcrossSessions: true }]);
}

export function listenSites(): void {
  chrome.permissions.onAdded.addListener(() => void syncSiteScripts());
  chrome.permissions.onRemoved.addListener(() => void syncSiteScripts());
}
