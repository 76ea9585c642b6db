/**
 * The real inputs the mutators start from: the fixture pages, the variant pages and the seed text.
 * Each page is also offered "slim" (inline styles, scripts and Word attributes removed), which keeps
 * the tables and labels but is 3–5× smaller, so a run spends its time on structure rather than on CSS.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export interface Base {
  name: string;
  /** '.html' or '.txt': decides the CLI read path (text files always go to parseText). */
  ext: '.html' | '.txt';
  bytes: Uint8Array;
  /** Relative cost weight when picking a base (small bases are picked more often). */
  weight: number;
}

/** A plain Uint8Array copy: Buffer#slice returns a view, and a mutator writing into a view would corrupt the corpus. */
function copyOf(buffer: Uint8Array): Uint8Array {
  return Uint8Array.from(buffer);
}

export const FIXTURES_DIR = fileURLToPath(new URL('../../tests/fixtures/', import.meta.url));

function pageBases(dir: string, prefix: string): Base[] {
  const root = join(FIXTURES_DIR, dir);
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'source.html')))
    .map((d) => ({ name: `${prefix}/${d.name}`, ext: '.html' as const, bytes: copyOf(readFileSync(join(root, d.name, 'source.html'))), weight: 1 }));
}

/** Removes what only costs parse time: <script>/<style> blocks, comments, inline styles, Word-only attributes. */
export function slimHtml(html: string): string {
  return html
    .replace(/<script\b[\s\S]*?<\/script>/gi, '')
    .replace(/<style\b[\s\S]*?<\/style>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\s(?:style|lang|width|height|valign|align|border|cellspacing|cellpadding)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '')
    .replace(/<\/?(?:span|font|o:p)\b[^>]*>/gi, '');
}

let cached: Base[] | null = null;

export function loadCorpus(): Base[] {
  if (cached) return cached;
  const pages = pageBases('pages', 'page');
  const variants = pageBases('variants', 'variant');
  const slim = pages.map((p) => ({
    name: `${p.name}~slim`,
    ext: '.html' as const,
    bytes: new TextEncoder().encode(slimHtml(new TextDecoder().decode(p.bytes))),
    weight: 3,
  }));
  const seedDir = join(FIXTURES_DIR, 'seed');
  const seeds: Base[] = existsSync(seedDir)
    ? readdirSync(seedDir)
        .sort()
        .filter((f) => f.endsWith('.txt'))
        .map((f) => ({ name: `seed/${f}`, ext: '.txt' as const, bytes: copyOf(readFileSync(join(seedDir, f))), weight: 4 }))
    : [];
  cached = [...pages, ...slim, ...variants.map((v) => ({ ...v, weight: 2 })), ...seeds];
  if (cached.length === 0) throw new Error(`no fuzz corpus under ${FIXTURES_DIR}`);
  return cached;
}

export function pickBase(corpus: readonly Base[], r: number): Base {
  const total = corpus.reduce((s, b) => s + b.weight, 0);
  let x = r * total;
  for (const b of corpus) {
    x -= b.weight;
    if (x < 0) return b;
  }
  return corpus[corpus.length - 1];
}
