import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../core/model/finding.ts';
import { t } from '../shared/ui-messages.ts';

const DECLARED = new Set<string>((chrome.runtime.getManifest().host_permissions ?? []) as string[]);

/** Sites added permanently through optional host permissions (the background runs the gate on their pages too). */
export function Sites({ lang }: { lang: Lang }) {
  const [sites, setSites] = useState<string[]>([]);
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const reload = async () => setSites(((await chrome.permissions.getAll()).origins ?? []).filter((o) => !DECLARED.has(o)));
  useEffect(() => void reload(), []);

  const add = async () => {
    let pattern: string;
    try {
      const url = new URL(input.trim());
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol');
      pattern = `${url.protocol}//${url.hostname}/*`;
    } catch {
      setError(t(lang, 'options.sites.invalid'));
      return;
    }
    const granted = await chrome.permissions.request({ origins: [pattern] });
    setError(granted ? null : t(lang, 'options.sites.denied'));
    if (granted) setInput('');
    await reload();
  };

  return (
    <section>
      <h2>{t(lang, 'options.sites')}</h2>
      <p class="muted">{t(lang, 'options.sites.help')}</p>
      <ul class="sites">
        {[...DECLARED].map((site) => (
          <li class="declared">
            <code>{site}</code>
          </li>
        ))}
        {sites.map((site) => (
          <li>
            <code>{site}</code>{' '}
            <button type="button" onClick={() => void chrome.permissions.remove({ origins: [site] }).then(reload)}>
              {t(lang, 'options.sites.remove')}
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={(e) => { e.preventDefault(); void add(); }}>
        <input type="url" name="site" placeholder="https://www.example.org" value={input} onInput={(e) => setInput((e.target as HTMLInputElement).value)} />
        <button type="submit">{t(lang, 'options.sites.add')}</button>
      </form>
      {error && <p class="error" role="alert">{error}</p>}
    </section>
  );
}
