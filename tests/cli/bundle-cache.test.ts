import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ensureBundle, type BundleSpec } from '../../cli/bundle-cache.ts';
import { workerEntry } from '../../cli/worker-bundle.ts';

function project(): BundleSpec {
  const root = mkdtempSync(join(tmpdir(), 'nianbao-bundle-'));
  writeFileSync(join(root, 'dep.ts'), 'export const value: number = 1;\n');
  writeFileSync(join(root, 'entry.ts'), "import { value } from './dep.ts';\nexport const answer = (): number => value * 10;\n");
  return { entry: join(root, 'entry.ts'), root, cacheDir: join(root, 'cache'), name: 'entry' };
}

const load = async (path: string) => ((await import(pathToFileURL(path).href)) as { answer: () => number }).answer();

describe('bundle cache', { timeout: 60_000 }, () => {
  it('builds once, reuses the bundle while the inputs are unchanged, rebuilds when one changes', async () => {
    const spec = project();
    const first = ensureBundle(spec);
    expect(await load(first)).toBe(10);
    const written = statSync(first).mtimeMs;
    expect(ensureBundle(spec)).toBe(first);
    expect(statSync(first).mtimeMs).toBe(written);

    writeFileSync(join(spec.root, 'dep.ts'), 'export const value: number = 2;\n');
    const second = ensureBundle(spec);
    expect(second).not.toBe(first);
    expect(await load(second)).toBe(20);
    const manifest = JSON.parse(readFileSync(join(spec.cacheDir, 'entry.json'), 'utf8'));
    expect(manifest.inputs.sort()).toEqual(['dep.ts', 'entry.ts']);
  });

  it('rebuilds after a corrupt manifest, and throws when the sources do not build', () => {
    const spec = project();
    const first = ensureBundle(spec);
    writeFileSync(join(spec.cacheDir, 'entry.json'), '{not json');
    expect(ensureBundle(spec)).toBe(first); // same inputs, same key, same name
    writeFileSync(join(spec.root, 'entry.ts'), "import { value } from './missing.ts';\nexport const answer = () => value;\n");
    expect(() => ensureBundle(spec)).toThrow();
  });

  it("gives the checker's worker as a bundle in dist/cli", () => {
    expect(workerEntry().pathname).toMatch(/\/dist\/cli\/worker-[0-9a-f]{16}\.mjs$/);
  });
});
