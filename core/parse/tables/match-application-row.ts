import type { ApplicationRow } from '../../model/keys.ts';
import { APPLICATION_GROUPS, APPLICATION_ROW_LABELS, SUBTOTAL_LABELS } from '../labels/applications.ts';
import { ordinalOf, stripOrdinal } from '../text/normalize.ts';
import { matchesLabel } from './cells.ts';

export type RowMatch =
  | { kind: 'row'; key: ApplicationRow }
  | { kind: 'subtotal' }
  | { kind: 'group'; group: number }
  | { kind: 'ambiguous'; candidates: ApplicationRow[] }
  | { kind: 'none' };

/** The （三）…（六） block a label names, or null. */
export function groupOf(key: string): number | null {
  const body = stripOrdinal(key);
  for (const g of APPLICATION_GROUPS) if (g.phrases.some((p) => body === p || body.startsWith(p))) return g.group;
  return null;
}

/**
 * Matches a 表三 leaf label (label key) to a canonical row. Key phrases decide; the block (group) must agree when known;
 * the printed ordinal only breaks ties. Several candidates left → ambiguous (never a guess).
 */
export function matchApplicationRow(key: string, group: number | null): RowMatch {
  const ord = ordinalOf(key);
  const body = stripOrdinal(key);
  if (SUBTOTAL_LABELS.some((s) => body === s || body.startsWith(s))) return { kind: 'subtotal' };
  let candidates = APPLICATION_ROW_LABELS.filter((s) => matchesLabel(body, s));
  candidates = candidates.filter((s) => {
    if (s.group === undefined) return true;
    if (group !== null) return s.group === group;
    // Short exact labels (「其他」) need their block to be known.
    return !s.exact;
  });
  if (candidates.length === 0) {
    const g = groupOf(key);
    if (g !== null) return { kind: 'group', group: g };
    return { kind: 'none' };
  }
  if (candidates.length > 1 && ord) {
    const byOrdinal = candidates.filter((s) => s.ordinal === ord.n && s.level === ord.level);
    if (byOrdinal.length === 1) candidates = byOrdinal;
  }
  if (candidates.length > 1) {
    // Prefer the spec with the longest matching phrase (「其他处理」 exact beats a 「其他」 contained elsewhere).
    const score = (s: (typeof candidates)[number]): number =>
      Math.max(s.exact?.includes(body) ? 100 : 0, ...(s.phrases ?? []).filter((p) => body.includes(p)).map((p) => p.length));
    const best = Math.max(...candidates.map(score));
    const top = candidates.filter((s) => score(s) === best);
    if (top.length === 1) candidates = top;
  }
  if (candidates.length > 1) return { kind: 'ambiguous', candidates: candidates.map((c) => c.key) };
  return { kind: 'row', key: candidates[0].key };
}
