/** Sentence-level text similarity between two years' reports (copied-from-previous-year, problems-unchanged). */
import type { Report } from '../../model/report.ts';
import { reportSentences, splitSentences } from '../prose/sentences.ts';

const NOISE = /[\s\p{P}\p{S}]+/gu;
const DIGITS = /[0-9０-９]+(?:[.．][0-9０-９]+)?/g;

/** A sentence reduced to its words: punctuation and spaces removed, numbers replaced by 「#」 (updated figures do not hide a copy). */
export function normaliseSentence(text: string, ignoreNumbers = true): string {
  const t = ignoreNumbers ? text.replace(DIGITS, '#') : text;
  return t.replace(NOISE, '');
}

/** Normalised sentences of a text, keeping only those long enough to be meaningful. */
export function sentenceSet(texts: readonly string[], minLength: number, ignoreNumbers = true): string[] {
  return texts.map((t) => normaliseSentence(t, ignoreNumbers)).filter((t) => t.length >= minLength);
}

export function reportSentenceTexts(report: Report): string[] {
  return reportSentences(report, [1, 2, 3, 4, 5, 6]).map((s) => s.text);
}

export function textSentences(text: string): string[] {
  return splitSentences(text).map((s) => s.text);
}

/** Share of `current` sentences that also occur in `previous` (0 when current is empty). */
export function duplicateShare(current: readonly string[], previous: readonly string[]): { share: number; duplicated: number; total: number } {
  if (current.length === 0) return { share: 0, duplicated: 0, total: 0 };
  const seen = new Set(previous);
  const duplicated = current.filter((s) => seen.has(s)).length;
  return { share: duplicated / current.length, duplicated, total: current.length };
}
