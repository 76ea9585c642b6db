import type { Rule } from './define-rule.ts';

/** Registry of every rule, in catalogue order. One file per rule: core/rules/<rule-id>.ts. */
export const allRules: readonly Rule[] = [];

export const rulesById: ReadonlyMap<string, Rule> = new Map(allRules.map((r) => [r.id, r]));
