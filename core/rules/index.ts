import type { Rule } from './define-rule.ts';
// group A imports
import sectionsPresent from './sections-present.ts';
import sectionNumbering from './section-numbering.ts';
import t2Structure from './t2-structure.ts';
import t3Structure from './t3-structure.ts';
import t4Structure from './t4-structure.ts';
import t3NotePresent from './t3-note-present.ts';
import labelTypo from './label-typo.ts';
import tableNotMachineReadable from './table-not-machine-readable.ts';
import section5Substance from './section5-substance.ts';
import section6FeeStatement from './section6-fee-statement.ts';
import titleFormat from './title-format.ts';
import t3ResultsTotal from './t3-results-total.ts';
import t3Balance from './t3-balance.ts';
import t3RowTotal from './t3-row-total.ts';
import valueDomain from './value-domain.ts';
import t4BlockTotal from './t4-block-total.ts';
import t2StockFloor from './t2-stock-floor.ts';
import totalBlank from './total-blank.ts';
import subtotalSum from './subtotal-sum.ts';
import valuePrecision from './value-precision.ts';
import yearTitlePeriod from './year-title-period.ts';
import periodFullYear from './period-full-year.ts';
import publicationDeadline from './publication-deadline.ts';
import formatCitation from './format-citation.ts';
import signatureDate from './signature-date.ts';
import captionYear from './caption-year.ts';
import formatVersion from './format-version.ts';
import formatOutdated from './format-outdated.ts';
import legacyFormat from './legacy-format.ts';
// end group A imports
// group B imports
import proseApplications from './prose-applications.ts';
import proseCarryover from './prose-carryover.ts';
import proseOutcomes from './prose-outcomes.ts';
import proseReviewLitigation from './prose-review-litigation.ts';
import proseActiveDisclosure from './prose-active-disclosure.ts';
import feeConsistency from './fee-consistency.ts';
import overviewTopics from './overview-topics.ts';
import governmentAccountabilityTopics from './government-accountability-topics.ts';
import proseContradiction from './prose-contradiction.ts';
import agencyNameConsistency from './agency-name-consistency.ts';
import narrativeYear from './narrative-year.ts';
import carryoverContinuity from './carryover-continuity.ts';
import stockRollforward from './stock-rollforward.ts';
import copiedFromPreviousYear from './copied-from-previous-year.ts';
import problemsUnchanged from './problems-unchanged.ts';
import formatRegression from './format-regression.ts';
import yearSeriesGap from './year-series-gap.ts';
import yoyOutlier from './yoy-outlier.ts';
import feeUnit from './fee-unit.ts';
import regulationsWithoutPower from './regulations-without-power.ts';
import textQuality from './text-quality.ts';
import suspiciousRepetition from './suspicious-repetition.ts';
import percentConsistency from './percent-consistency.ts';
import shareNotHeld from './share-not-held.ts';
import reportAccessibility from './report-accessibility.ts';
// end group B imports

/** Registry of every rule, in catalogue order. One file per rule: core/rules/<rule-id>.ts. */
export const allRules: readonly Rule[] = [
  // --- group A (structure, arithmetic, dates, format) ---
  sectionsPresent,
  sectionNumbering,
  t2Structure,
  t3Structure,
  t4Structure,
  t3NotePresent,
  labelTypo,
  tableNotMachineReadable,
  section5Substance,
  section6FeeStatement,
  titleFormat,
  t3ResultsTotal,
  t3Balance,
  t3RowTotal,
  valueDomain,
  t4BlockTotal,
  t2StockFloor,
  totalBlank,
  subtotalSum,
  valuePrecision,
  yearTitlePeriod,
  periodFullYear,
  publicationDeadline,
  formatCitation,
  signatureDate,
  captionYear,
  formatVersion,
  formatOutdated,
  legacyFormat,
  // --- end group A ---
  // --- group B (prose, cross-year, plausibility, publication) ---
  proseApplications,
  proseCarryover,
  proseOutcomes,
  proseReviewLitigation,
  proseActiveDisclosure,
  feeConsistency,
  overviewTopics,
  governmentAccountabilityTopics,
  proseContradiction,
  agencyNameConsistency,
  narrativeYear,
  carryoverContinuity,
  stockRollforward,
  copiedFromPreviousYear,
  problemsUnchanged,
  formatRegression,
  yearSeriesGap,
  yoyOutlier,
  feeUnit,
  regulationsWithoutPower,
  textQuality,
  suspiciousRepetition,
  percentConsistency,
  shareNotHeld,
  reportAccessibility,
  // --- end group B ---
];

export const rulesById: ReadonlyMap<string, Rule> = new Map(allRules.map((r) => [r.id, r]));

/** The rules that compare a report with the previous year's (run alone when single-report findings exist already). */
export const crossYearRules: readonly Rule[] = allRules.filter((r) => r.meta.needsPrevious);
