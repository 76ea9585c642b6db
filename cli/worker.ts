/** Worker thread: checks the files it is sent, one at a time. */
import { parentPort } from 'node:worker_threads';
import { checkFile } from './check-file.ts';
import type { Lang } from '../core/model/finding.ts';

export interface WorkerTask {
  id: number;
  source: string;
  lang: Lang;
}

parentPort?.on('message', async (task: WorkerTask) => {
  const result = await checkFile(task.source, task.lang);
  parentPort?.postMessage({ id: task.id, result });
});
