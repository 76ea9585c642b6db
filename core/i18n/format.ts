import type { Lang } from '../model/finding.ts';

const NUMBER_FORMAT: Record<Lang, Intl.NumberFormat> = {
  'zh-CN': new Intl.NumberFormat('zh-CN', { useGrouping: false, maximumFractionDigits: 6 }),
  en: new Intl.NumberFormat('en', { useGrouping: false, maximumFractionDigits: 6 }),
};

function show(value: unknown, lang: Lang): string {
  if (value === null || value === undefined) return lang === 'en' ? '(blank)' : '（空）';
  if (typeof value === 'number') return NUMBER_FORMAT[lang].format(value);
  if (Array.isArray(value)) return value.map((v) => show(v, lang)).join(lang === 'en' ? ', ' : '、');
  return String(value);
}

/** Renders a message template: `{name}` is replaced by `data.name`. Unknown placeholders are left visible, so a missing datum shows up in tests. */
export function formatMessage(template: string, data: Record<string, unknown>, lang: Lang): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? show(data[name], lang) : whole));
}
