/** The fuzz worker: builds a case (or takes given bytes), runs it, reports 'start' before and 'done' after. */
import { parentPort } from 'node:worker_threads';
import { makeCase } from './cases.ts';
import { checkCase } from './check-case.ts';
import type { WorkerReply, WorkerRequest } from './protocol.ts';

const post = (reply: WorkerReply) => parentPort?.postMessage(reply);

parentPort?.on('message', (req: WorkerRequest) => {
  if (req.type === 'case') {
    const c = makeCase(req.seed, req.index, req.caseOptions);
    post({ type: 'start', id: req.id, size: c.bytes.length, info: { kind: c.kind, operators: c.operators, base: c.base, genSeed: c.genSeed, ext: c.ext } });
    post({ type: 'done', id: req.id, size: c.bytes.length, result: checkCase(c.bytes, c.ext, { checkMutation: req.checkMutation }) });
  } else {
    post({ type: 'start', id: req.id, size: req.bytes.length, info: null });
    post({ type: 'done', id: req.id, size: req.bytes.length, result: checkCase(req.bytes, req.ext, { checkMutation: req.checkMutation }) });
  }
});
