import type { Section } from '../model/report.ts';
import { MAX_HEADING_LENGTH, SECTION_LABELS } from './labels/sections.ts';
import { chineseNumber, labelKey } from './text/normalize.ts';

const HEADING_RE = /^([一二三四五六七八九十]{1,3})\s*[、.．,，]\s*/;
const SUB_RE = /^[（(]([一二三四五六七八九十]{1,3})[）)]\s*/;

export function canonicalSection(title: string): number | null {
  const key = labelKey(title);
  for (const s of SECTION_LABELS) if (s.phrases.some((p) => key.includes(p))) return s.canonical;
  return null;
}

/** The heading part of a line that starts with 「一、」: up to the first sentence stop, if short enough. */
function headingOf(line: string): { ordinal: string; title: string } | null {
  const m = HEADING_RE.exec(line);
  if (!m) return null;
  const stop = line.slice(m[0].length).search(/[。：:；;]/);
  const title = (stop >= 0 ? line.slice(0, m[0].length + stop) : line).trim();
  if (title.length > MAX_HEADING_LENGTH) return null;
  if (stop >= 0 && canonicalSection(title) === null) return null;
  return { ordinal: m[1], title };
}

/**
 * Sections from the body text: a line starting with a top-level ordinal 「一、」 opens a section; its number is the ordinal
 * as printed and its canonical number comes from the title words (labels/sections.ts). Numbering is kept as printed.
 */
export function findSections(text: string): Section[] {
  const heads: { start: number; lineEnd: number; ordinal: string; title: string }[] = [];
  let pos = 0;
  let lastNumber = 0;
  const used = new Set<number>();
  while (pos <= text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const line = text.slice(pos, end);
    const h = headingOf(line);
    if (h) {
      const n = chineseNumber(h.ordinal);
      const canonical = canonicalSection(h.title);
      // A known section not seen yet, or an unknown short title that continues the numbering (legacy 「收费及减免」).
      const accept = canonical !== null ? !used.has(canonical) : n === lastNumber + 1 && h.title.length <= 25;
      if (accept) {
        heads.push({ start: pos, lineEnd: pos + h.title.length, ...h });
        lastNumber = n;
        if (canonical !== null) used.add(canonical);
      }
    }
    pos = end + 1;
  }
  return heads.map((h, i) => {
    const bodyStart = Math.min(h.lineEnd + (text[h.lineEnd] === '\n' ? 1 : 0), text.length);
    const end = i + 1 < heads.length ? heads[i + 1].start : text.length;
    const body = text.slice(bodyStart, end).replace(/\n$/, '');
    const n = chineseNumber(h.ordinal);
    return {
      number: Number.isNaN(n) ? null : n,
      ordinal: h.ordinal,
      canonical: canonicalSection(h.title),
      title: h.title,
      titleAnchor: { kind: 'text' as const, start: h.start, end: h.lineEnd, snippet: h.title },
      text: body.trim(),
      start: h.start,
      end,
      subItems: subItems(text, bodyStart, end),
    };
  });
}

function subItems(text: string, start: number, end: number): Section['subItems'] {
  const out: Section['subItems'] = [];
  let pos = start;
  let open: { title: string; anchor: Section['subItems'][number]['anchor']; bodyStart: number } | null = null;
  const close = (until: number): void => {
    if (open) out.push({ title: open.title, text: text.slice(open.bodyStart, until).trim(), anchor: open.anchor });
    open = null;
  };
  while (pos < end) {
    let lineEnd = text.indexOf('\n', pos);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    const line = text.slice(pos, lineEnd);
    const m = SUB_RE.exec(line);
    if (m) {
      close(pos);
      const stop = line.search(/[。：:；;]/);
      const title = (stop >= 0 && stop <= 40 ? line.slice(0, stop) : line.slice(0, Math.min(line.length, 40))).trim();
      open = { title, anchor: { kind: 'text', start: pos, end: pos + title.length, snippet: title }, bodyStart: pos + title.length };
    }
    pos = lineEnd + 1;
  }
  close(end);
  return out;
}
