/**
 * 「在审查库中打开」: captures handed to the library PWA. The ids wait here as pending hand-offs until the PWA
 * pulls them (nianbao/get-captures) and acknowledges them (nianbao/ack-captures).
 */
import { LIBRARY_ORIGINS } from '../../core/export/bridge.ts';

const KEY = 'handoff:pending';
export const LIBRARY_IMPORT_URL = `${LIBRARY_ORIGINS[0]}/#/import-from-extension`;

export async function getPending(): Promise<string[]> {
  const stored = await chrome.storage.local.get(KEY);
  const ids = stored[KEY];
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
}

async function setPending(ids: string[]): Promise<void> {
  await chrome.storage.local.set({ [KEY]: [...new Set(ids)] });
}

export async function addPending(ids: readonly string[]): Promise<void> {
  await setPending([...(await getPending()), ...ids]);
}

export async function clearPending(ids: readonly string[]): Promise<void> {
  const done = new Set(ids);
  await setPending((await getPending()).filter((id) => !done.has(id)));
}

async function libraryTab(): Promise<chrome.tabs.Tab | undefined> {
  const tabs = await chrome.tabs.query({ url: LIBRARY_ORIGINS.map((origin) => `${origin}/*`) });
  return tabs[0];
}

async function libraryServed(): Promise<boolean> {
  try {
    const response = await fetch(`${LIBRARY_ORIGINS[0]}/`, { method: 'GET', cache: 'no-store', signal: AbortSignal.timeout(2500) });
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * Queues the captures and opens (or focuses) the library on its import route.
 * Returns false, and queues nothing, when the library can be reached neither as an open tab nor on its server:
 * the side panel then falls back to downloading a library file.
 */
export async function openInLibrary(ids: readonly string[]): Promise<boolean> {
  const tab = await libraryTab();
  if (!tab && !(await libraryServed())) return false;
  await addPending(ids);
  if (tab?.id !== undefined) {
    await chrome.tabs.update(tab.id, { url: LIBRARY_IMPORT_URL, active: true });
    if (tab.windowId !== undefined) await chrome.windows.update(tab.windowId, { focused: true });
  } else {
    await chrome.tabs.create({ url: LIBRARY_IMPORT_URL, active: true });
  }
  return true;
}
