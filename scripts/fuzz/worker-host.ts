/**
 * Runs fuzz cases in one worker thread with a hard time limit per case. Synchronous code cannot be interrupted,
 * so a case that overruns has its worker terminated and is reported as timed out; the next case gets a fresh worker.
 */
import { Worker } from 'node:worker_threads';
import type { CaseResult } from './check-case.ts';
import type { CaseInfo, WorkerReply, WorkerRequest } from './protocol.ts';

const ENTRY = new URL('./worker-entry.mjs', import.meta.url);

/**
 * Worker threads get a 4 MB stack by default, four times V8's default for a main thread (984 KB, as in a browser
 * tab or the extension's content script). Deep-nesting bugs would hide behind the bigger stack, so cases run with ~1 MB.
 */
export const CASE_STACK_MB = 1;

export type HostOutcome =
  | { timedOut: false; size: number; info: CaseInfo | null; result: CaseResult }
  | { timedOut: true; size: number | null; info: CaseInfo | null; limitMs: number };

type Request = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;

export class WorkerHost {
  private worker: Worker | null = null;
  private nextId = 1;
  /** Worker restarts after timeouts or crashes. */
  restarts = 0;

  /**
   * @param limitFor the hard limit for a case of `size` bytes (ms)
   * @param startLimitMs the limit before the worker has said how big the case is (case generation, worker start-up)
   */
  constructor(
    private readonly limitFor: (size: number) => number,
    private readonly startLimitMs = 120_000,
  ) {}

  run(request: Request): Promise<HostOutcome> {
    const id = this.nextId++;
    const worker = (this.worker ??= new Worker(ENTRY, { resourceLimits: { stackSizeMb: CASE_STACK_MB } }));
    return new Promise((resolve) => {
      let size: number | null = null;
      let info: CaseInfo | null = null;
      let limitMs = this.startLimitMs;
      let timer = setTimeout(() => fire(), limitMs);
      const finish = (outcome: HostOutcome) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        resolve(outcome);
      };
      const kill = () => {
        if (this.worker === worker) this.worker = null;
        this.restarts++;
        void worker.terminate();
      };
      const fire = () => {
        kill();
        finish({ timedOut: true, size, info, limitMs });
      };
      const onMessage = (reply: WorkerReply) => {
        if (reply.id !== id) return;
        if (reply.type === 'start') {
          size = reply.size;
          info = reply.info;
          clearTimeout(timer);
          limitMs = this.limitFor(reply.size);
          timer = setTimeout(fire, limitMs);
        } else {
          finish({ timedOut: false, size: reply.size, info, result: reply.result });
        }
      };
      // The worker itself died (out of memory, a native crash): report it as a crash of this case.
      const crashed = (detail: string) => {
        kill();
        finish({
          timedOut: false,
          size: size ?? 0,
          info,
          result: { html: 'worker-died', text: 'worker-died', ms: 0, failures: [{ category: 'crash', path: 'html', signature: `worker died: ${detail.slice(0, 120)}`, detail }] },
        });
      };
      const onError = (error: Error) => crashed(`${error.name}: ${error.message}`);
      const onExit = (code: number) => crashed(`exit code ${code}`);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage({ ...request, id } as WorkerRequest);
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    await w?.terminate();
  }
}
