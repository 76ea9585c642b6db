/** Odd Unicode: full-width digits, zero-width and bidi marks inside numbers and labels, lone surrogates, combining marks. */
import type { Rng } from '../rng.ts';
import { numberRanges, replaceRanges, sample, textRanges } from './ranges.ts';
import type { Mutator } from './types.ts';

const ZERO_WIDTH = ['\u200b', '\ufeff', '\u200c', '\u200d', '\u2060', '\u00ad'];
const BIDI = ['\u200f', '\u200e', '\u202e', '\u202d', '\u2066', '\u2067', '\u2069', '\u061c'];
const COMBINING = ['\u0301', '\u0336', '\u0338', '\u20dd', '\u0300\u0301\u0302\u0303', '\u3099'];
/** Lone surrogates reach the DOM through character references (UTF-8 cannot carry them). */
const SURROGATES = ['&#xD800;', '&#xDFFF;', '&#55357;', '&#56832;', '&#xD83D;x', '\ud800', '\udc00'];
const SPACES = ['\u3000', '\u00a0', '\u2003', '\u202f', '&nbsp;', '&#12288;', '\t', '\r'];

function sprinkle(text: string, rng: Rng, pool: readonly string[], targets: 'numbers' | 'text'): string {
  const ranges = targets === 'numbers' ? numberRanges(text) : textRanges(text, /[\u4e00-\u9fff\d]/);
  if (!ranges.length) return text;
  const chosen = sample(ranges, rng.int(1, Math.min(40, ranges.length)), rng.next);
  return replaceRanges(
    text,
    chosen.map((r) => {
      const s = text.slice(r.start, r.end);
      const at = rng.int(0, s.length);
      return { range: r, text: s.slice(0, at) + rng.pick(pool) + s.slice(at) };
    }),
  );
}

function fullWidth(text: string, rng: Rng): string {
  const ranges = numberRanges(text);
  const chosen = sample(ranges, rng.int(1, Math.max(1, ranges.length)), rng.next);
  const map = (s: string) =>
    s.replace(/[0-9.]/g, (c) => (c === '.' ? rng.pick(['．', '。', '.']) : String.fromCharCode(0xff10 + Number(c))));
  return replaceRanges(text, chosen.map((r) => ({ range: r, text: map(text.slice(r.start, r.end)) })));
}

/** Other scripts' digits and look-alikes: Arabic-Indic, Devanagari, circled, superscript, mathematical bold. */
function foreignDigits(text: string, rng: Rng): string {
  const bases = [0x0660, 0x06f0, 0x0966, 0x2080, 0xff10, 0x1d7ce];
  const ranges = numberRanges(text);
  const chosen = sample(ranges, rng.int(1, Math.min(30, Math.max(1, ranges.length))), rng.next);
  const base = rng.pick(bases);
  return replaceRanges(
    text,
    chosen.map((r) => ({ range: r, text: text.slice(r.start, r.end).replace(/\d/g, (c) => String.fromCodePoint(base + Number(c))) })),
  );
}

const wrap = (name: string, fn: (text: string, rng: Rng) => string): Mutator => ({
  name,
  family: 'unicode',
  apply: (input, rng) => ({ text: fn(input.text, rng) }),
});

export const unicodeMutators: Mutator[] = [
  wrap('full-width-digits', fullWidth),
  wrap('foreign-digits', foreignDigits),
  wrap('zero-width-in-numbers', (t, r) => sprinkle(t, r, ZERO_WIDTH, 'numbers')),
  wrap('zero-width-in-labels', (t, r) => sprinkle(t, r, ZERO_WIDTH, 'text')),
  wrap('bidi-marks', (t, r) => sprinkle(t, r, BIDI, r.chance(0.5) ? 'numbers' : 'text')),
  wrap('lone-surrogates', (t, r) => sprinkle(t, r, SURROGATES, r.chance(0.5) ? 'numbers' : 'text')),
  wrap('combining-marks', (t, r) => sprinkle(t, r, COMBINING, r.chance(0.5) ? 'numbers' : 'text')),
  wrap('odd-spaces', (t, r) => sprinkle(t, r, SPACES, r.chance(0.5) ? 'numbers' : 'text')),
];
