/**
 * The import worker: reads library / checker JSON files, validates them (zod), previews and commits the batch with
 * its own connection to the library database. The page gets progress and summaries only; the reports are never
 * copied between threads, and the page stays responsive while a large file is read.
 */
import '../zod-config.ts';
import { LibraryDb } from '../db/app-db.ts';
import { StorageFullError } from '../db/errors.ts';
import { readImportFile, type FileResult, type ImportEnv } from './read-file.ts';
import { ImportSession } from './session.ts';
import type { FromWorker, ToWorker } from './worker-protocol.ts';

/** The worker's global scope (typed here: the project compiles with the DOM library, not WebWorker). */
const scope = self as unknown as { postMessage(message: FromWorker): void; onmessage: ((event: MessageEvent<ToWorker>) => void) | null };

const db = new LibraryDb();
// Another tab upgrading the schema: let it proceed (this import then fails and says so).
db.on('versionchange', () => {
  db.close();
  return false;
});
const session = new ImportSession(db);
const post = (message: FromWorker) => scope.postMessage(message);

function envOf(now: string, rulesVersion: string): ImportEnv {
  return {
    parseHtml: () => {
      throw new Error('HTML is read by the page');
    },
    runRules: () => [],
    rulesVersion,
    now,
  };
}

async function handle(message: ToWorker): Promise<void> {
  switch (message.type) {
    case 'files': {
      const env = envOf(message.now, message.rulesVersion);
      const results: FileResult[] = [];
      for (const entry of message.files) {
        if ('result' in entry) {
          results.push(entry.result);
          continue;
        }
        const name = entry.file.name;
        post({ type: 'progress', done: 0, total: 0, name });
        const bytes = new Uint8Array(await entry.file.arrayBuffer());
        results.push(readImportFile(name, bytes, env, (done, total) => post({ type: 'progress', done, total, name })));
      }
      return post({ type: 'preview', preview: await session.setFiles(results) });
    }
    case 'captures':
      return post({ type: 'preview', preview: await session.setCaptures(message.source, message.captures) });
    case 'drop-rejected':
      return post({ type: 'preview', preview: await session.dropRejected() });
    case 'commit':
      return post({ type: 'committed', result: await session.commit(message.replaceConflicts, message.parserVersion) });
  }
}

scope.onmessage = (event) => {
  handle(event.data).catch((error: unknown) =>
    post({ type: 'error', message: (error as Error)?.message ?? String(error), storageFull: error instanceof StorageFullError }),
  );
};
