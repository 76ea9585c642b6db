/** Words the generators draw from: the real cell texts and headings of the fixture pages (so generated tables look like reports). */
import { loadCorpus } from './corpus.ts';

let cached: string[] | null = null;

export function vocabulary(): string[] {
  if (cached) return cached;
  const words = new Set<string>();
  for (const base of loadCorpus()) {
    if (base.name.includes('~slim')) continue;
    const text = new TextDecoder().decode(base.bytes);
    const pieces = base.ext === '.txt' ? text.split('\n') : [...text.matchAll(/>([^<>]{1,60})</g)].map((m) => m[1]);
    for (const p of pieces) {
      const w = p.replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ').trim();
      if (w && /[\u4e00-\u9fff]/.test(w) && w.length <= 60) words.add(w);
    }
  }
  cached = [...words].sort().slice(0, 3000);
  return cached;
}
