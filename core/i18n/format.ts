import type { Lang } from '../model/finding.ts';
import type { TableKey } from '../model/keys.ts';
import { COLUMN_LABELS, ROW_LABELS, TABLE_LABELS, cellLabel } from './labels.ts';

const NUMBER_FORMAT: Record<Lang, Intl.NumberFormat> = {
  'zh-CN': new Intl.NumberFormat('zh-CN', { useGrouping: false, maximumFractionDigits: 6 }),
  en: new Intl.NumberFormat('en', { useGrouping: false, maximumFractionDigits: 6 }),
};

/**
 * A language-neutral reference to a label, for message data: rendered in the message's language.
 * { $label: { table } } → table name; { table, row } → row label; { table, col } → column label; all three → cell label.
 */
export interface LabelRef {
  $label: { table: TableKey; row?: string; col?: string };
}

/** Helper for rules: `label({ table: 'applications', row: 'received' })`. */
export function label(ref: LabelRef['$label']): LabelRef {
  return { $label: ref };
}

function isLabelRef(value: unknown): value is LabelRef {
  return typeof value === 'object' && value !== null && '$label' in value;
}

function showLabel({ table, row, col }: LabelRef['$label'], lang: Lang): string {
  if (row && col) return cellLabel({ table, row, col }, lang);
  if (row) return ROW_LABELS[table][row]?.[lang] ?? row;
  if (col) return COLUMN_LABELS[table][col]?.[lang] ?? col;
  return TABLE_LABELS[table][lang];
}

function show(value: unknown, lang: Lang): string {
  if (value === null || value === undefined) return lang === 'en' ? '(blank)' : '（空）';
  if (typeof value === 'number') return NUMBER_FORMAT[lang].format(value);
  if (Array.isArray(value)) return value.map((v) => show(v, lang)).join(lang === 'en' ? ', ' : '、');
  if (isLabelRef(value)) return showLabel(value.$label, lang);
  return String(value);
}

/** Renders a message template: `{name}` is replaced by `data.name`. Unknown placeholders are left visible, so a missing datum shows up in tests. */
export function formatMessage(template: string, data: Record<string, unknown>, lang: Lang): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? show(data[name], lang) : whole));
}
