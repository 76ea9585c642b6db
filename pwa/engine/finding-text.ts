import { cellLabel, formatMessage, rulesById, type Finding, type Lang, type RuleMeta } from '../../core/index.ts';

/** A finding's message in the given language (re-rendered from the rule's catalogue; the stored text is the fallback). */
export function findingMessage(f: Pick<Finding, 'ruleId' | 'messageId' | 'data' | 'message'>, lang: Lang): string {
  const template = rulesById.get(f.ruleId)?.messages[lang]?.[f.messageId];
  return template ? formatMessage(template, f.data ?? {}, lang) : f.message;
}

export function ruleDocs(ruleId: string, lang: Lang): RuleMeta['docs'][Lang] | null {
  return rulesById.get(ruleId)?.meta.docs[lang] ?? null;
}

export function ruleName(ruleId: string, lang: Lang): string {
  return ruleDocs(ruleId, lang)?.name ?? ruleId;
}

export function cellsText(f: Pick<Finding, 'cells'>, lang: Lang): string {
  return f.cells.map((c) => cellLabel(c, lang)).join(lang === 'en' ? '; ' : '；');
}

export function showValue(v: unknown): string {
  if (v === undefined) return '';
  if (v === null) return '—';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}
