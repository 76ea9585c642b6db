/**
 * The CLI benchmark corpus: N report pages generated from the real fixture pages and the variant pages, each one
 * varied (agency name, some table numbers, a unique comment) so no two files are identical. Written to a temp folder,
 * never committed. Deterministic (seeded), so two runs read the same corpus.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHtml } from '../../core/parse/decode.ts';
import { fixturePages, variantPages } from './paths.ts';

/** Variant pages that are reports (the others are deliberately not: list page, empty shell, news, image table). */
const REPORT_VARIANTS = new Set(['hanweb-zoom', 'ucap-zoomcon', 'mixed-eight-column', 'gbk-hanweb']);
const AGENCY = '平潭综合实验区';

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

interface Source {
  slug: string;
  bytes: Buffer;
  utf8: boolean;
}

function sources(): Source[] {
  const pages = [...fixturePages(), ...variantPages().filter((v) => REPORT_VARIANTS.has(v.slug))];
  return pages.map((p) => {
    const bytes = readFileSync(p.file);
    const text = decodeHtml(new Uint8Array(bytes));
    const utf8 = Buffer.from(text, 'utf8').equals(bytes);
    return { slug: p.slug, bytes, utf8 };
  });
}

function vary(text: string, i: number): string {
  const random = rng(i * 7919 + 17);
  const agency = `示例${['县', '市', '区'][i % 3]}${String(i).padStart(4, '0')}人民政府`;
  let out = text.split(AGENCY).join(agency);
  // Change about one number in ten that is a whole text node (table cells, mostly).
  out = out.replace(/>(\d{1,4})</g, (m, d: string) => (random() < 0.1 ? `>${Number(d) + 1 + Math.floor(random() * 5)}<` : m));
  return `${out}\n<!-- bench corpus page ${i} -->\n`;
}

/** Writes `count` pages into `dir` and returns their paths. */
export function writeCorpus(dir: string, count: number): string[] {
  mkdirSync(dir, { recursive: true });
  const src = sources();
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const s = src[i % src.length];
    const file = join(dir, `${String(i).padStart(4, '0')}-${s.slug}.html`);
    if (s.utf8) writeFileSync(file, vary(s.bytes.toString('utf8'), i));
    else writeFileSync(file, Buffer.concat([s.bytes, Buffer.from(`\n<!-- bench corpus page ${i} -->\n`)])); // GBK bytes kept as saved
    files.push(file);
  }
  return files;
}
