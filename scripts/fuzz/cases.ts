/** Deterministic fuzz cases: case `index` of a run seeded `seed` is always the same input. */
import { decodeHtml } from '../../core/parse/decode.ts';
import { loadCorpus, pickBase, type Base } from './corpus.ts';
import { generate, generators } from './generated.ts';
import { mutators, type Mutator } from './mutators/index.ts';
import { caseSeed, makeRng } from './rng.ts';

export interface FuzzCase {
  index: number;
  /** 'mutated' (a real page changed by mutators) or 'generated' (fast-check). */
  kind: 'mutated' | 'generated';
  /** Mutator names applied in order, or the generator name. */
  operators: string[];
  /** The page it started from (mutated cases). */
  base: string | null;
  /** fast-check seed (generated cases), for shrinking by replay. */
  genSeed: number | null;
  ext: '.html' | '.txt';
  bytes: Uint8Array;
}

export interface CaseOptions {
  /** Share of generated cases (0..1). */
  generatedShare: number;
  /** Leave out the full-size fixture pages (keeps their slim copies): for short runs. */
  smallOnly: boolean;
  /** Largest repeat count of the structure mutators (deep nesting, huge tables). */
  maxRepeat: number;
}

export const DEFAULT_CASE_OPTIONS: CaseOptions = { generatedShare: 0.2, smallOnly: false, maxRepeat: 10_000 };

const encoder = new TextEncoder();
const decodedCache = new Map<Base, string>();

function decoded(base: Base): string {
  let text = decodedCache.get(base);
  if (text === undefined) {
    text = decodeHtml(base.bytes);
    decodedCache.set(base, text);
  }
  return text;
}

const totalWeight = mutators.reduce((s, m) => s + (m.weight ?? 1), 0);

function pickMutator(r: number): Mutator {
  let x = r * totalWeight;
  for (const m of mutators) {
    x -= m.weight ?? 1;
    if (x < 0) return m;
  }
  return mutators[mutators.length - 1];
}

export function makeCase(seed: number, index: number, options: CaseOptions = DEFAULT_CASE_OPTIONS): FuzzCase {
  const rng = makeRng(caseSeed(seed, index));
  if (rng.chance(options.generatedShare)) {
    const gen = rng.pick(generators);
    const genSeed = rng.int(0, 0x7fffffff);
    return { index, kind: 'generated', operators: [gen.name], base: null, genSeed, ext: gen.ext, bytes: encoder.encode(generate(gen, genSeed)) };
  }
  const corpus = loadCorpus().filter((b) => !options.smallOnly || b.bytes.length < 60_000);
  const base = pickBase(corpus, rng.next());
  const chain = [pickMutator(rng.next())];
  if (rng.chance(0.25)) chain.push(pickMutator(rng.next()));
  // Both views stay valid until a mutator changes one of them (a GBK page keeps its original bytes for byte mutators).
  let text: string | null = decoded(base);
  let bytes: Uint8Array | null = base.bytes;
  for (const m of chain) {
    const out = m.apply({ text: (text ??= decodeHtml(bytes!)), bytes: (bytes ??= encoder.encode(text)), maxRepeat: options.maxRepeat }, rng);
    if ('text' in out) {
      text = out.text;
      bytes = null;
    } else {
      bytes = out.bytes;
      text = null;
    }
  }
  return {
    index,
    kind: 'mutated',
    operators: chain.map((m) => m.name),
    base: base.name,
    genSeed: null,
    ext: base.ext,
    bytes: bytes ?? encoder.encode(text!),
  };
}

export function caseName(c: FuzzCase): string {
  return `#${c.index} ${c.operators.join('+')}${c.base ? ` on ${c.base}` : ''}`;
}
