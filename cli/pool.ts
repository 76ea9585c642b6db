/**
 * A small worker pool with a per-task time limit: a task that runs too long has its worker terminated
 * (the only way to stop synchronous code) and is reported as a timeout; a fresh worker takes its place.
 */
import { Worker } from 'node:worker_threads';
import type { CheckedFile } from './check-file.ts';
import type { WorkerTask } from './worker.ts';
import type { Lang } from '../core/model/finding.ts';
import { workerEntry } from './worker-bundle.ts';

export interface PoolOptions {
  jobs: number;
  lang: Lang;
  timeoutMs: number;
  onResult: (index: number, result: CheckedFile) => void;
}

export async function checkAll(sources: string[], options: PoolOptions): Promise<void> {
  let next = 0;
  const size = Math.max(1, Math.min(options.jobs, sources.length));
  const entry = workerEntry();

  const runSlot = () =>
    new Promise<void>((resolveSlot) => {
      let worker: Worker | null = null;
      let timer: NodeJS.Timeout | null = null;
      let current = -1;

      const spawn = () => {
        // The bundled worker (plain JS built from cli/worker.ts), or the tsx bootstrap when bundling is unavailable.
        const w = new Worker(entry);
        w.on('message', ({ id, result }: { id: number; result: CheckedFile }) => {
          if (id !== current) return;
          if (timer) clearTimeout(timer);
          options.onResult(id, result);
          feed();
        });
        w.on('error', (error) => {
          if (timer) clearTimeout(timer);
          if (current >= 0) options.onResult(current, { source: sources[current], ok: false, reason: 'unreadable', detail: `worker failed: ${error.message}` });
          worker = null;
          feed();
        });
        return w;
      };

      const feed = () => {
        if (next >= sources.length) {
          current = -1;
          void worker?.terminate();
          resolveSlot();
          return;
        }
        current = next++;
        worker ??= spawn();
        const task: WorkerTask = { id: current, source: sources[current], lang: options.lang };
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
          void stuck?.terminate();
          feed();
        }, options.timeoutMs);
        worker.postMessage(task);
      };
      feed();
    });

  await Promise.all(Array.from({ length: size }, runSlot));
}
