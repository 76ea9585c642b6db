import { useEffect, useState } from 'preact/hooks';
import { SEVERITY_ORDER } from '../../core/index.ts';
import { getDb, libraryChanged } from '../db/instance.ts';
import { getReportDetail, listAgencies, saveAgency } from '../db/queries/index.ts';
import type { AgencyLevel, AgencyRow } from '../db/records.ts';
import { FindingItem } from '../components/finding-item.tsx';
import { notifyError } from '../components/notice.tsx';
import { Prose } from '../components/prose.tsx';
import { ReportTables } from '../components/report-tables.tsx';
import { SeverityCounts } from '../components/severity.tsx';
import { href } from '../router.ts';
import { useLoad } from '../state/library.ts';
import { useT } from '../state/prefs.ts';

export const LEVELS: AgencyLevel[] = ['province', 'city', 'county', 'township', 'department', 'unknown'];

function AgencyEditor({ name }: { name: string }) {
  const { t } = useT();
  const agencies = useLoad(() => listAgencies(getDb()), [name]);
  const current = agencies?.find((a) => a.name === name);
  const [draft, setDraft] = useState<AgencyRow | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => setDraft(current ?? { name, region: '', level: 'unknown' }), [current?.region, current?.level, name]);
  if (!draft || !name) return null;
  return (
    <form
      class="agency-editor no-print"
      onSubmit={async (e) => {
        e.preventDefault();
        try {
          await saveAgency(getDb(), { ...draft, region: draft.region.trim() });
          setSaved(true);
          libraryChanged();
        } catch (error) {
          notifyError(error);
        }
      }}
    >
      <strong>{t('report.agencyEdit')}</strong>
      <label class="field">
        <span>{t('report.region')}</span>
        <input value={draft.region} onInput={(e) => (setSaved(false), setDraft({ ...draft, region: (e.target as HTMLInputElement).value }))} data-testid="agency-region" />
      </label>
      <label class="field">
        <span>{t('report.level')}</span>
        <select value={draft.level} onChange={(e) => (setSaved(false), setDraft({ ...draft, level: (e.target as HTMLSelectElement).value as AgencyLevel }))}>
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {t(`level.${l}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">{t('report.agencySave')}</button>
      {saved && <span class="muted">{t('report.agencySaved')}</span>}
    </form>
  );
}

export function ReportView({ id }: { id: string }) {
  const { t } = useT();
  const [tick, setTick] = useState(0);
  const detail = useLoad(() => getReportDetail(getDb(), id), [id, tick]);
  if (detail === undefined) return <p class="muted">{t('common.loading')}</p>;
  if (detail === null) return <p class="card">{t('report.notFound')}</p>;
  const { report: row, body, findings, reviews } = detail;
  const report = body.report;
  const reviewById = new Map(reviews.map((r) => [r.id, r]));
  const sorted = [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.ruleId.localeCompare(b.ruleId));
  const url = row.sourceUrl && /^https?:\/\//i.test(row.sourceUrl) ? row.sourceUrl : null;
  return (
    <article class="report-view" data-testid="report-view">
      <header class="card report-head">
        <h2 data-testid="report-title">{report.title || row.agency}</h2>
        <div class="meta muted">
          <span>{row.agency}</span>
          <span>{row.year ? t('common.year', { year: row.year }) : t('common.yearUnknown')}</span>
          <span>{t('report.format', { v: report.formatVersion })}</span>
          {report.period && <span>{t('report.period', report.period)}</span>}
          {report.published && <span>{t('report.published', { d: report.published })}</span>}
          <span>{t('report.capturedAt', { d: row.capturedAt.slice(0, 10) })}</span>
          <span>{t('report.rulesVersion', { v: row.rulesVersion })}</span>
        </div>
        <div class="row-actions no-print">
          {url && (
            <a class="button secondary" href={url} target="_blank" rel="noopener noreferrer" data-testid="original-link">
              {t('report.original')} ↗
            </a>
          )}
          {row.agency && (
            <a class="button secondary" href={href({ name: 'compare-agency', agency: row.agency })}>
              {t('report.compareYears')}
            </a>
          )}
          <a class="button secondary" href={href({ name: 'print-report', id: row.id })}>
            {t('report.printSummary')}
          </a>
          <SeverityCounts counts={row.counts} />
        </div>
        <AgencyEditor name={row.agency} />
      </header>
      <div class="report-grid">
        <section class="card">
          <h2>{t('report.tables')}</h2>
          <ReportTables report={report} findings={findings} />
        </section>
        <section class="card findings-panel">
          <h2>{t('report.findings', { n: findings.length })}</h2>
          {sorted.length === 0 ? (
            <p class="muted">{t('report.noFindings')}</p>
          ) : (
            <ul class="findings" data-testid="findings">
              {sorted.map((f) => (
                <FindingItem key={f.id} finding={f} review={reviewById.get(f.id)} onSaved={() => setTick((n) => n + 1)} />
              ))}
            </ul>
          )}
          {report.diagnostics.length > 0 && (
            <details class="diagnostics">
              <summary>{t('report.diagnostics', { n: report.diagnostics.length })}</summary>
              <ul>
                {report.diagnostics.map((d, i) => (
                  <li key={i}>
                    <code>{d.code}</code> {d.detail}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </section>
      </div>
      <section class="card">
        <h2>{t('report.prose')}</h2>
        <Prose text={report.text} findings={findings} />
      </section>
    </article>
  );
}
