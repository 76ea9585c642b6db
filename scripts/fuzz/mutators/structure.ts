/** Structure mutators: deep nesting, huge tables, many tables, unclosed and misnested tags. */
import type { Rng } from '../rng.ts';
import { elementRanges } from './ranges.ts';
import type { Mutator } from './types.ts';

/** A random point between tags (never inside a tag), or the end. */
function insertionPoint(text: string, rng: Rng): number {
  for (let tries = 0; tries < 8; tries++) {
    const at = text.indexOf('<', rng.int(0, text.length));
    if (at >= 0) return at;
  }
  return text.length;
}

function insertAt(text: string, at: number, piece: string): string {
  return text.slice(0, at) + piece + text.slice(at);
}

const NESTS: [string, string][] = [
  ['<div>', '</div>'],
  ['<table><tr><td>', '</td></tr></table>'],
  ['<span>', '</span>'],
  ['<ul><li>', '</li></ul>'],
  ['<p><b>', '</b></p>'],
];

/** Wraps part of the page in up to 10,000 nested elements (closed, or left open). */
function deepNesting(text: string, rng: Rng, maxRepeat: number): string {
  const depth = size(rng, maxRepeat, [100, 1000, 5000]);
  const [open, close] = rng.pick(NESTS);
  const at = insertionPoint(text, rng);
  const closed = rng.chance(0.6);
  const tail = closed ? close.repeat(depth) : '';
  const end = closed ? insertionPoint(text.slice(at), rng) + at : at;
  return text.slice(0, at) + open.repeat(depth) + text.slice(at, end) + tail + text.slice(end);
}

/** Repeats a real row (or a synthetic one) up to 10,000 times inside a table. */
function hugeTable(text: string, rng: Rng, maxRepeat: number): string {
  const rows = elementRanges(text, 'tr');
  const count = size(rng, maxRepeat, [1000, 5000]);
  if (rows.length && rng.chance(0.7)) {
    const r = rng.pick(rows);
    const row = text.slice(r.start, r.end);
    return insertAt(text, r.end, row.repeat(Math.max(1, Math.min(count, Math.floor((maxRepeat * 800) / row.length)))));
  }
  const cols = rng.int(1, 12);
  let body = '';
  for (let i = 0; i < count; i++) body += `<tr>${`<td>${i % 97}</td>`.repeat(cols)}</tr>`;
  return insertAt(text, insertionPoint(text, rng), `<table>${body}</table>`);
}

/** Duplicates a whole table many times (表二 as 400 tables). */
function manyTables(text: string, rng: Rng, maxRepeat: number): string {
  const tables = elementRanges(text, 'table');
  const n = size(rng, Math.min(2000, maxRepeat), [50, 400]);
  if (!tables.length) return insertAt(text, insertionPoint(text, rng), '<table><tr><td>1</td></tr></table>'.repeat(n));
  const t = rng.pick(tables);
  return insertAt(text, t.end, text.slice(t.start, t.end).repeat(Math.max(1, Math.floor(n / Math.max(1, (t.end - t.start) / 1000)))));
}

/** Drops closing tags at random (unclosed cells, rows, tables, divs). */
function dropClosingTags(text: string, rng: Rng): string {
  const p = rng.pick([0.05, 0.3, 1]);
  const tag = rng.pick(['td', 'tr', 'table', 'div', 'p', '\\w+']);
  return text.replace(new RegExp(`</${tag}\\s*>`, 'gi'), (m) => (rng.chance(p) ? '' : m));
}

/** Inserts stray or misnested markup: table parts outside tables, frames, CDATA, templates, foreign content. */
function strayMarkup(text: string, rng: Rng): string {
  const bits = [
    '<td>1</td>', '</tr><tr>', '<tr><td rowspan=3>', '</table>', '<table>', '<th colspan="2">合计</th>',
    '<caption>表三</caption>', '<tbody><tbody>', '<iframe src="x"></iframe>', '<frameset><frame></frameset>',
    '<![CDATA[<table>]]>', '<template><table><tr><td>5</td></tr></table></template>', '<svg><table><tr><td>7</td></tr></table></svg>',
    '<math><mi>x</mi></math>', '<!-- <table> -->', '<script>document.write("<table>")</script>', '<style>td{}</style>',
    '<noscript><table><tr><td>9</td></tr></table></noscript>', '<br/><hr/>', '<p', '<', '>', '&', '"\'',
    '<o:p></o:p>', '<xml><w:WordDocument></w:WordDocument></xml>', '<object><embed></object>', '<select><option>1</select>',
  ];
  let out = text;
  for (let k = rng.int(1, 20); k > 0; k--) out = insertAt(out, rng.int(0, out.length), rng.pick(bits));
  return out;
}

const wrap = (name: string, fn: (text: string, rng: Rng, maxRepeat: number) => string, weight = 1): Mutator => ({
  name,
  family: 'structure',
  weight,
  apply: (input, rng) => ({ text: fn(input.text, rng, input.maxRepeat) }),
});

/** One of the sizes up to the cap (the cap itself is always a candidate). */
function size(rng: Rng, maxRepeat: number, sizes: number[]): number {
  return rng.pick([...sizes.filter((s) => s < maxRepeat), maxRepeat]);
}

export const structureMutators: Mutator[] = [
  wrap('deep-nesting', deepNesting, 0.5),
  wrap('huge-table', hugeTable, 0.3),
  wrap('many-tables', manyTables, 0.3),
  wrap('drop-closing-tags', dropClosingTags),
  wrap('stray-markup', strayMarkup),
];
