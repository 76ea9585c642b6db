/**
 * A small worker pool with a per-task time limit: a task that runs too long has its worker terminated
 * (the only way to stop synchronous code) and is reported as a timeout; a fresh worker takes its place.
 * Workers post back each input's rendered output (printed.ts) and keep its full result; `full()` fetches the ones the
 * cross-year step needs (an input whose worker was replaced is checked again on this thread), `close()` ends them.
 */
import { Worker } from 'node:worker_threads';
import type { WorkerReply, WorkerRequest } from './worker.ts';
import type { CheckedFile } from './check-file.ts';
import type { OutputOptions, PrintedResult } from './printed.ts';
import { workerEntry } from './worker-bundle.ts';

export interface PoolOptions {
  jobs: number;
  timeoutMs: number;
  /** How workers render each input's output (language, JSON or text, colours). */
  output: OutputOptions;
  onResult: (index: number, result: PrintedResult) => void;
}

export interface PoolRun {
  /** Full results (report, findings, outcomes) of these inputs, by input index; unreadable inputs are left out. */
  full(indexes: readonly number[]): Promise<Map<number, CheckedFile>>;
  /** Ends the workers (they no longer keep the process alive once every input is checked, even without it). */
  close(): Promise<void>;
}

export async function checkAll(sources: string[], options: PoolOptions): Promise<PoolRun> {
  let next = 0;
  const size = Math.max(1, Math.min(options.jobs, sources.length));
  const entry = workerEntry();
  /** The worker that checked each input (and keeps its full result), until it is terminated. */
  const owner = new Map<number, Worker>();
  const alive = new Set<Worker>();

  const runSlot = () =>
    new Promise<void>((resolveSlot) => {
      let worker: Worker | null = null;
      let timer: NodeJS.Timeout | null = null;
      let current = -1;

      const retire = (w: Worker | null) => {
        if (!w) return;
        alive.delete(w);
        void w.terminate();
      };

      const spawn = () => {
        // The bundled worker (plain JS built from cli/worker.ts), or the tsx bootstrap when bundling is unavailable.
        const w = new Worker(entry);
        alive.add(w);
        w.on('message', (reply: WorkerReply) => {
          if (reply.type !== 'result' || reply.id !== current) return;
          if (timer) clearTimeout(timer);
          owner.set(reply.id, w);
          options.onResult(reply.id, reply.result);
          feed();
        });
        w.on('error', (error) => {
          if (timer) clearTimeout(timer);
          alive.delete(w);
          if (current >= 0) options.onResult(current, { source: sources[current], ok: false, reason: 'unreadable', detail: `worker failed: ${error.message}` });
          worker = null;
          feed();
        });
        return w;
      };

      const feed = () => {
        if (next >= sources.length) {
          current = -1;
          worker?.unref(); // kept for full(), but no reason for the process to stay alive
          resolveSlot();
          return;
        }
        current = next++;
        worker ??= spawn();
        const task: WorkerRequest = { type: 'check', id: current, source: sources[current], output: options.output };
        const taskIndex = current;
        timer = setTimeout(() => {
          if (current !== taskIndex) return;
          options.onResult(taskIndex, {
            source: sources[taskIndex],
            ok: false,
            reason: 'timeout',
            detail: `gave up after ${options.timeoutMs / 1000} s`,
          });
          const stuck = worker;
          worker = null;
          retire(stuck);
          feed();
        }, options.timeoutMs);
        worker.postMessage(task);
      };
      feed();
    });

  await Promise.all(Array.from({ length: size }, runSlot));

  /** Asks one worker for the results it keeps; null entries (or a dead worker) are left for the caller. */
  const ask = (w: Worker, ids: number[]) =>
    new Promise<[number, CheckedFile | null][]>((resolve) => {
      const done = (results: [number, CheckedFile | null][]) => {
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
        resolve(results);
      };
      const onMessage = (reply: WorkerReply) => reply.type === 'full' && done(reply.results);
      const onError = () => done([]);
      const onExit = () => done([]);
      w.on('message', onMessage);
      w.on('error', onError);
      w.on('exit', onExit);
      w.ref();
      w.postMessage({ type: 'full', ids } satisfies WorkerRequest);
    }).finally(() => w.unref());

  return {
    async full(indexes) {
      const out = new Map<number, CheckedFile>();
      const byWorker = new Map<Worker, number[]>();
      for (const i of indexes) {
        const w = owner.get(i);
        if (w && alive.has(w)) byWorker.set(w, [...(byWorker.get(w) ?? []), i]);
      }
      const replies = await Promise.all([...byWorker].map(([w, ids]) => ask(w, ids)));
      for (const list of replies) for (const [id, result] of list) if (result) out.set(id, result);
      const missing = indexes.filter((i) => !out.has(i));
      if (missing.length) {
        // Results lost with a replaced worker: check those inputs again here (same code, same result).
        const { checkFile } = await import('./check-file.ts');
        for (const i of missing) {
          const checked = await checkFile(sources[i], options.output.lang);
          if (checked.ok) out.set(i, checked);
        }
      }
      return out;
    },
    async close() {
      await Promise.all([...alive].map((w) => w.terminate()));
      alive.clear();
    },
  };
}
