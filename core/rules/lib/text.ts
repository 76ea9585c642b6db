import type { TextAnchor } from '../../model/cell.ts';
import type { Report, Section } from '../../model/report.ts';

/** A text anchor into report.text. */
export function anchor(report: Report, start: number, end: number): TextAnchor {
  return { kind: 'text', start, end, snippet: report.text.slice(start, end) };
}

export function sectionOf(report: Report, canonical: number): Section | undefined {
  return report.sections.find((s) => s.canonical === canonical);
}

/** Where the section body starts in report.text (after the heading). */
export function bodyStart(report: Report, section: Section): number {
  if (section.text) {
    const at = report.text.indexOf(section.text, section.titleAnchor.end);
    if (at >= 0 && at <= section.end) return at;
  }
  return section.titleAnchor.end;
}

/** An anchor on the first line of a section body (at most `max` characters); the heading when the body is empty. */
export function bodyAnchor(report: Report, section: Section, max = 60): TextAnchor {
  const start = bodyStart(report, section);
  let end = start;
  const limit = Math.min(report.text.length, section.end, start + max);
  while (end < limit && report.text[end] !== '\n') end++;
  const snippet = report.text.slice(start, end);
  if (!snippet.trim()) return section.titleAnchor;
  return anchor(report, start, end);
}

/** An anchor on the first occurrence of `needle` in report.text at or after `from`. */
export function findAnchor(report: Report, needle: string, from = 0): TextAnchor | undefined {
  if (!needle) return undefined;
  const at = report.text.indexOf(needle, from);
  return at < 0 ? undefined : anchor(report, at, at + needle.length);
}

/** Label comparison key: Chinese characters only (drops ordinals' digits, brackets, quotes, punctuation, spaces). */
export function labelKey(raw: string): string {
  // NFKC only when needed: Kangxi radicals and compatibility ideographs (PDF exports) fold to the usual characters.
  const folded = COMPAT_IDEOGRAPHS.test(raw) ? raw.normalize('NFKC') : raw;
  return folded.replace(NON_HAN, '');
}
const COMPAT_IDEOGRAPHS = /[\u2e80-\u2fdf\uf900-\ufaff]/;
const NON_HAN = /[^\u4e00-\u9fff]/g;

/** Heading comparison key: drops the ordinal prefix, spaces, punctuation, 的 and the conjunctions 和/及/与. */
export function headingKey(raw: string): string {
  const noOrdinal = raw.normalize('NFKC').replace(/^\s*[(（]?[一二三四五六七八九十\d]+[)）]?\s*[、.．,，:：]?\s*/, '');
  return noOrdinal.replace(/[^\u4e00-\u9fff]/g, '').replace(/[的和及与]/g, '');
}
