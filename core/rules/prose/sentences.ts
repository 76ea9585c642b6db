/** Sentences of report prose with offsets into `report.text`, so findings can anchor the exact text. */
import type { TextAnchor } from '../../model/cell.ts';
import type { Report, Section } from '../../model/report.ts';

export interface Sentence {
  text: string;
  /** Offsets in report.text. */
  start: number;
  end: number;
  /** Canonical section (1..6) the sentence belongs to, or null (preamble, unknown heading). */
  section: number | null;
}

const SENTENCE_END = /[。！？!?；;\n]/g;
/** Full stops only: a sentence with its 「；」-separated parts (for percentages that belong together). */
export const FULL_STOP = /[。！？!?\n]/g;

/** Splits `text` (a slice of report.text starting at `offset`) into sentences; the terminator stays with its sentence. */
export function splitSentences(text: string, offset = 0, section: number | null = null, terminators: RegExp = SENTENCE_END): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  terminators.lastIndex = 0;
  const push = (to: number) => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) out.push({ text: body, start: offset + from + lead, end: offset + from + lead + body.length, section });
  };
  for (let m = terminators.exec(text); m; m = terminators.exec(text)) {
    push(m.index + 1);
    from = m.index + 1;
  }
  push(text.length);
  return out;
}

function sectionSpan(report: Report, s: Section): [number, number] {
  const start = Math.min(s.start, report.text.length);
  const end = Math.min(Math.max(s.end, start), report.text.length);
  return [start, end];
}

const cache = new WeakMap<Report, Map<string, Sentence[]>>();

/**
 * Sentences of the report, optionally only those of the given canonical sections (cached per report: many rules ask).
 * Section titles are left out. Without sections (an unparsed outline) the whole text counts as one unknown section.
 * The text is split ONCE per report and terminator set; a section subset is a filter of that one list (the same
 * Sentence objects, so per-sentence caches such as the claims' are shared by every rule).
 */
export function reportSentences(report: Report, sections?: readonly number[], terminators?: RegExp): Sentence[] {
  const source = terminators?.source ?? '';
  const key = `${sections?.join(',') ?? '*'}|${source}`;
  let byKey = cache.get(report);
  if (!byKey) cache.set(report, (byKey = new Map()));
  let hit = byKey.get(key);
  if (!hit) {
    if (!sections) hit = computeSentences(report, terminators);
    else {
      const all = reportSentences(report, undefined, terminators);
      // Without sections every sentence is in the one unknown section, whatever subset is asked for.
      hit = report.sections.length === 0 ? all.slice() : all.filter((s) => s.section !== null && sections.includes(s.section));
    }
    byKey.set(key, hit);
  }
  return hit;
}

/** The preamble's sentences (section null), then each section's body in order, tagged with its canonical number. */
function computeSentences(report: Report, terminators?: RegExp): Sentence[] {
  if (report.sections.length === 0) return splitSentences(report.text, 0, null, terminators);
  let first = Infinity;
  for (const s of report.sections) if (s.start < first) first = s.start;
  const out = splitSentences(report.text.slice(0, first), 0, null, terminators);
  for (const s of report.sections) {
    const [start, end] = sectionSpan(report, s);
    const bodyStart = Math.max(start, Math.min(s.titleAnchor.end, end));
    for (const x of splitSentences(report.text.slice(bodyStart, end), bodyStart, s.canonical, terminators)) out.push(x);
  }
  return out;
}

/** Text of one canonical section's body (title excluded) with its offset, or null when the section is absent. */
export function sectionBody(report: Report, canonical: number): { text: string; start: number } | null {
  const s = report.sections.find((x) => x.canonical === canonical);
  if (!s) return null;
  const [start, end] = sectionSpan(report, s);
  const bodyStart = Math.max(start, Math.min(s.titleAnchor.end, end));
  return { text: report.text.slice(bodyStart, end), start: bodyStart };
}

/** A text anchor into report.text. */
export function textAnchor(report: Report, start: number, end: number): TextAnchor {
  return { kind: 'text', start, end, snippet: report.text.slice(start, end) };
}
