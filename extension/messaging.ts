/**
 * One typed message protocol for every extension context (background, content, side panel, options).
 * Every receiver parses what it gets with these zod schemas; anything else is ignored.
 */
import { z } from 'zod';
import { FindingSchema } from '../core/model/finding.ts';
import { ReportSchema } from '../core/model/report.ts';
import { CaptureSchema, ReviewSchema } from '../core/model/capture.ts';
import { SettingsSchema } from '../core/engine/config.ts';

export const SeverityCountsSchema = z.object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() });
export type SeverityCounts = z.infer<typeof SeverityCountsSchema>;

export const AnalysisStatusSchema = z.enum(['not-report', 'parsing', 'ready', 'failed', 'stopped']);
export type AnalysisStatus = z.infer<typeof AnalysisStatusSchema>;

/** What the background keeps per tab (badge) and what the side panel shows before asking for details. */
export const TabStateSchema = z.object({
  url: z.string(),
  status: AnalysisStatusSchema,
  reportKey: z.string().nullable(),
  counts: SeverityCountsSchema,
});
export type TabState = z.infer<typeof TabStateSchema>;

/** Main-thread milliseconds: gate, parse, rules, draw (resolve anchors + build marks), last layout pass (read rects + write styles). */
export const TimingsSchema = z.object({ gateMs: z.number(), parseMs: z.number(), rulesMs: z.number(), drawMs: z.number(), layoutMs: z.number() });
export type Timings = z.infer<typeof TimingsSchema>;

/** The content script's full analysis of its page, for the side panel. */
export const AnalysisSchema = z.object({
  status: AnalysisStatusSchema,
  url: z.string(),
  title: z.string(),
  failure: z.object({ reason: z.string(), detail: z.string() }).nullable(),
  report: ReportSchema.nullable(),
  findings: z.array(FindingSchema),
  /** findingKey of each finding (same order). */
  keys: z.array(z.string()),
  /** Whether each finding could be drawn on the page. */
  located: z.array(z.boolean()),
  /** Table anchors that did not resolve to a live cell, as canonical cell labels. */
  unlocatedCells: z.array(z.string()),
  reportKey: z.string().nullable(),
  previousYear: z.number().int().nullable(),
  selectedKey: z.string().nullable(),
  timings: TimingsSchema,
});
export type Analysis = z.infer<typeof AnalysisSchema>;

export const CaptureSummarySchema = z.object({
  id: z.string(),
  url: z.string().nullable(),
  title: z.string(),
  agency: z.string().nullable(),
  year: z.number().int().nullable(),
  capturedAt: z.string(),
  counts: SeverityCountsSchema,
});
export type CaptureSummary = z.infer<typeof CaptureSummarySchema>;

/** Requests handled by the background service worker. */
export const BackgroundRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('content/state'), state: TabStateSchema }),
  /** The user's settings, for the content script (which has no access to chrome.storage: background/storage-access.ts). */
  z.object({ type: z.literal('settings/get') }),
  z.object({ type: z.literal('captures/find-previous'), agency: z.string(), year: z.number().int() }),
  z.object({ type: z.literal('reviews/get'), reportKey: z.string() }),
  z.object({ type: z.literal('reviews/put'), reportKey: z.string(), review: ReviewSchema }),
  z.object({ type: z.literal('captures/put'), capture: CaptureSchema }),
  z.object({ type: z.literal('captures/list') }),
  z.object({ type: z.literal('captures/get'), ids: z.array(z.string()) }),
  z.object({ type: z.literal('captures/delete'), ids: z.array(z.string()) }),
  z.object({ type: z.literal('handoff/open'), ids: z.array(z.string()).min(1) }),
  z.object({ type: z.literal('tab/inject'), tabId: z.number().int() }),
  z.object({ type: z.literal('tab/state'), tabId: z.number().int() }),
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequestSchema>;

/** Requests handled by the content script of one tab (chrome.tabs.sendMessage). */
export const ContentRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('content/get-analysis') }),
  z.object({ type: z.literal('content/focus'), key: z.string() }),
  z.object({ type: z.literal('content/step'), delta: z.union([z.literal(1), z.literal(-1)]) }),
  z.object({ type: z.literal('content/rescan') }),
  z.object({ type: z.literal('content/get-body-html') }),
  z.object({ type: z.literal('content/reviews-changed') }),
  /** Remove the overlay and stop watching the page (the page is left exactly as it was). */
  z.object({ type: z.literal('content/teardown') }),
  /** The user changed the settings (pushed by the background to every tab). */
  z.object({ type: z.literal('content/settings-changed'), settings: SettingsSchema }),
]);
export type ContentRequest = z.infer<typeof ContentRequestSchema>;

/** Broadcasts from a content script to the side panel (runtime.sendMessage; the background ignores them). */
export const BroadcastSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('broadcast/selected'), key: z.string() }),
  z.object({ type: z.literal('broadcast/analysis-changed') }),
]);
export type Broadcast = z.infer<typeof BroadcastSchema>;

export type Reply<T extends object = object> = ({ ok: true } & T) | { ok: false; error: string };
/** Any successful reply, with its payload fields (what a handler may send). */
export type AnyReply = Reply<Record<string, unknown>>;


/** Sends a request to the background and returns its reply (never throws: a dead context yields ok:false). */
export async function sendToBackground<T extends object = object>(request: BackgroundRequest): Promise<Reply<T>> {
  try {
    const reply = (await chrome.runtime.sendMessage(request)) as Reply<T> | undefined;
    return reply ?? { ok: false, error: 'no reply' };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

/** Sends a request to the content script of a tab (top frame). */
export async function sendToTab<T extends object = object>(tabId: number, request: ContentRequest): Promise<Reply<T>> {
  try {
    const reply = (await chrome.tabs.sendMessage(tabId, request, { frameId: 0 })) as Reply<T> | undefined;
    return reply ?? { ok: false, error: 'no reply' };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

export function broadcast(message: Broadcast): void {
  chrome.runtime.sendMessage(message).catch(() => undefined);
}
