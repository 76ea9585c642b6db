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

/**
 * Tasks sent ahead to each worker: while it checks one, the next is already in its queue, so it never waits for the
 * main thread to wake up, read its result and answer (≈ 10 ms per task on a loaded 2-core machine, measured).
 */
const IN_FLIGHT = 2;

export async function checkAll(sources: string[], options: PoolOptions): Promise<PoolRun> {
  let next = 0;
  /** Inputs sent to a worker that was then replaced before reaching them: they go first to the next worker. */
  const requeued: number[] = [];
  const take = (): number | undefined => (requeued.length ? requeued.shift() : next < sources.length ? next++ : undefined);
  const size = Math.max(1, Math.min(options.jobs, sources.length));
  const entry = workerEntry();
  /** The worker that checked each input (and keeps its full result), until it is terminated. */
  const owner = new Map<number, Worker>();
  const alive = new Set<Worker>();

  const runSlot = () =>
    new Promise<void>((resolveSlot) => {
      let worker: Worker | null = null;
      /** Inputs sent to `worker`, in the order it checks them; the first is the one it is checking now. */
      const inFlight: number[] = [];
      let timer: NodeJS.Timeout | null = null;

      /** The time limit runs for the input at the head only, from when the worker started it. */
      const startTimer = () => {
        if (timer) clearTimeout(timer);
        timer = null;
        const head = inFlight[0];
        if (head !== undefined) timer = setTimeout(() => replace(head, 'timeout', `gave up after ${options.timeoutMs / 1000} s`), options.timeoutMs);
      };

      /** Reports the head as failed, ends its worker and gives the inputs queued behind it to a fresh one. */
      const replace = (head: number, reason: string, detail: string) => {
        if (inFlight[0] !== head) return;
        if (timer) clearTimeout(timer);
        timer = null;
        inFlight.shift();
        requeued.unshift(...inFlight.splice(0));
        const stuck = worker;
        worker = null;
        if (stuck) {
          alive.delete(stuck);
          void stuck.terminate();
        }
        options.onResult(head, { source: sources[head], ok: false, reason, detail });
        fill();
      };

      const spawn = () => {
        // The bundled worker (plain JS built from cli/worker.ts), or the tsx bootstrap when bundling is unavailable.
        const w = new Worker(entry);
        alive.add(w);
        w.on('message', (reply: WorkerReply) => {
          if (w !== worker || reply.type !== 'result' || reply.id !== inFlight[0]) return;
          inFlight.shift();
          startTimer();
          owner.set(reply.id, w);
          options.onResult(reply.id, reply.result);
          fill();
        });
        w.on('error', (error) => {
          if (w !== worker) return;
          const head = inFlight[0];
          if (head !== undefined) replace(head, 'unreadable', `worker failed: ${error.message}`);
          else {
            alive.delete(w);
            worker = null;
          }
        });
        return w;
      };

      /** Keeps IN_FLIGHT inputs sent to the worker; when none is left anywhere, the slot is done. */
      const fill = () => {
        while (inFlight.length < IN_FLIGHT) {
          const id = take();
          if (id === undefined) break;
          worker ??= spawn();
          inFlight.push(id);
          worker.postMessage({ type: 'check', id, source: sources[id], output: options.output } satisfies WorkerRequest);
          if (inFlight.length === 1) startTimer();
        }
        if (inFlight.length === 0) {
          worker?.unref(); // kept for full(), but no reason for the process to stay alive
          resolveSlot();
        }
      };
      fill();
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
