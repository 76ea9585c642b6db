import { useState } from 'preact/hooks';
import { getDb, libraryChanged } from '../db/instance.ts';
import { recheckReports, reportsNeedingRecheck, tableCounts, listReports, type RecheckChange } from '../db/queries/index.ts';
import { reparseInBrowser } from '../engine/browser-env.ts';
import { checkReport } from '../engine/check.ts';
import { currentParserVersion, currentRulesVersion } from '../engine/versions.ts';
import { findingMessage } from '../engine/finding-text.ts';
import { notifyError } from '../components/notice.tsx';
import { SeverityBadge } from '../components/severity.tsx';
import { href } from '../router.ts';
import { useLoad } from '../state/library.ts';
import { langStore, reviewerStore, setLang, setReviewer, useT } from '../state/prefs.ts';
import { useStore } from '../state/store.ts';
import { formatBytes, storageInfo } from '../state/storage.ts';

function Storage() {
  const { t } = useT();
  const [tick, setTick] = useState(0);
  const info = useLoad(storageInfo, [tick]);
  const counts = useLoad(() => tableCounts(getDb()), []);
  return (
    <section class="card" data-testid="storage">
      <h2>{t('settings.storage')}</h2>
      {counts && <p>{t('settings.libraryCounts', counts)}</p>}
      {info && (
        <>
          <p data-testid="storage-used">{info.usage === null ? t('settings.storageUnknown') : t('settings.storageUsed', { used: formatBytes(info.usage), quota: formatBytes(info.quota) })}</p>
          {info.usage !== null && info.quota ? <progress max={info.quota} value={info.usage} /> : null}
          <p>{info.persisted ? t('settings.persisted') : t('settings.notPersisted')}</p>
          {!info.persisted && navigator.storage?.persist && (
            <button type="button" class="secondary" onClick={() => navigator.storage.persist().then(() => setTick((n) => n + 1))}>
              {t('settings.askPersist')}
            </button>
          )}
        </>
      )}
    </section>
  );
}

function Recheck() {
  const { t, lang } = useT();
  const rules = currentRulesVersion();
  const parser = currentParserVersion();
  const [tick, setTick] = useState(0);
  const stale = useLoad(() => reportsNeedingRecheck(getDb(), rules, parser), [tick]);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [changes, setChanges] = useState<RecheckChange[] | null>(null);
  const run = async (all: boolean) => {
    try {
      const ids = all ? (await listReports(getDb())).map((r) => r.id) : (stale ?? []).map((r) => r.id);
      setProgress({ done: 0, total: ids.length });
      const result = await recheckReports(
        getDb(),
        ids,
        { rulesVersion: rules, parserVersion: parser, reparse: reparseInBrowser, run: (report, previous) => checkReport(report, previous, lang) },
        (done, total) => setProgress({ done, total }),
      );
      setChanges(result);
      libraryChanged();
      setTick((n) => n + 1);
    } catch (error) {
      notifyError(error);
    } finally {
      setProgress(null);
    }
  };
  const changed = (changes ?? []).filter((c) => c.added.length || c.resolved.length);
  return (
    <section class="card" data-testid="recheck">
      <h2>{t('settings.recheck')}</h2>
      <p>{t('settings.recheckStatus', { rules, parser, n: stale?.length ?? 0 })}</p>
      <div class="row-actions">
        <button type="button" disabled={!stale?.length || !!progress} onClick={() => void run(false)} data-testid="recheck-run">
          {t('settings.recheckRun', { n: stale?.length ?? 0 })}
        </button>
        <button type="button" class="secondary" disabled={!!progress} onClick={() => void run(true)} data-testid="recheck-all">
          {t('settings.recheckAll')}
        </button>
      </div>
      {progress && (
        <p>
          <progress max={progress.total} value={progress.done} /> {t('settings.recheckProgress', progress)}
        </p>
      )}
      {changes && (
        <div data-testid="recheck-result">
          <p>
            {t('settings.recheckDone', {
              n: changes.length,
              added: changes.reduce((s, c) => s + c.added.length, 0),
              resolved: changes.reduce((s, c) => s + c.resolved.length, 0),
            })}
          </p>
          {changed.length === 0 && <p class="muted">{t('settings.recheckUnchanged')}</p>}
          <ul class="recheck-changes">
            {changed.map((c) => (
              <li key={c.id}>
                <a href={href({ name: 'report', id: c.id })}>
                  {t('settings.recheckReport', { title: c.title, added: c.added.length, resolved: c.resolved.length, reparsed: c.reparsed ? t('settings.recheckReparsed') : '' })}
                </a>
                <ul>
                  {c.added.map((f) => (
                    <li key={f.id}>
                      + <SeverityBadge severity={f.severity} /> {findingMessage(f, lang)}
                    </li>
                  ))}
                  {c.resolved.map((f) => (
                    <li key={f.id} class="muted">
                      − {t('finding.resolved')}: {findingMessage(f, lang)}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

export function SettingsView() {
  const { t } = useT();
  const lang = useStore(langStore);
  const reviewer = useStore(reviewerStore);
  const [name, setName] = useState(reviewer);
  return (
    <div class="settings">
      <section class="card">
        <h2>{t('settings.title')}</h2>
        <label class="field">
          <span>{t('settings.lang')}</span>
          <select value={lang} onChange={(e) => setLang((e.target as HTMLSelectElement).value as 'zh-CN' | 'en')} data-testid="lang-select">
            <option value="zh-CN">简体中文</option>
            <option value="en">English</option>
          </select>
        </label>
        <form
          class="field-row"
          onSubmit={(e) => {
            e.preventDefault();
            setReviewer(name.trim());
          }}
        >
          <label class="field grow">
            <span>{t('settings.reviewer')}</span>
            <input value={name} onInput={(e) => setName((e.target as HTMLInputElement).value)} data-testid="reviewer-name" />
          </label>
          <button type="submit">{t('report.agencySave')}</button>
          {reviewer && reviewer === name.trim() && <span class="muted">{t('settings.reviewerSaved')}</span>}
        </form>
        <p class="muted small">{t('settings.version', { v: __APP_VERSION__ })}</p>
      </section>
      <Storage />
      <Recheck />
    </div>
  );
}
