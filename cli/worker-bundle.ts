/**
 * The checker's worker thread as ONE plain JavaScript file built from cli/worker.ts (and core) by esbuild on first use,
 * cached in dist/cli/ and rebuilt when a source changes (bundle-cache.ts). A worker then loads one file, where running
 * the sources through tsx cost it a TypeScript loader, hundreds of module loads (≈ 4–6 s of start-up on a loaded
 * 2-core machine, against ≈ 1–2 s) and esbuild's `__name` wrappers on every closure.
 *
 * If esbuild is missing or the build fails, the worker runs the sources through tsx (worker-entry.mjs): slower to
 * start, same results. NIANBAO_CLI_BUNDLE=0 forces that path (NIANBAO_CLI_DEBUG=1 says why the bundle was not used).
 */
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureBundle } from './bundle-cache.ts';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const TSX_ENTRY = new URL('./worker-entry.mjs', import.meta.url);

let entry: URL | null = null;

/** The script for `new Worker(url)`: the up-to-date bundle, or the tsx bootstrap. Decided once per process. */
export function workerEntry(): URL {
  if (entry) return entry;
  if (process.env.NIANBAO_CLI_BUNDLE === '0') return (entry = TSX_ENTRY);
  try {
    // linkedom is the lite DOM's fallback, loaded by check-file.ts only when needed: not worth bundling.
    entry = pathToFileURL(ensureBundle({ entry: join(ROOT, 'cli/worker.ts'), root: ROOT, cacheDir: join(ROOT, 'dist/cli'), name: 'worker', external: ['linkedom'] }));
  } catch (error) {
    if (process.env.NIANBAO_CLI_DEBUG) process.stderr.write(`worker bundle unavailable (${(error as Error)?.message ?? error}); running the sources through tsx\n`);
    entry = TSX_ENTRY;
  }
  return entry;
}
