/** Finds element ranges in HTML text by regex (no DOM: the mutators must also work on broken markup). */
export interface Range {
  start: number;
  end: number;
}

/** Ranges of `<tag …>…</tag>` (non-nested match: the first closing tag after the opening one). */
export function elementRanges(html: string, tag: string): Range[] {
  const ranges: Range[] = [];
  const open = new RegExp(`<${tag}\\b`, 'gi');
  const close = new RegExp(`</${tag}\\s*>`, 'gi');
  let m: RegExpExecArray | null;
  while ((m = open.exec(html))) {
    close.lastIndex = m.index;
    const c = close.exec(html);
    if (!c) break;
    ranges.push({ start: m.index, end: c.index + c[0].length });
  }
  return ranges;
}

/** Ranges of the start tags `<tag …>` only. */
export function startTagRanges(html: string, tag: string): Range[] {
  const re = new RegExp(`<${tag}\\b[^>]*>`, 'gi');
  const out: Range[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(html))) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** Ranges of text between tags (not inside a tag), optionally only those matching `test`. */
export function textRanges(html: string, test: RegExp = /\S/): Range[] {
  const out: Range[] = [];
  if (!html.includes('<')) {
    // Plain text: every line is a text range.
    let at = 0;
    for (const line of html.split('\n')) {
      if (test.test(line)) out.push({ start: at, end: at + line.length });
      at += line.length + 1;
    }
    return out;
  }
  const re = />([^<]+)</g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html))) if (test.test(m[1])) out.push({ start: m.index + 1, end: m.index + 1 + m[1].length });
  return out;
}

/** Ranges of digit runs outside tags. */
export function numberRanges(html: string): Range[] {
  const out: Range[] = [];
  for (const t of textRanges(html, /\d/)) {
    const re = /\d+(?:\.\d+)?/g;
    const s = html.slice(t.start, t.end);
    let m: RegExpExecArray | null;
    while ((m = re.exec(s))) out.push({ start: t.start + m.index, end: t.start + m.index + m[0].length });
  }
  return out;
}

/** Applies non-overlapping replacements (sorted by start) in one pass. */
export function replaceRanges(html: string, edits: { range: Range; text: string }[]): string {
  const sorted = [...edits].sort((a, b) => a.range.start - b.range.start);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.range.start < at) continue;
    out += html.slice(at, e.range.start) + e.text;
    at = e.range.end;
  }
  return out + html.slice(at);
}

/** Picks up to `k` distinct items. */
export function sample<T>(items: readonly T[], k: number, next: () => number): T[] {
  const copy = [...items];
  const out: T[] = [];
  while (out.length < k && copy.length) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]);
  return out;
}
