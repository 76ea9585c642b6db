import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../core/model/finding.ts';
import { loadSettings, onSettingsChanged } from './settings-store.ts';

/** The UI language from the settings, live. */
export function useLang(): Lang {
  const [lang, setLang] = useState<Lang>('zh-CN');
  useEffect(() => {
    const controller = new AbortController();
    void loadSettings().then((s) => setLang(s.lang));
    onSettingsChanged((s) => setLang(s.lang), controller.signal);
    return () => controller.abort();
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return lang;
}
