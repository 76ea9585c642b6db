/**
 * The extension's own main-thread work in a page, from a Chromium trace: every `chrome.scripting.executeScript` the
 * background sends to the page's renderer appears there as one task (mojo message → `Dispatcher::ExecuteCode`, with
 * the extension id → `ScriptInjection::InjectJs` → `EvaluateScript` (compile + run) → the microtask checkpoint that
 * hands the script's value back). The task's duration is what the injection cost the page's main thread, whatever it
 * injected (the gate file, a `func` probe); nothing of the page's own work is in it. Wall time (`dur`) includes time
 * the thread waited for a CPU held by other processes (a shared machine); thread time (`tdur`) is the CPU the task
 * used, which is what the extension adds and varies far less with load.
 */
import type { CDPSession } from '@playwright/test';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

/** Enough for the attribution: top-level tasks, script evaluation, the extension dispatcher. */
export const INJECTION_TRACE_CATEGORIES = 'toplevel,devtools.timeline,extensions';

export interface Injection {
  /** Script url inside the extension (`content/gate-main.js`), or `(func)` for a function injection. */
  script: string;
  /** Start, ms after the page's first ParseHTML. */
  atMs: number;
  /** Main-thread wall time of the whole task, ms. */
  wallMs: number;
  /** Main-thread CPU time of the whole task, ms. */
  cpuMs: number;
}

/** A tracing session on the whole browser (one CDP session sees every renderer); `stop()` returns the events. */
export async function startTracing(cdp: CDPSession, categories = INJECTION_TRACE_CATEGORIES): Promise<{ stop(): Promise<TraceEvent[]> }> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  return {
    async stop() {
      const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await done;
      return events;
    },
  };
}

const extensionIdOf = (e: TraceEvent) => ((e.args?.chrome_extension_id as { extension_id?: string } | undefined)?.extension_id ?? '');
const urlOf = (e: TraceEvent) => ((e.args?.data as { url?: string } | undefined)?.url ?? '');

/**
 * The injections of extension `extensionId` into the renderer main thread that parsed `pageUrl` (one visit: a new tab
 * is a new renderer process). Each is the scheduler task around the extension's `Dispatcher::ExecuteCode`, plus the
 * microtask checkpoint that ends that task.
 */
export function injectionsInto(events: readonly TraceEvent[], pageUrl: string, extensionId: string): Injection[] | null {
  const parse = events.find((e) => e.name === 'ParseHTML' && (e.args?.beginData as { url?: string } | undefined)?.url === pageUrl);
  if (!parse) return null;
  const thread = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && e.dur !== undefined);
  // The scheduler's task (category toplevel) and, right after it, the microtask checkpoint of the same task, where
  // the script's value is handed back: together they are the whole task (devtools' RunTask, which needs a far more
  // verbose category).
  const tasks = thread.filter((e) => e.name === 'ThreadControllerImpl::RunTask');
  const checkpoints = thread.filter((e) => e.name === 'BlinkScheduler_PerformMicrotaskCheckpoint');
  const out: Injection[] = [];
  for (const exec of thread.filter((e) => e.name === 'Dispatcher::ExecuteCode' && extensionIdOf(e) === extensionId)) {
    const end = exec.ts + exec.dur!;
    const task = tasks.find((t) => t.ts <= exec.ts && t.ts + t.dur! >= end) ?? exec;
    const taskEnd = task.ts + task.dur!;
    const checkpoint = checkpoints.find((c) => c.ts >= taskEnd && c.ts - taskEnd < 100);
    const evaluate = thread.find((e) => e.name === 'EvaluateScript' && e.ts >= exec.ts && e.ts <= end);
    const url = evaluate ? urlOf(evaluate) : '';
    const cpu = (e: TraceEvent | undefined) => (e ? (e.tdur ?? e.dur!) : 0);
    out.push({
      script: url.startsWith('chrome-extension://') ? url.split('/').slice(3).join('/') : '(func)',
      atMs: (task.ts - parse.ts) / 1000,
      wallMs: (task.dur! + (checkpoint?.dur ?? 0)) / 1000,
      cpuMs: (cpu(task) + cpu(checkpoint)) / 1000,
    });
  }
  return out;
}
