import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CaptureSchema, parseLibraryFile } from '../../core/index.ts';
import { packCapture, unpackCapture } from '../../pwa/db/library-file-v2.ts';
import { unpackReport, type PackedReport } from '../../pwa/db/pack-report.ts';
import { PackedCaptureSchema } from '../../pwa/db/packed-schema.ts';

/** Real parsed reports (the version-1 fixture), packed as the library exports them. */
const V1 = parseLibraryFile(readFileSync(new URL('./fixtures/library-v1.json', import.meta.url), 'utf8'));
if (!V1.ok) throw new Error(V1.error);
const packed = V1.file.captures.map((c) => JSON.parse(JSON.stringify(packCapture(c))) as Record<string, unknown>);

function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every path to a value inside the capture's report and findings. */
function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...prefix, Array.isArray(value) ? Number(k) : k], out);
  return out;
}

const REPLACEMENTS: unknown[] = [null, -1, 1.5, 0, 7, 1e9, '', 'x', [], {}, [1], [1, 2], [1, 2, 3], [1, 2, 3, 4], ['a'], ['a', 1, 2, 3], [0, 1e6], true];

function mutate(capture: unknown, path: (string | number)[], replacement: unknown | typeof DELETE): unknown {
  const copy = JSON.parse(JSON.stringify(capture)) as Record<string | number, unknown>;
  if (!path.length) return replacement === DELETE ? undefined : replacement;
  let node = copy;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (replacement === DELETE) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else node[last] = JSON.parse(JSON.stringify(replacement));
  return copy;
}
const DELETE = Symbol('delete');

/**
 * A capture as read from a file with its report unpacked, for core's CaptureSchema (which decides); throws when the
 * packed report has a shape packReport never writes. (The import did this before it checked the packed form itself.)
 */
function unpackCaptureJson(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const report = (raw as { report?: unknown }).report;
  if (!report || typeof report !== 'object' || Array.isArray(report)) return raw; // the schema names what is missing
  return { ...raw, report: unpackReport(report as PackedReport) };
}

/** The old check: unpack the packed report, then core's CaptureSchema. */
function oldVerdict(raw: unknown): boolean {
  try {
    return CaptureSchema.safeParse(unpackCaptureJson(raw)).success;
  } catch {
    return false;
  }
}

describe('PackedCaptureSchema (zod on the packed form)', () => {
  it('accepts the packed real reports, and what it returns unpacks to exactly the reports', () => {
    for (const [i, p] of packed.entries()) {
      const result = PackedCaptureSchema.safeParse(p);
      expect(result.success).toBe(true);
      expect(result.success && unpackCapture(result.data)).toStrictEqual(V1.file.captures[i]);
    }
  });

  it('agrees with unpack + core CaptureSchema on mutated reports, and what it accepts always unpacks to a valid capture', { timeout: 120_000 }, () => {
    const rnd = mulberry32(20261130);
    const tally = { tried: 0, accepted: 0, rejected: 0, disagree: [] as string[] };
    for (const p of packed) {
      const all = paths(p);
      // Every path once with a random replacement or a deletion, plus random extra cases.
      const cases = [...all.map((path) => ({ path, r: rnd() < 0.2 ? DELETE : REPLACEMENTS[Math.floor(rnd() * REPLACEMENTS.length)] }))];
      for (let k = 0; k < 500; k++) cases.push({ path: all[Math.floor(rnd() * all.length)], r: REPLACEMENTS[Math.floor(rnd() * REPLACEMENTS.length)] });
      for (const { path, r } of cases) {
        tally.tried++;
        const m = mutate(p, path, r);
        const result = PackedCaptureSchema.safeParse(m);
        const old = oldVerdict(m);
        if (result.success) {
          tally.accepted++;
          // Soundness: what is stored (the checked packed capture) unpacks to a capture core accepts.
          expect(CaptureSchema.safeParse(unpackCapture(result.data)).success, path.join('.')).toBe(true);
        } else tally.rejected++;
        if (result.success !== old) tally.disagree.push(`${path.join('.')} = ${r === DELETE ? '(deleted)' : JSON.stringify(r)}: packed ${result.success}, unpack+core ${old}`);
      }
    }
    expect(tally.accepted).toBeGreaterThan(100);
    expect(tally.rejected).toBeGreaterThan(1000);
    // The one known difference: a list or label set that is missing altogether takes core's default ({} / [], as
    // TableInfoSchema and SectionSchema say); unpack used to throw on it. Nothing else may differ.
    const defaulted = /^report\.(tableInfo\.\w+\.(rowLabels|columnLabels|extraRows|extraColumns)|sections\.\d+\.subItems) = \(deleted\): packed true/;
    const unexpected = tally.disagree.filter((d) => !defaulted.test(d));
    expect(unexpected).toEqual([]);
  });
});
