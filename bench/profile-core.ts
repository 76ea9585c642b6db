/**
 * Profiles detection + parse + rules in Chromium (CDP sampling profiler) on one page and prints the functions with
 * the most self time. Usage: node --import tsx bench/profile-core.ts [slug] [runs]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHtml } from '../core/parse/decode.ts';
import { bundleIife } from './lib/bundle.ts';
import { launchPlain } from './lib/chromium.ts';
import { PAGES_DIR, ROOT } from './lib/paths.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
}

async function main(): Promise<void> {
  const slug = process.argv[2] ?? 'pingtan-2023';
  const runs = Number(process.argv[3] ?? 30);
  const code = await bundleIife(join(ROOT, 'bench/browser/core-entry.ts'), 'NianbaoBench', false);
  const html = decodeHtml(new Uint8Array(readFileSync(join(PAGES_DIR, slug, 'source.html'))));
  const browser = await launchPlain();
  const page = await browser.newPage();
  await page.setContent('<!DOCTYPE html><title>profile</title>');
  await page.addScriptTag({ content: code });
  await page.evaluate(([h]) => ((globalThis as unknown as { __html: string }).__html = h), [html] as const);
  await page.evaluate((n) => {
    const g = globalThis as unknown as { __html: string; __docs: Document[] };
    g.__docs = Array.from({ length: n }, () => new DOMParser().parseFromString(g.__html, 'text/html'));
  }, runs);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const ms = await page.evaluate(() => {
    const g = globalThis as unknown as { __docs: Document[]; NianbaoBench: { checkDocument(d: Document, u: string): unknown } };
    const t0 = performance.now();
    for (const d of g.__docs) g.NianbaoBench.checkDocument(d, 'https://x.invalid/');
    return (performance.now() - t0) / g.__docs.length;
  });
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
  await browser.close();
  // The unminified bundle starts each source file with a `// <path>` comment: name functions by file, not bundle line.
  const regionOfLine: string[] = [];
  let region = '';
  code.split('\n').forEach((line, i) => {
    const m = /^\s*\/\/ ((?:core|bench)\/\S+\.ts)$/.exec(line);
    if (m) region = m[1].split('/').slice(-2).join('/');
    regionOfLine[i] = region;
  });
  const keyOf = (n: ProfileNode): string => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.lineNumber > 0 ? regionOfLine[n.callFrame.lineNumber] ?? '' : ''}:${n.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (let i = 0; i < profile.samples.length; i++) {
    const n = byId.get(profile.samples[i])!;
    const key = keyOf(n);
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  // Inclusive time: a sample counts for every distinct function on its stack.
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const incl = new Map<string, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const seen = new Set<string>();
    for (let id: number | undefined = profile.samples[i]; id !== undefined; id = parent.get(id)) {
      const n = byId.get(id)!;
      const key = keyOf(n);
      if (seen.has(key)) continue;
      seen.add(key);
      incl.set(key, (incl.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
    }
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log('--- inclusive');
  for (const [k, v] of [...incl.entries()].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log(`${((v / total) * 100).toFixed(1).padStart(5)}%  ${k}`);
  // Self time by source file (the function key ends with ' <dir/file>.ts:<line>').
  const byFile = new Map<string, number>();
  for (const [k, v] of self) {
    const m = / (\S+\.ts):\d+$/.exec(k);
    const file = m ? m[1] : k.replace(/:\d+$/, '');
    byFile.set(file, (byFile.get(file) ?? 0) + v);
  }
  console.log('--- self by file');
  for (const [k, v] of [...byFile.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${((v / total) * 100).toFixed(1).padStart(5)}%  ${k}`);
  console.log('--- self');
  console.log(`${slug}: ${ms.toFixed(2)} ms per check (${runs} runs)`);
  for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${((v / total) * 100).toFixed(1).padStart(5)}%  ${k}`);
}

await main();
