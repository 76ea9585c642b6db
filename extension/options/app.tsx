import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../core/engine/config.ts';
import type { Lang, Severity } from '../../core/model/finding.ts';
import { allRules } from '../../core/rules/index.ts';
import { loadSettings, saveSettings } from '../shared/settings-store.ts';
import { t } from '../shared/ui-messages.ts';
import { Sites } from './sites.tsx';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

/** The user's choice for one rule: on/off and severity (undefined = the rule's default). */
function ruleChoice(settings: Settings, id: string): { on: boolean; severity: Severity | undefined } {
  const s = settings.rules[id];
  if (s === undefined) return { on: true, severity: undefined };
  if (s === 'off') return { on: false, severity: undefined };
  if (typeof s === 'string') return { on: true, severity: s };
  if (s.severity === 'off') return { on: false, severity: undefined };
  return { on: true, severity: s.severity };
}

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => void loadSettings().then(setSettings), []);
  useEffect(() => {
    if (settings) document.documentElement.lang = settings.lang;
  }, [settings?.lang]);
  if (!settings) return null;
  const lang = settings.lang;

  const update = async (next: Settings) => {
    setSettings(next);
    await saveSettings(next);
    setSaved(true);
    setTimeout(() => setSaved(false), 1500);
  };
  const setRule = (id: string, on: boolean, severity: Severity | undefined) => {
    const rules = { ...settings.rules };
    const current = settings.rules[id];
    const options = typeof current === 'object' ? current.options : undefined;
    if (!on) rules[id] = options ? { severity: 'off', options } : 'off';
    else if (severity) rules[id] = options ? { severity, options } : severity;
    else if (options) rules[id] = { options };
    else delete rules[id];
    void update({ ...settings, rules });
  };

  return (
    <main>
      <h1>{t(lang, 'options.title')}</h1>
      <p class="saved" role="status">{saved ? t(lang, 'options.saved') : ''}</p>
      <section>
        <h2>{t(lang, 'options.language')}</h2>
        {(['zh-CN', 'en'] as Lang[]).map((l) => (
          <label class="radio">
            <input type="radio" name="lang" value={l} checked={lang === l} onChange={() => void update({ ...settings, lang: l })} />
            {l === 'zh-CN' ? '中文（简体）' : 'English'}
          </label>
        ))}
      </section>
      <section>
        <h2>{t(lang, 'options.rules')}</h2>
        {allRules.length === 0 ? (
          <p class="muted">{t(lang, 'options.noRules')}</p>
        ) : (
          <table class="rules">
            <thead>
              <tr>
                <th>{t(lang, 'options.rule.enabled')}</th>
                <th>{t(lang, 'options.rules')}</th>
                <th>{t(lang, 'options.rule.severity')}</th>
              </tr>
            </thead>
            <tbody>
              {allRules.map((rule) => {
                const choice = ruleChoice(settings, rule.id);
                const docs = rule.meta.docs[lang];
                return (
                  <tr data-rule={rule.id} class={choice.on ? '' : 'off'}>
                    <td>
                      <input type="checkbox" aria-label={docs.name} checked={choice.on} onChange={(e) => setRule(rule.id, (e.target as HTMLInputElement).checked, choice.severity)} />
                    </td>
                    <td>
                      <div class="rule-name">{docs.name}</div>
                      <div class="muted">
                        <code>{rule.id}</code> · {docs.description}
                      </div>
                    </td>
                    <td>
                      <select
                        aria-label={`${docs.name} ${t(lang, 'options.rule.severity')}`}
                        disabled={!choice.on}
                        value={choice.severity ?? ''}
                        onChange={(e) => setRule(rule.id, true, ((e.target as HTMLSelectElement).value || undefined) as Severity | undefined)}
                      >
                        <option value="">{t(lang, 'options.rule.default', { severity: t(lang, `severity.${rule.meta.defaultSeverity}`) })}</option>
                        {SEVERITIES.map((s) => (
                          <option value={s}>{t(lang, `severity.${s}`)}</option>
                        ))}
                      </select>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        <button type="button" class="reset" onClick={() => void update({ ...settings, rules: {} })}>
          {t(lang, 'options.reset')}
        </button>
      </section>
      <Sites lang={lang} />
    </main>
  );
}
