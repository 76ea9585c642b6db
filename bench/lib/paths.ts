/** Paths the benchmarks read from (fixtures, builds) and a scratch folder outside the repo. */
import { mkdtempSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const PAGES_DIR = join(ROOT, 'tests/fixtures/pages');
export const VARIANTS_DIR = join(ROOT, 'tests/fixtures/variants');
/** The built extension; NIANBAO_EXTENSION_DIST points the benchmarks at another build (before/after comparisons). */
export const EXTENSION_DIST = process.env.NIANBAO_EXTENSION_DIST ?? join(ROOT, 'dist/extension');
export const PWA_DIST = join(ROOT, 'dist/pwa');
export const RESULTS_FILE = join(ROOT, 'bench/results.json');

/** The real fixture pages: tests/fixtures/pages/<slug>/source.html. */
export function fixturePages(): { slug: string; file: string }[] {
  return readdirSync(PAGES_DIR)
    .sort()
    .map((slug) => ({ slug, file: join(PAGES_DIR, slug, 'source.html') }))
    .filter((p) => existsSync(p.file));
}

/** Hand-made variant pages (other portal markup families), used to vary the CLI corpus. */
export function variantPages(): { slug: string; file: string }[] {
  return readdirSync(VARIANTS_DIR)
    .sort()
    .map((slug) => ({ slug, file: join(VARIANTS_DIR, slug, 'source.html') }))
    .filter((p) => existsSync(p.file));
}

export function scratchDir(name: string): string {
  return mkdtempSync(join(tmpdir(), `nianbao-bench-${name}-`));
}
