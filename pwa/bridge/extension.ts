import { BridgeResponseSchema, EXTENSION_ID, type BridgeRequest, type Capture } from '../../core/index.ts';

export type ExtensionResult =
  | { ok: true; captures: Capture[] }
  | { ok: false; error: 'unavailable' }
  | { ok: false; error: 'failed' | 'invalid'; detail: string };

interface RuntimeLike {
  sendMessage(extensionId: string, message: unknown, callback: (response: unknown) => void): void;
  lastError?: { message?: string };
}

function runtime(): RuntimeLike | null {
  const c = (globalThis as { chrome?: { runtime?: Partial<RuntimeLike> } }).chrome;
  return c?.runtime && typeof c.runtime.sendMessage === 'function' ? (c.runtime as RuntimeLike) : null;
}

function send(message: BridgeRequest): Promise<{ response: unknown } | { error: string }> {
  const rt = runtime();
  if (!rt) return Promise.resolve({ error: 'unavailable' });
  return new Promise((resolve) => {
    try {
      rt.sendMessage(EXTENSION_ID, message, (response) => {
        const lastError = rt.lastError;
        if (lastError) resolve({ error: lastError.message ?? 'unavailable' });
        else resolve({ response });
      });
    } catch (error) {
      resolve({ error: (error as Error).message });
    }
  });
}

/** Asks the extension for the captures the user handed over (「在审查库中打开」). Validated with zod. */
export async function requestCaptures(): Promise<ExtensionResult> {
  const reply = await send({ type: 'nianbao/get-captures' });
  if ('error' in reply) return { ok: false, error: 'unavailable' };
  const parsed = BridgeResponseSchema.safeParse(reply.response);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: 'invalid', detail: `${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}` };
  }
  if (!parsed.data.ok) return { ok: false, error: 'failed', detail: parsed.data.error };
  return { ok: true, captures: parsed.data.captures ?? [] };
}

/** Tells the extension these captures are stored, so it can clear the pending hand-off. */
export async function ackCaptures(ids: readonly string[]): Promise<boolean> {
  const reply = await send({ type: 'nianbao/ack-captures', ids: [...ids] });
  return 'response' in reply;
}

export function extensionReachable(): boolean {
  return runtime() !== null;
}
