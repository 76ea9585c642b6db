import type { Capture } from '../../core/index.ts';
import type { LibraryDb } from '../db/app-db.ts';
import { StorageFullError } from '../db/errors.ts';
import type { CommitResult } from '../db/queries/index.ts';
import { readImportFile, type FileResult, type ImportEnv } from './read-file.ts';
import type { ReadProgress } from './run-import.ts';
import { ImportSession, type SessionPreview } from './session.ts';
import { readableInWorker, type FromWorker, type ToWorker, type WorkerFile } from './worker-protocol.ts';

/** An import session seen from the page: read → preview → (drop rejected) → commit. */
export interface ImportClient {
  readFiles(files: readonly File[], env: ImportEnv, onProgress: (p: ReadProgress) => void): Promise<SessionPreview>;
  setCaptures(source: string, captures: Capture[]): Promise<SessionPreview>;
  dropRejected(): Promise<SessionPreview>;
  commit(replaceConflicts: boolean, parserVersion: string): Promise<CommitResult>;
  close(): void;
}

const nextTick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** HTML pages need the page's DOMParser: they are read here, one per tick so that progress is painted. */
async function readInPage(file: File, env: ImportEnv): Promise<FileResult> {
  await nextTick();
  return readImportFile(file.name, new Uint8Array(await file.arrayBuffer()), env);
}

/** The session in a worker (the default): large library files are read, checked and written off the page's thread. */
function workerClient(worker: Worker): ImportClient {
  let pending: { resolve: (m: FromWorker) => void; reject: (e: Error) => void; onProgress?: (p: ReadProgress) => void } | null = null;
  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    const m = event.data;
    if (!pending) return;
    if (m.type === 'progress') return pending.onProgress?.({ done: m.done, total: m.total, name: m.name });
    const p = pending;
    pending = null;
    if (m.type === 'error') p.reject(m.storageFull ? new StorageFullError(new Error(m.message)) : new Error(m.message));
    else p.resolve(m);
  };
  worker.onerror = (event) => {
    const p = pending;
    pending = null;
    p?.reject(new Error(event.message || 'import worker failed'));
  };
  const request = (message: ToWorker, onProgress?: (p: ReadProgress) => void) =>
    new Promise<FromWorker>((resolve, reject) => {
      if (pending) return reject(new Error('an import step is already running'));
      pending = { resolve, reject, onProgress };
      worker.postMessage(message);
    });
  const preview = async (message: ToWorker, onProgress?: (p: ReadProgress) => void) => {
    const m = await request(message, onProgress);
    if (m.type !== 'preview') throw new Error(`unexpected ${m.type}`);
    return m.preview;
  };
  return {
    async readFiles(files, env, onProgress) {
      const entries: WorkerFile[] = [];
      for (let i = 0; i < files.length; i++) {
        if (readableInWorker(files[i].name)) entries.push({ file: files[i] });
        else {
          onProgress({ done: i, total: files.length, name: files[i].name });
          entries.push({ result: await readInPage(files[i], env) });
        }
      }
      return preview({ type: 'files', files: entries, now: env.now, rulesVersion: env.rulesVersion }, onProgress);
    },
    setCaptures: (source, captures) => preview({ type: 'captures', source, captures }),
    dropRejected: () => preview({ type: 'drop-rejected' }),
    async commit(replaceConflicts, parserVersion) {
      const m = await request({ type: 'commit', replaceConflicts, parserVersion });
      if (m.type !== 'committed') throw new Error(`unexpected ${m.type}`);
      return m.result;
    },
    close: () => worker.terminate(),
  };
}

/** The same session on the page's thread (no worker support, and the unit tests). */
export function inPageClient(db: LibraryDb): ImportClient {
  const session = new ImportSession(db);
  return {
    async readFiles(files, env, onProgress) {
      const results: FileResult[] = [];
      for (let i = 0; i < files.length; i++) {
        onProgress({ done: i, total: files.length, name: files[i].name });
        results.push(await readInPage(files[i], env));
      }
      onProgress({ done: files.length, total: files.length, name: '' });
      return session.setFiles(results);
    },
    setCaptures: (source, captures) => session.setCaptures(source, captures),
    dropRejected: () => session.dropRejected(),
    commit: (replaceConflicts, parserVersion) => session.commit(replaceConflicts, parserVersion),
    close: () => {},
  };
}

export function createImportClient(db: () => LibraryDb): ImportClient {
  if (typeof Worker === 'undefined') return inPageClient(db());
  try {
    return workerClient(new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'import' }));
  } catch {
    return inPageClient(db());
  }
}
