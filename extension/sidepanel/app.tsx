import { useState } from 'preact/hooks';
import type { Severity } from '../../core/model/finding.ts';
import { RULES_VERSION } from '../../core/version.ts';
import { sendToBackground, sendToTab } from '../messaging.ts';
import { countBySeverity } from '../shared/severity.ts';
import { t } from '../shared/ui-messages.ts';
import { useLang } from '../shared/use-lang.ts';
import { buildCapture } from './capture.ts';
import { Captures } from './components/captures.tsx';
import { Counts } from './components/counts.tsx';
import { Findings, type GroupBy, type StatusFilter } from './components/findings.tsx';
import { ParseSummary } from './components/parse-summary.tsx';
import { useAnalysis } from './use-analysis.ts';
import { useReviews } from './use-reviews.ts';
import { useTabId } from './use-tab.ts';

export function App() {
  const lang = useLang();
  const tabId = useTabId();
  const { analysis, unreachable, selectedKey, setSelectedKey } = useAnalysis(tabId);
  const { reviews, save } = useReviews(tabId, analysis?.reportKey ?? null);
  const [shown, setShown] = useState<Set<Severity>>(new Set(['error', 'warning', 'info']));
  const [status, setStatus] = useState<StatusFilter>('all');
  const [groupBy, setGroupBy] = useState<GroupBy>('table');

  const toggle = (s: Severity) =>
    setShown((old) => {
      const next = new Set(old);
      if (next.has(s)) next.delete(s);
      else next.add(s);
      return next;
    });

  const locate = (key: string) => {
    setSelectedKey(key);
    if (tabId !== null) void sendToTab(tabId, { type: 'content/focus', key });
  };
  const step = (delta: 1 | -1) => {
    if (tabId !== null) void sendToTab<{ key: string | null }>(tabId, { type: 'content/step', delta }).then((r) => r.ok && r.key && setSelectedKey(r.key));
  };

  const saveCapture = async (): Promise<string | null> => {
    if (tabId === null || !analysis?.report) return null;
    const html = await sendToTab<{ html: string }>(tabId, { type: 'content/get-body-html' });
    if (!html.ok) return null;
    const capture = buildCapture(analysis, html.html, reviews.values(), RULES_VERSION);
    const reply = await sendToBackground({ type: 'captures/put', capture });
    return reply.ok ? capture.id : null;
  };

  let body;
  if (tabId === null) body = <p class="muted">{t(lang, 'panel.noTab')}</p>;
  else if (!analysis)
    body = (
      <div class="state">
        <p class="muted">{unreachable ? t(lang, 'panel.unreachable') : t(lang, 'panel.waiting')}</p>
        {unreachable && <CheckButton lang={lang} tabId={tabId} />}
      </div>
    );
  else if (analysis.status === 'not-report' || analysis.status === 'failed')
    body = (
      <div class="state">
        <p>{analysis.status === 'not-report' ? t(lang, 'panel.notReport') : t(lang, 'panel.parseFailed', { detail: analysis.failure?.detail ?? '' })}</p>
        <CheckButton lang={lang} tabId={tabId} />
      </div>
    );
  else if (analysis.status === 'stopped')
    body = (
      <div class="state">
        <p>{t(lang, 'panel.stopped')}</p>
        <CheckButton lang={lang} tabId={tabId} />
      </div>
    );
  else if (analysis.status === 'parsing') body = <p class="muted">{t(lang, 'panel.waiting')}</p>;
  else
    body = (
      <>
        <header class="report-head">
          <h1 class="report-title">{analysis.report?.title || analysis.title}</h1>
        </header>
        <Counts lang={lang} counts={countBySeverity(analysis.findings)} shown={shown} onToggle={toggle} />
        <div class="toolbar">
          <label>
            {t(lang, 'panel.groupBy')}
            <select name="group-by" value={groupBy} onChange={(e) => setGroupBy((e.target as HTMLSelectElement).value as GroupBy)}>
              <option value="table">{t(lang, 'panel.groupByTable')}</option>
              <option value="rule">{t(lang, 'panel.groupByRule')}</option>
            </select>
          </label>
          <label>
            {t(lang, 'panel.filter.status')}
            <select name="status" value={status} onChange={(e) => setStatus((e.target as HTMLSelectElement).value as StatusFilter)}>
              <option value="all">{t(lang, 'panel.filter.all')}</option>
              <option value="open">{t(lang, 'review.status.open')}</option>
              <option value="confirmed">{t(lang, 'review.status.confirmed')}</option>
              <option value="dismissed">{t(lang, 'review.status.dismissed')}</option>
            </select>
          </label>
          <span class="stepper">
            <button type="button" class="previous" onClick={() => step(-1)} title={t(lang, 'panel.keyboardHint')}>
              {`↑ ${t(lang, 'panel.previous')}`}
            </button>
            <button type="button" class="next" onClick={() => step(1)} title={t(lang, 'panel.keyboardHint')}>
              {`↓ ${t(lang, 'panel.next')}`}
            </button>
          </span>
        </div>
        <Findings
          lang={lang}
          findings={analysis.findings}
          keys={analysis.keys}
          located={analysis.located}
          reviews={reviews}
          shown={shown}
          status={status}
          groupBy={groupBy}
          selectedKey={selectedKey}
          onLocate={locate}
          onReview={(key, review) => void save({ findingKey: key, ...review })}
        />
        <ParseSummary lang={lang} analysis={analysis} />
      </>
    );

  return (
    <main>
      {body}
      <Captures lang={lang} canSave={analysis?.status === 'ready' && !!analysis.report} onSave={saveCapture} />
      <footer>
        <a href={chrome.runtime.getURL('options/index.html')} target="_blank" rel="noreferrer">
          ⚙
        </a>
        <span class="muted">{t(lang, 'panel.keyboardHint')}</span>
      </footer>
    </main>
  );
}

function CheckButton({ lang, tabId }: { lang: Parameters<typeof t>[0]; tabId: number }) {
  return (
    <button type="button" class="primary check-page" onClick={() => void sendToBackground({ type: 'tab/inject', tabId })}>
      {t(lang, 'panel.checkPage')}
    </button>
  );
}
