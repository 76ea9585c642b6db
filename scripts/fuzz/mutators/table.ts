/** Table-shape mutators: rows and cells deleted, duplicated or swapped; spans swapped or absurd. */
import type { Rng } from '../rng.ts';
import { elementRanges, replaceRanges, sample, startTagRanges, type Range } from './ranges.ts';
import type { Mutator } from './types.ts';

const ABSURD_SPANS = ['0', '-1', '9999', 'abc', '', '1e9', '2147483648', '3.5', ' 2 ', '+3', '0x10', '１２', '65535', '1000'];

function editElements(tag: string, how: 'delete' | 'duplicate') {
  return (text: string, rng: Rng): string => {
    const ranges = elementRanges(text, tag);
    if (!ranges.length) return text;
    const chosen = sample(ranges, rng.int(1, Math.min(6, ranges.length)), rng.next);
    return replaceRanges(
      text,
      chosen.map((r) => ({ range: r, text: how === 'delete' ? '' : text.slice(r.start, r.end).repeat(rng.int(2, 4)) })),
    );
  };
}

function swapElements(tag: string) {
  return (text: string, rng: Rng): string => {
    const ranges = elementRanges(text, tag);
    if (ranges.length < 2) return text;
    const [a, b] = sample(ranges, 2, rng.next).sort((x, y) => x.start - y.start);
    if (a.end > b.start) return text;
    return replaceRanges(text, [
      { range: a, text: text.slice(b.start, b.end) },
      { range: b, text: text.slice(a.start, a.end) },
    ]);
  };
}

function setSpan(tag: string, attr: 'rowspan' | 'colspan', value: string): string {
  const re = new RegExp(`\\s${attr}\\s*=\\s*("[^"]*"|'[^']*'|[^\\s>]+)`, 'i');
  const quoted = `${attr}="${value}"`;
  if (re.test(tag)) return tag.replace(re, ` ${quoted}`);
  return tag.replace(/^<(\w+)/, `<$1 ${quoted}`);
}

function absurdSpans(text: string, rng: Rng): string {
  const tags = startTagRanges(text, 't[dh]');
  if (!tags.length) return text;
  const chosen = sample(tags, rng.int(1, Math.min(8, tags.length)), rng.next);
  return replaceRanges(
    text,
    chosen.map((r: Range) => ({
      range: r,
      text: setSpan(text.slice(r.start, r.end), rng.chance(0.5) ? 'rowspan' : 'colspan', rng.pick(ABSURD_SPANS)),
    })),
  );
}

/** Exchanges the rowspan and colspan values of spanned cells (and moves spans onto other cells). */
function swapSpans(text: string, rng: Rng): string {
  const tags = startTagRanges(text, 't[dh]');
  const spanned = tags.filter((r) => /\s(?:row|col)span\s*=/i.test(text.slice(r.start, r.end)));
  if (!spanned.length) return absurdSpans(text, rng);
  const chosen = sample(spanned, rng.int(1, Math.min(6, spanned.length)), rng.next);
  return replaceRanges(
    text,
    chosen.map((r) => ({
      range: r,
      text: text
        .slice(r.start, r.end)
        .replace(/(\s)(row|col)span/gi, (_m, s: string, k: string) => `${s}${k.toLowerCase() === 'row' ? 'COL' : 'ROW'}span`),
    })),
  );
}

const wrap = (name: string, fn: (text: string, rng: Rng) => string): Mutator => ({
  name,
  family: 'table',
  apply: (input, rng) => ({ text: fn(input.text, rng) }),
});

export const tableMutators: Mutator[] = [
  wrap('delete-rows', editElements('tr', 'delete')),
  wrap('duplicate-rows', editElements('tr', 'duplicate')),
  wrap('swap-rows', swapElements('tr')),
  wrap('delete-cells', editElements('td', 'delete')),
  wrap('duplicate-cells', editElements('td', 'duplicate')),
  wrap('swap-cells', swapElements('td')),
  wrap('delete-tables', editElements('table', 'delete')),
  wrap('absurd-spans', absurdSpans),
  wrap('swap-spans', swapSpans),
];
