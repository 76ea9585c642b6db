/**
 * Worker thread: checks the files it is sent, one at a time, and posts back their rendered output (printed.ts).
 * The full result of each readable file stays here until the pool asks for some (the cross-year step) or ends.
 */
import { parentPort } from 'node:worker_threads';
import { checkFile, type CheckedFile } from './check-file.ts';
import { toPrinted, type OutputOptions, type PrintedResult } from './printed.ts';

export type WorkerRequest =
  | { type: 'check'; id: number; source: string; output: OutputOptions }
  /** The full results kept for these ids (null for an id this worker does not hold). */
  | { type: 'full'; ids: number[] };

export type WorkerReply =
  | { type: 'result'; id: number; result: PrintedResult }
  | { type: 'full'; results: [number, CheckedFile | null][] };

const kept = new Map<number, CheckedFile>();

parentPort?.on('message', async (request: WorkerRequest) => {
  if (request.type === 'full') {
    const reply: WorkerReply = { type: 'full', results: request.ids.map((id) => [id, kept.get(id) ?? null]) };
    parentPort?.postMessage(reply);
    return;
  }
  const checked = await checkFile(request.source, request.output.lang);
  if (checked.ok) kept.set(request.id, checked);
  const reply: WorkerReply = { type: 'result', id: request.id, result: toPrinted(checked, request.output) };
  parentPort?.postMessage(reply);
});
