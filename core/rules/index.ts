import type { Rule } from './define-rule.ts';
import t4BlockTotal from './t4-block-total.ts';

/** Registry of every rule, in catalogue order. One file per rule: core/rules/<rule-id>.ts. */
export const allRules: readonly Rule[] = [
  // --- group A (structure, arithmetic, dates, format) ---
  t4BlockTotal,
  // --- end group A ---
  // --- group B (prose, cross-year, plausibility, publication) ---
  // --- end group B ---
];

export const rulesById: ReadonlyMap<string, Rule> = new Map(allRules.map((r) => [r.id, r]));
