import type { Lang } from '../../../core/model/finding.ts';
import { TABLE_KEYS } from '../../../core/model/keys.ts';
import { TABLE_LABELS } from '../../../core/i18n/labels.ts';
import type { Analysis } from '../../messaging.ts';
import { t } from '../../shared/ui-messages.ts';

/** What the parser found and could not read. Never silent: every diagnostic is listed. */
export function ParseSummary({ lang, analysis }: { lang: Lang; analysis: Analysis }) {
  const report = analysis.report;
  if (!report) return null;
  const sep = lang === 'en' ? ', ' : '、';
  const ms = (n: number) => n.toFixed(1);
  return (
    <details class="summary" open={report.diagnostics.length > 0 || analysis.unlocatedCells.length > 0}>
      <summary>{t(lang, 'summary.title')}</summary>
      <dl>
        <dt>{t(lang, 'summary.agency')}</dt>
        <dd>{report.agency ?? '—'}</dd>
        <dt>{t(lang, 'summary.year')}</dt>
        <dd>{report.year ?? '—'}</dd>
        <dt>{t(lang, 'summary.format')}</dt>
        <dd class="format">{t(lang, `summary.format.${report.formatVersion}`)}</dd>
        <dt>{t(lang, 'summary.tables')}</dt>
        <dd>
          <ul class="tables">
            {TABLE_KEYS.map((key) => {
              const info = report.tableInfo[key];
              return (
                <li data-table={key} class={info.found ? 'found' : 'missing'}>
                  {`${TABLE_LABELS[key][lang]}：`}
                  {info.found ? t(lang, 'summary.tableFound', { indexes: info.tableIndexes.map((i) => i + 1).join(sep) }) : t(lang, 'summary.tableMissing')}
                </li>
              );
            })}
          </ul>
          <span class="muted">{t(lang, 'summary.tableCount', { count: report.source.tableCount })}</span>
        </dd>
        {report.source.container && (
          <>
            <dt>{t(lang, 'summary.container')}</dt>
            <dd>
              <code>{report.source.container}</code>
            </dd>
          </>
        )}
        <dt>{t(lang, 'summary.previous')}</dt>
        <dd>{analysis.previousYear !== null ? t(lang, 'summary.previousFound', { year: analysis.previousYear }) : t(lang, 'summary.previousMissing')}</dd>
      </dl>
      <h4>{t(lang, 'summary.diagnostics')}</h4>
      {report.diagnostics.length === 0 && analysis.unlocatedCells.length === 0 ? (
        <p class="muted">{t(lang, 'summary.noDiagnostics')}</p>
      ) : (
        <ul class="diagnostics">
          {report.diagnostics.map((d) => (
            <li class={`diag diag-${d.level}`} title={d.detail}>
              <code>{d.code}</code> {d.detail}
            </li>
          ))}
          {analysis.unlocatedCells.map((cell) => (
            <li class="diag diag-warning">{t(lang, 'diag.anchor-not-found', { cell })}</li>
          ))}
        </ul>
      )}
      <p class="muted timing">{t(lang, 'summary.timing', { parseMs: ms(analysis.timings.parseMs), rulesMs: ms(analysis.timings.rulesMs), drawMs: ms(analysis.timings.drawMs), layoutMs: ms(analysis.timings.layoutMs) })}</p>
    </details>
  );
}
