import { z } from 'zod';
import { CaptureSchema } from '../model/capture.ts';

/**
 * The extension ↔ library PWA bridge (externally_connectable). The PWA page initiates:
 * chrome.runtime.sendMessage(EXTENSION_ID, request). The extension accepts only the library's origins.
 */
export const EXTENSION_ID = 'iobgbbcjabpgiiflljjlbjofpednfedg';

/** Origins the library PWA is served from (dev/test/demo: vite preview on 127.0.0.1:4173). */
export const LIBRARY_ORIGINS = ['http://127.0.0.1:4173', 'http://localhost:4173'] as const;

export const BridgeRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('nianbao/ping') }),
  /** Captures the user chose to hand over with 「在审查库中打开」 (pending hand-offs), or the given ids. */
  z.object({ type: z.literal('nianbao/get-captures'), ids: z.array(z.string()).optional() }),
  /** The PWA confirms it stored these captures, so the extension can clear the pending hand-off. */
  z.object({ type: z.literal('nianbao/ack-captures'), ids: z.array(z.string()) }),
]);
export type BridgeRequest = z.infer<typeof BridgeRequestSchema>;

export const BridgeResponseSchema = z.union([
  z.object({ ok: z.literal(true), version: z.string().optional(), captures: z.array(CaptureSchema).optional() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type BridgeResponse = z.infer<typeof BridgeResponseSchema>;
