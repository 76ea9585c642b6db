import type { CellRef, Finding, Lang, Severity } from '../model/finding.ts';
import type { TextAnchor } from '../model/cell.ts';
import type { Report } from '../model/report.ts';

/** Rule categories of the catalogue (report-format.md §8). */
export type RuleCategory =
  | 'structure'
  | 'arithmetic'
  | 'prose'
  | 'dates'
  | 'format'
  | 'cross-year'
  | 'plausibility'
  | 'publication';

export interface RuleDocs {
  /** Short rule name, e.g. 「表三办理结果总计」. */
  name: string;
  /** Why it matters, one or two sentences. */
  description: string;
  /** How to fix it. */
  fix: string;
}

/** Messages of one language: message id → template with {placeholders}. */
export type MessageCatalogue = Record<string, string>;

export interface RuleMeta {
  category: RuleCategory;
  /** The catalogue's default severity. Users may override it. */
  defaultSeverity: Severity;
  /** Cross-year rules need the previous year's report. */
  needsPrevious?: boolean;
  docs: Record<Lang, RuleDocs>;
  /** Default options; users may override per rule. */
  defaultOptions?: Record<string, unknown>;
}

/** What a check reports. `severity` lowers (never raises) the rule's default for this finding, e.g. a title variant is a warning in a rule whose default is error. */
export interface FindingInput {
  messageId: string;
  data?: Record<string, unknown>;
  cells?: CellRef[];
  related?: CellRef[];
  text?: TextAnchor[];
  expected?: unknown;
  actual?: unknown;
  severity?: Severity;
}

export interface RuleContext {
  report: Report;
  /** The previous year's report of the same agency, when supplied. */
  previous: Report | null;
  options: Record<string, unknown>;
  fail(finding: FindingInput): void;
  needsReview(finding: FindingInput): void;
  /** Mark the rule as not applicable to this report (e.g. a 2021 rule on a legacy report). */
  notApplicable(reason?: string): void;
}

export interface Rule {
  id: string;
  meta: RuleMeta;
  messages: Record<Lang, MessageCatalogue>;
  /** Cheap applicability test; returning false gives outcome not-applicable. */
  appliesTo?: (report: Report, previous: Report | null) => boolean;
  check(ctx: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

export type { Finding };
