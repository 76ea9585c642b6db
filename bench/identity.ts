/**
 * Behaviour fingerprint of core for performance work: parse + rules on every fixture page, variant page, fuzz
 * regression page and a generated corpus (bench/lib/corpus.ts), with one or more DOMs, serialised to JSON lines.
 * A performance change must leave the output byte-identical.
 * Usage: node --import tsx bench/identity.ts <out.jsonl> [corpus pages, default 60] [doms, default linkedom]
 * then `cmp` two outputs (or `diff` them).
 */
import { readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { JSDOM } from 'jsdom';
import { decodeHtml } from '../core/parse/decode.ts';
import { isProbablyReport, parseReport } from '../core/parse/index.ts';
import { runRules } from '../core/engine/run.ts';
import { writeCorpus } from './lib/corpus.ts';
import { ROOT, scratchDir } from './lib/paths.ts';

type DomLoader = (html: string) => Document;
const LOADERS: Record<string, () => Promise<DomLoader>> = {
  linkedom: async () => (html) => parseHTML(html).document as unknown as Document,
  jsdom: async () => (html) => new JSDOM(html).window.document,
  lite: async () => {
    const mod = (await import('../cli/lite-dom/index.ts')) as { parseLiteDocument(html: string): Document };
    return (html) => mod.parseLiteDocument(html);
  },
};

const out = process.argv[2] ?? '/tmp/identity.jsonl';
const corpusCount = Number(process.argv[3] ?? 60);
const doms = (process.argv[4] ?? 'linkedom').split(',');

const files: string[] = [];
for (const sub of ['pages', 'variants']) {
  const dir = join(ROOT, 'tests/fixtures', sub);
  for (const d of readdirSync(dir)) if (existsSync(join(dir, d, 'source.html'))) files.push(join(dir, d, 'source.html'));
}
const fuzz = join(ROOT, 'tests/fixtures/fuzz-regressions');
for (const f of readdirSync(fuzz)) if (f.endsWith('.html')) files.push(join(fuzz, f));
const scratch = scratchDir('identity');
files.push(...writeCorpus(scratch, corpusCount));

const lines: string[] = [];
for (const dom of doms) {
  const load = await LOADERS[dom]();
  for (const file of files) {
    const html = decodeHtml(new Uint8Array(readFileSync(file)));
    let doc: Document;
    try {
      doc = load(html);
    } catch (error) {
      lines.push(JSON.stringify({ file, domError: String(error).slice(0, 80) }));
      continue;
    }
    const probable = isProbablyReport(doc);
    const parsed = parseReport(doc, {});
    const rules = parsed.ok ? runRules(parsed.report) : null;
    const en = parsed.ok ? runRules(structuredClone(parsed.report), { lang: 'en' }).findings.map((f) => f.message) : null;
    lines.push(JSON.stringify({ file: file.replace(ROOT, '').replace(scratch, 'corpus'), probable, parsed, rules, en }));
  }
  lines.push(`# end ${dom}`);
}
rmSync(scratch, { recursive: true, force: true });
writeFileSync(out, lines.map((l) => l.replace(/^\{"file":"[^"]*",/, '{')).join('\n') + '\n');
console.log(`${files.length} files × ${doms.length} DOMs → ${out}`);
