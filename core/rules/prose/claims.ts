/**
 * Numeric claims in prose: every 「N件」 (or %/元/条…) token of a sentence with the words that lead to it,
 * so a rule can decide what a number is about (「收到…申请75件」, 「不予公开5件，占6.17%」).
 */
import { findNumbers, type NumberToken } from './numbers.ts';
import type { Sentence } from './sentences.ts';

export interface Claim {
  token: NumberToken;
  /** Text between the previous number (or sentence start) and this one. */
  lead: string;
  /** The last clause of `lead` (after the last 「，」「：」). */
  clause: string;
  /** Text after the number, up to the next number or clause break. */
  tail: string;
  /** A percentage attached to the count: 「42件，占51.85%」. */
  percent?: NumberToken;
  /** Offsets of the claim (clause start … number or percent end) in report.text. */
  start: number;
  end: number;
  sentence: Sentence;
}

const CLAUSE_BREAK = /[，,：:]/g;
const PERCENT_LINK = /^\s*[，,（(]?\s*(?:占|占比|占比为|比例为|比重为|约占)?\s*$/;

function lastClause(text: string): { text: string; offset: number } {
  let offset = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) offset = m.index + 1;
  return { text: text.slice(offset), offset };
}

const claimCache = new WeakMap<Sentence, Map<string, Claim[]>>();

/**
 * Claims of one sentence, for tokens with one of the given units (default 件). Cached per Sentence object (sentences
 * are shared by all rules through reportSentences' per-report cache): the number scan runs once per sentence.
 * The returned array is shared: callers must not change it.
 */
export function sentenceClaims(sentence: Sentence, units: readonly string[] = ['件']): Claim[] {
  const key = units.join('|');
  let byUnits = claimCache.get(sentence);
  if (!byUnits) claimCache.set(sentence, (byUnits = new Map()));
  let hit = byUnits.get(key);
  if (!hit) byUnits.set(key, (hit = computeClaims(sentence, units)));
  return hit;
}

function computeClaims(sentence: Sentence, units: readonly string[]): Claim[] {
  const tokens = findNumbers(sentence.text);
  const out: Claim[] = [];
  let prevEnd = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const lead = sentence.text.slice(prevEnd, token.start);
    prevEnd = token.end;
    if (!units.includes(token.unit)) continue;
    const next = tokens[i + 1];
    const after = sentence.text.slice(token.end, next ? next.start : sentence.text.length);
    let percent: NumberToken | undefined;
    if (next && next.unit === '%' && PERCENT_LINK.test(after)) percent = next;
    const tailEnd = after.search(/[，,。；;：:]/);
    const tail = tailEnd === -1 ? after : after.slice(0, tailEnd);
    const clause = lastClause(lead);
    const clauseStart = token.start - lead.length + clause.offset;
    out.push({
      token,
      lead,
      clause: clause.text,
      tail,
      percent,
      start: sentence.start + clauseStart,
      end: sentence.start + (percent ? percent.end : token.end),
      sentence,
    });
  }
  return out;
}

/** Claims of many sentences. */
export function claimsOf(sentences: readonly Sentence[], units?: readonly string[]): Claim[] {
  return sentences.flatMap((s) => sentenceClaims(s, units));
}

/** Comparisons with other periods (「较上年增加10件」「同比」) are not statements about this year's table. */
export const COMPARATIVE = /较|同比|比上年|上年同期|去年|增加|减少|增长|下降|上升|环比|累计/;
