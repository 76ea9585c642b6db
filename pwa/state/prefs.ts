import type { Lang } from '../../core/index.ts';
import { translate, type MessageId } from '../i18n/index.ts';
import { createStore, useStore } from './store.ts';

const LANG_KEY = 'nianbao.lang';
const REVIEWER_KEY = 'nianbao.reviewer';
const PERSIST_KEY = 'nianbao.persistAsked';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    /* private mode: keep in memory only */
  }
}

export const langStore = createStore<Lang>(read(LANG_KEY) === 'en' ? 'en' : 'zh-CN');
export const reviewerStore = createStore<string>(read(REVIEWER_KEY) ?? '');

export function setLang(lang: Lang): void {
  write(LANG_KEY, lang);
  document.documentElement.lang = lang;
  langStore.set(lang);
}

export function setReviewer(name: string): void {
  write(REVIEWER_KEY, name);
  reviewerStore.set(name);
}

export function persistAsked(): boolean {
  return read(PERSIST_KEY) === '1';
}
export function markPersistAsked(): void {
  write(PERSIST_KEY, '1');
}

/** `t` bound to the current language; re-renders the component when the language changes. */
export function useT(): { t: (id: MessageId, data?: object) => string; lang: Lang } {
  const lang = useStore(langStore);
  return { t: (id, data) => translate(lang, id, data as Record<string, unknown> | undefined), lang };
}
