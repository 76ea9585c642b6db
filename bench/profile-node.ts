/**
 * Profiles detection + parse + rules in Node (V8 sampling profiler via node:inspector) on linkedom Documents and
 * prints self and inclusive time per function. Usage: node --import tsx bench/profile-node.ts [slug|all] [runs] [what]
 * (what: `check`, default: detection + parse + rules; `rules`: the rules alone, on fresh copies of the parsed reports).
 */
import { Session } from 'node:inspector/promises';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { decodeHtml } from '../core/parse/decode.ts';
import { isProbablyReport, parseReport } from '../core/parse/index.ts';
import { runRules } from '../core/engine/run.ts';
import { PAGES_DIR } from './lib/paths.ts';
import type { Report } from '../core/model/report.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

const slug = process.argv[2] ?? 'pingtan-2023';
const runs = Number(process.argv[3] ?? 20);
const slugs = slug === 'all' ? readdirSync(PAGES_DIR) : [slug];
const what = process.argv[4] ?? 'check';
const docs: Document[] = [];
const reports: Report[] = [];
for (const s of slugs) {
  const html = decodeHtml(new Uint8Array(readFileSync(join(PAGES_DIR, s, 'source.html'))));
  for (let i = 0; i < runs; i++) {
    const doc = parseHTML(html).document as unknown as Document;
    if (what === 'check') docs.push(doc);
    else if (i === 0) {
      const r = parseReport(doc, {});
      if (r.ok) for (let j = 0; j < runs; j++) reports.push(structuredClone(r.report));
    }
  }
}
const items: unknown[] = what === 'check' ? docs : reports;
const check = (x: unknown) => {
  if (what !== 'check') {
    runRules(x as Report);
    return;
  }
  const d = x as Document;
  isProbablyReport(d);
  const r = parseReport(d, {});
  if (r.ok) runRules(r.report);
};
for (const d of items.slice(0, 3)) check(d); // warm-up
const summary = process.argv[5] === 'summary'; // timing only, no profiler (its sampling costs time too)
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
if (!summary) await session.post('Profiler.start');
const t0 = performance.now();
const c0 = process.cpuUsage();
for (const d of items.slice(3)) check(d);
const ms = (performance.now() - t0) / (items.length - 3);
const cpu = process.cpuUsage(c0);
const cpuMs = (cpu.user + cpu.system) / 1000 / (items.length - 3);
console.log(`${slug} ${what}: ${ms.toFixed(2)} ms wall, ${cpuMs.toFixed(2)} ms CPU per item (${items.length - 3} ${what === 'check' ? 'documents' : 'reports'}; CPU time is the steadier figure on a loaded machine)`);
if (summary) process.exit(0);
const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const keyOf = (n: ProfileNode) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber + 1}`;
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map<string, number>();
const incl = new Map<string, number>();
for (let i = 0; i < profile.samples.length; i++) {
  const dt = profile.timeDeltas[i] ?? 0;
  const leaf = byId.get(profile.samples[i])!;
  self.set(keyOf(leaf), (self.get(keyOf(leaf)) ?? 0) + dt);
  const seen = new Set<string>();
  for (let id: number | undefined = profile.samples[i]; id !== undefined; id = parent.get(id)) {
    const k = keyOf(byId.get(id)!);
    if (seen.has(k)) continue;
    seen.add(k);
    incl.set(k, (incl.get(k) ?? 0) + dt);
  }
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
console.log('--- inclusive');
for (const [k, v] of [...incl.entries()].sort((a, b) => b[1] - a[1]).slice(0, 60)) console.log(`${((v / total) * 100).toFixed(1).padStart(5)}%  ${k}`);
console.log('--- self');
for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log(`${((v / total) * 100).toFixed(1).padStart(5)}%  ${k}`);
