import { formatMessage, type Lang } from '../../core/index.ts';
import { en } from './en.ts';
import { zhCN, type MessageId } from './zh-CN.ts';

export type { MessageId };
export const CATALOGUES: Record<Lang, Record<MessageId, string>> = { 'zh-CN': zhCN, en };

/** Renders a message of the given language. Pure, so it can be used outside components (exports, tests). */
export function translate(lang: Lang, id: MessageId, data: Record<string, unknown> = {}): string {
  return formatMessage(CATALOGUES[lang][id] ?? id, data, lang);
}
