/**
 * Turns a finding into the popover's lines (plain strings, rendered with textContent): rule name, message,
 * expected vs actual for the marked cell, why it matters and how to fix it (from the rule's meta docs).
 */
import type { CellRef, Finding, Lang } from '../../core/model/finding.ts';
import type { RuleDocs } from '../../core/rules/define-rule.ts';
import { rulesById } from '../../core/rules/index.ts';
import { cellLabel, COLUMN_LABELS, ROW_LABELS } from '../../core/i18n/labels.ts';
import { formatMessage } from '../../core/i18n/format.ts';

export interface Explanation {
  ruleName: string;
  message: string;
  expected: string | null;
  actual: string | null;
  why: string | null;
  fix: string | null;
  cells: string[];
  related: string[];
}

export function ruleDocs(ruleId: string, lang: Lang): RuleDocs | null {
  return rulesById.get(ruleId)?.meta.docs[lang] ?? null;
}

/** A key of an expected/actual object, shown with its label when it is a canonical row or column key. */
function keyLabel(key: string, cell: CellRef | undefined, lang: Lang): string {
  const table = cell?.table;
  if (table) return COLUMN_LABELS[table][key]?.[lang] ?? ROW_LABELS[table][key]?.[lang] ?? key;
  return key;
}

/** Renders an expected/actual value; for an object keyed by cell keys, the entry of the marked cell when present. */
export function formatValue(value: unknown, cell: CellRef | undefined, lang: Lang): string | null {
  if (value === undefined) return null;
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value as Record<string, unknown>);
    if (cell) {
      const own = entries.find(([k]) => k === cell.col || k === cell.row || k === `${cell.row}.${cell.col}`);
      if (own) return formatMessage('{v}', { v: own[1] }, lang);
    }
    const sep = lang === 'en' ? '; ' : '；';
    return entries.map(([k, v]) => `${keyLabel(k, cell, lang)} ${formatMessage('{v}', { v }, lang)}`).join(sep);
  }
  return formatMessage('{v}', { v: value }, lang);
}

export function explain(finding: Finding, lang: Lang, cell?: CellRef): Explanation {
  const docs = ruleDocs(finding.ruleId, lang);
  const focus = cell ?? finding.cells[0];
  return {
    ruleName: docs?.name ?? finding.ruleId,
    message: finding.message,
    expected: formatValue(finding.expected, focus, lang),
    actual: formatValue(finding.actual, focus, lang),
    why: docs?.description ?? null,
    fix: docs?.fix ?? null,
    cells: finding.cells.map((c) => cellLabel(c, lang)),
    related: finding.related.map((c) => cellLabel(c, lang)),
  };
}
