/**
 * One TypeScript entry bundled by esbuild into one plain JavaScript file, cached on disk and rebuilt whenever one of
 * its input files changes (used for the checker's worker thread: see worker-bundle.ts).
 *
 * Staleness: a manifest next to the bundle lists every input of the last build (from esbuild's metafile) and a key
 * computed from their contents (files of the project) or size + mtime (files under node_modules, which change only
 * with an install); a different key, or a missing input, rebuilds. Several processes building at once are safe: each
 * writes temporary files and renames them into place, and bundles are named by their key.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve, sep } from 'node:path';

export interface BundleSpec {
  /** Absolute path of the entry (.ts). */
  entry: string;
  /** Inputs in the manifest are relative to this folder (the project root). */
  root: string;
  /** Where the bundle and its manifest are written. */
  cacheDir: string;
  /** Base name of the files: `<name>.json` (manifest) and `<name>-<key>.mjs`. */
  name: string;
  /** Packages left as imports (loaded from node_modules at run time). */
  external?: string[];
}

/** The slice of esbuild's API used here. esbuild comes with tsx (a dev dependency), so it is resolved through tsx. */
interface Esbuild {
  version: string;
  buildSync(options: Record<string, unknown>): { outputFiles?: { text: string }[]; metafile?: { inputs: Record<string, unknown> } };
}

interface Manifest {
  format: number;
  key: string;
  file: string;
  inputs: string[];
}

/** Bump when the build options change: every cached bundle becomes stale. */
const FORMAT = 1;

const fromTsx = () => createRequire(createRequire(import.meta.url).resolve('tsx'));
const loadEsbuild = (): Esbuild => fromTsx()('esbuild') as Esbuild;
/** esbuild's version from its package.json: loading esbuild itself is needed only to build. */
const esbuildVersion = (): string => (fromTsx()('esbuild/package.json') as { version: string }).version;

/** Key of the inputs' current state, or null when one of them is gone. */
function inputsKey(root: string, inputs: readonly string[], version: string): string | null {
  const hash = createHash('sha256').update(`${FORMAT}\0${version}\0${process.version}\0`);
  for (const input of inputs) {
    const path = resolve(root, input);
    try {
      hash.update(input).update('\0');
      if (path.includes(`${sep}node_modules${sep}`)) {
        const s = statSync(path);
        hash.update(`${s.size}:${s.mtimeMs}`);
      } else hash.update(readFileSync(path));
      hash.update('\0');
    } catch {
      return null;
    }
  }
  return hash.digest('hex').slice(0, 16);
}

function readManifest(path: string): Manifest | null {
  try {
    const m = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
    return m.format === FORMAT && Array.isArray(m.inputs) && typeof m.file === 'string' && typeof m.key === 'string' ? m : null;
  } catch {
    return null;
  }
}

function writeAtomic(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

/** Removes the spec's other bundles once they are an hour old (a running checker may still start workers from one). */
function pruneOld(spec: BundleSpec, keep: string): void {
  try {
    for (const name of readdirSync(spec.cacheDir)) {
      if (name === keep || !name.startsWith(`${spec.name}-`) || !name.endsWith('.mjs')) continue;
      const path = join(spec.cacheDir, name);
      if (Date.now() - statSync(path).mtimeMs > 3_600_000) unlinkSync(path);
    }
  } catch {
    // best effort
  }
}

function build(spec: BundleSpec): string {
  const esbuild = loadEsbuild();
  const result = esbuild.buildSync({
    entryPoints: [spec.entry],
    absWorkingDir: spec.root,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: spec.external ?? [],
    write: false,
    metafile: true,
    // No __name() wrappers (tsx keeps function names; nothing here reads them).
    keepNames: false,
    legalComments: 'none',
    logLevel: 'silent',
    banner: { js: `// Built by cli/bundle-cache.ts from ${spec.entry.slice(spec.root.length + 1)}; rebuilt when a source changes. Do not edit.` },
  });
  const text = result.outputFiles?.[0]?.text;
  const inputs = Object.keys(result.metafile?.inputs ?? {});
  if (!text || inputs.length === 0) throw new Error('esbuild produced no output');
  const key = inputsKey(spec.root, inputs, esbuild.version);
  if (!key) throw new Error('an input vanished during the build');
  const file = `${spec.name}-${key}.mjs`;
  mkdirSync(spec.cacheDir, { recursive: true });
  writeAtomic(join(spec.cacheDir, file), text);
  writeAtomic(join(spec.cacheDir, `${spec.name}.json`), JSON.stringify({ format: FORMAT, key, file, inputs } satisfies Manifest) + '\n');
  pruneOld(spec, file);
  return join(spec.cacheDir, file);
}

/** The path of an up-to-date bundle of `spec.entry`: the cached one if its inputs are unchanged, else a fresh build. Throws if esbuild fails. */
export function ensureBundle(spec: BundleSpec): string {
  const manifest = readManifest(join(spec.cacheDir, `${spec.name}.json`));
  if (manifest && inputsKey(spec.root, manifest.inputs, esbuildVersion()) === manifest.key) {
    const path = join(spec.cacheDir, manifest.file);
    try {
      statSync(path);
      return path;
    } catch {
      // listed but gone: rebuild
    }
  }
  return build(spec);
}
