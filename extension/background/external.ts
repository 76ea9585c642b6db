/**
 * The library PWA's side of the bridge (core/export/bridge.ts), over externally_connectable.
 * Only LIBRARY_ORIGINS may talk to us; the manifest already restricts it, and the sender's origin is checked again here.
 */
import { BridgeRequestSchema, LIBRARY_ORIGINS, type BridgeResponse } from '../../core/export/bridge.ts';
import { getCaptures } from './store.ts';
import { clearPending, getPending } from './handoff.ts';

export function isLibraryOrigin(origin: string | undefined): boolean {
  return origin !== undefined && (LIBRARY_ORIGINS as readonly string[]).includes(origin);
}

function senderOrigin(sender: chrome.runtime.MessageSender): string | undefined {
  if (sender.origin) return sender.origin;
  try {
    return sender.url ? new URL(sender.url).origin : undefined;
  } catch {
    return undefined;
  }
}

async function handle(raw: unknown): Promise<BridgeResponse> {
  const parsed = BridgeRequestSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'invalid request' };
  const request = parsed.data;
  switch (request.type) {
    case 'nianbao/ping':
      return { ok: true, version: chrome.runtime.getManifest().version };
    case 'nianbao/get-captures':
      return { ok: true, version: chrome.runtime.getManifest().version, captures: await getCaptures(request.ids ?? (await getPending())) };
    case 'nianbao/ack-captures':
      await clearPending(request.ids);
      return { ok: true };
  }
}

export function listenExternal(): void {
  chrome.runtime.onMessageExternal.addListener((raw, sender, sendResponse) => {
    if (!isLibraryOrigin(senderOrigin(sender))) {
      sendResponse({ ok: false, error: 'origin not allowed' } satisfies BridgeResponse);
      return undefined;
    }
    handle(raw).then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: String(error) } satisfies BridgeResponse));
    return true;
  });
}
