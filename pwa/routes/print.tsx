import { SEVERITY_ORDER } from '../../core/index.ts';
import { getDb } from '../db/instance.ts';
import { getReportDetail, regionYear } from '../db/queries/index.ts';
import { cellsText, findingMessage } from '../engine/finding-text.ts';
import { SeverityBadge } from '../components/severity.tsx';
import { ReportTables } from '../components/report-tables.tsx';
import { useLoad } from '../state/library.ts';
import { useT } from '../state/prefs.ts';
import { totalsOf } from '../db/queries/index.ts';

function PrintBar() {
  const { t } = useT();
  return (
    <div class="row-actions no-print">
      <button type="button" onClick={() => window.print()} data-testid="print">
        {t('common.print')}
      </button>
      <button type="button" class="secondary" onClick={() => history.back()}>
        {t('common.back')}
      </button>
    </div>
  );
}

/** Printable review summary of one report (print CSS; the browser's print dialog saves a PDF). */
export function PrintReportView({ id }: { id: string }) {
  const { t, lang } = useT();
  const detail = useLoad(() => getReportDetail(getDb(), id), [id]);
  if (detail === undefined) return <p>{t('common.loading')}</p>;
  if (detail === null) return <p>{t('report.notFound')}</p>;
  const reviews = new Map(detail.reviews.map((r) => [r.id, r]));
  const findings = [...detail.findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const totals = totalsOf([detail.report]);
  return (
    <article class="print-page" data-testid="print-report">
      <PrintBar />
      <h1>{t('print.report.title', { title: detail.report.title })}</h1>
      <p class="muted">
        {detail.report.agency} · {detail.report.region} · {detail.report.sourceUrl} · {t('print.generated', { d: new Date().toISOString().slice(0, 10) })}
      </p>
      <p>{t('print.findingsTotal', totals)}</p>
      <table class="data print-findings">
        <tbody>
          {findings.map((f) => {
            const r = reviews.get(f.id);
            return (
              <tr key={f.id}>
                <td>
                  <SeverityBadge severity={f.severity} />
                </td>
                <td>
                  {findingMessage(f, lang)}
                  <div class="muted small">
                    {f.ruleId} {f.cells.length ? `· ${cellsText(f, lang)}` : ''}
                  </div>
                </td>
                <td>
                  {t(`review.${r?.status ?? 'open'}`)}
                  {r?.reason && <div class="small">{r.reason}</div>}
                  {r?.note && <div class="small muted">{r.note}</div>}
                  {r?.reviewer && <div class="small muted">{r.reviewer}</div>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ReportTables report={detail.body.report} findings={detail.findings} />
    </article>
  );
}

/** Printable summary of a region for one year. */
export function PrintRegionView({ region, year }: { region: string; year: number }) {
  const { t } = useT();
  const data = useLoad(() => regionYear(getDb(), region, year), [region, year]);
  if (!data) return <p>{t('common.loading')}</p>;
  const reports = [...data.reports].sort((a, b) => b.counts.error - a.counts.error || a.agency.localeCompare(b.agency, 'zh-CN'));
  return (
    <article class="print-page" data-testid="print-region">
      <PrintBar />
      <h1>{t('print.region.title', { region: region || t('library.noRegion'), year })}</h1>
      <p class="muted">{t('print.generated', { d: new Date().toISOString().slice(0, 10) })}</p>
      <p>{t('print.findingsTotal', totalsOf(reports))}</p>
      <table class="data">
        <thead>
          <tr>
            <th>{t('compare.region.agency')}</th>
            <th>{t('severity.error')}</th>
            <th>{t('severity.warning')}</th>
            <th>{t('severity.info')}</th>
            <th>{t('review.open')}</th>
            <th>{t('review.confirmed')}</th>
            <th>{t('review.dismissed')}</th>
          </tr>
        </thead>
        <tbody>
          {reports.map((r) => (
            <tr key={r.id}>
              <td>{r.agency}</td>
              <td class="num">{r.counts.error}</td>
              <td class="num">{r.counts.warning}</td>
              <td class="num">{r.counts.info}</td>
              <td class="num">{r.review.open}</td>
              <td class="num">{r.review.confirmed}</td>
              <td class="num">{r.review.dismissed}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {data.missing.length > 0 && (
        <>
          <h2>{t('compare.region.missing', { n: data.missing.length })}</h2>
          <p>{data.missing.map((a) => a.name).join('、')}</p>
        </>
      )}
    </article>
  );
}
