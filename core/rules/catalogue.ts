import type { Severity } from '../model/finding.ts';
import type { RuleCategory } from './define-rule.ts';

/** Catalogue categories: the rule categories plus hierarchy (§8.7), which no single-report rule implements. */
export type CatalogueCategory = RuleCategory | 'hierarchy';

export interface CatalogueEntry {
  id: string;
  /** Section of report-format.md where the rule is stated (the first, when it appears twice). */
  section: '8.1' | '8.2' | '8.3' | '8.4' | '8.5' | '8.6' | '8.7' | '8.8' | '8.9';
  category: CatalogueCategory;
  /** The catalogue's default severity; a rule's findings may lower it, never raise it. */
  defaultSeverity: Severity;
  /** true when core/rules/<id>.ts implements it; otherwise why not. */
  implemented: true | { reason: string };
}

const e = (id: string, section: CatalogueEntry['section'], category: CatalogueCategory, defaultSeverity: Severity, implemented: CatalogueEntry['implemented'] = true): CatalogueEntry => ({
  id,
  section,
  category,
  defaultSeverity,
  implemented,
});

/**
 * The whole rule catalogue of report-format.md §8 as data, one entry per rule id (ids stated twice in §8 are one rule).
 * Severities: 「error if missing; warning if the title differs」 and 「warning (late) / error (impossible)」 have default
 * error and lower per finding; `carryover-continuity` is error by default ("escalate to error when unit and scope are
 * unchanged") and its findings lower to warning otherwise.
 */
export const CATALOGUE: readonly CatalogueEntry[] = [
  // 8.1 Structure
  e('sections-present', '8.1', 'structure', 'error'),
  e('section-numbering', '8.1', 'structure', 'error'),
  e('t2-structure', '8.1', 'structure', 'error'),
  e('t3-structure', '8.1', 'structure', 'error'),
  e('t4-structure', '8.1', 'structure', 'error'),
  e('t3-note-present', '8.1', 'structure', 'info'),
  e('label-typo', '8.1', 'structure', 'warning'),
  e('table-not-machine-readable', '8.1', 'structure', 'warning'),
  e('section5-substance', '8.1', 'structure', 'warning'),
  e('section6-fee-statement', '8.1', 'structure', 'warning'),
  e('title-format', '8.1', 'structure', 'warning'),
  // 8.2 Arithmetic
  e('t3-results-total', '8.2', 'arithmetic', 'error'),
  e('t3-balance', '8.2', 'arithmetic', 'error'),
  e('t3-row-total', '8.2', 'arithmetic', 'error'),
  e('value-domain', '8.2', 'arithmetic', 'error'),
  e('t4-block-total', '8.2', 'arithmetic', 'error'),
  e('t2-stock-floor', '8.2', 'arithmetic', 'error'),
  e('total-blank', '8.2', 'arithmetic', 'error'),
  e('subtotal-sum', '8.2', 'arithmetic', 'error'),
  e('value-precision', '8.2', 'arithmetic', 'warning'),
  // 8.3 Cross-field: prose vs tables
  e('prose-applications', '8.3', 'prose', 'warning'),
  e('prose-carryover', '8.3', 'prose', 'warning'),
  e('prose-outcomes', '8.3', 'prose', 'warning'),
  e('prose-review-litigation', '8.3', 'prose', 'warning'),
  e('prose-active-disclosure', '8.3', 'prose', 'warning'),
  e('fee-consistency', '8.3', 'prose', 'warning'),
  e('overview-topics', '8.3', 'prose', 'warning'),
  e('government-accountability-topics', '8.3', 'prose', 'warning'),
  e('prose-contradiction', '8.3', 'prose', 'error'),
  e('agency-name-consistency', '8.3', 'prose', 'warning'),
  e('narrative-year', '8.3', 'prose', 'warning'),
  // 8.4 Dates and years
  e('year-title-period', '8.4', 'dates', 'error'),
  e('period-full-year', '8.4', 'dates', 'error'),
  e('publication-deadline', '8.4', 'dates', 'error'),
  e('format-citation', '8.4', 'dates', 'warning'),
  e('signature-date', '8.4', 'dates', 'warning'),
  e('caption-year', '8.4', 'dates', 'warning'),
  // 8.5 Format version
  e('format-version', '8.5', 'format', 'info'),
  e('format-outdated', '8.5', 'format', 'warning'),
  e('legacy-format', '8.5', 'format', 'error'),
  // 8.6 Cross-year (needs the previous year's report)
  e('carryover-continuity', '8.6', 'cross-year', 'error'),
  e('stock-rollforward', '8.6', 'cross-year', 'warning'),
  e('copied-from-previous-year', '8.6', 'cross-year', 'warning'),
  e('problems-unchanged', '8.6', 'cross-year', 'info'),
  e('format-regression', '8.6', 'cross-year', 'warning'),
  e('year-series-gap', '8.6', 'cross-year', 'info'),
  e('yoy-outlier', '8.6', 'cross-year', 'info'),
  // 8.7 Hierarchy
  e('hierarchy-sum', '8.7', 'hierarchy', 'info', {
    reason: 'Needs the reports of every child unit of a region, not one report; and no official rule says a parent table must aggregate its children (§8.7, §12 q.4). Belongs to the library (PWA) comparisons.',
  }),
  // 8.8 Plausibility
  e('fee-unit', '8.8', 'plausibility', 'warning'),
  e('regulations-without-power', '8.8', 'plausibility', 'warning'),
  e('text-quality', '8.8', 'plausibility', 'info'),
  e('suspicious-repetition', '8.8', 'plausibility', 'info'),
  e('percent-consistency', '8.8', 'plausibility', 'warning'),
  e('share-not-held', '8.8', 'plausibility', 'info'),
  // 8.9 Publication and rendering
  e('report-accessibility', '8.9', 'publication', 'warning'),
  e('changed-after-publication', '8.9', 'publication', 'warning', {
    reason: 'Needs two visits of the same page (content hashes over time), not one report; the library detects it from stored captures (reportHash).',
  }),
  e('table-borders', '8.9', 'publication', 'info', {
    reason: 'Borders are rendering, not content, and say nothing about correctness; KIROGOVCOMPARE disabled border detection for its false positives (§8.9).',
  }),
];

export const catalogueById: ReadonlyMap<string, CatalogueEntry> = new Map(CATALOGUE.map((entry) => [entry.id, entry]));
