import { useEffect, useMemo, useState } from 'preact/hooks';
import { cellLabel, type Report } from '../../core/index.ts';
import { addressKey, carryoverContinuity, isYoyOutlier, stockRollforward, yearSeries, type ContinuityCheck, type IndicatorSeries } from '../../core/compare/index.ts';
import { COLUMN_LABELS, ROW_LABELS } from '../../core/index.ts';
import { getDb } from '../db/instance.ts';
import { agencyNames, agencyWithBodies, firstAgencyWithYears } from '../db/queries/index.ts';
import { checkCrossYear } from '../engine/check.ts';
import { findingMessage } from '../engine/finding-text.ts';
import { LineChart } from '../components/line-chart.tsx';
import { SeverityBadge } from '../components/severity.tsx';
import { href, navigate } from '../router.ts';
import { useLoad } from '../state/library.ts';
import { useT } from '../state/prefs.ts';
import { CompareTabs } from './compare-nav.tsx';

interface YearReport {
  id: string;
  year: number;
  report: Report;
}

function ContinuityTable({ checks, labelOf, expectedLabel, actualLabel, testId }: { checks: ContinuityCheck[]; labelOf: (k: string) => string; expectedLabel: string; actualLabel: string; testId: string }) {
  const { t } = useT();
  return (
    <div class="table-scroll">
      <table class="data" data-testid={testId}>
        <thead>
          <tr>
            <th />
            {checks.map((c) => (
              <th key={c.key}>{labelOf(c.key)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{expectedLabel}</th>
            {checks.map((c) => (
              <td key={c.key} class="num">
                {c.expected ?? '—'}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">{actualLabel}</th>
            {checks.map((c) => (
              <td
                key={c.key}
                class={`num ${c.ok === false ? 'flag flag-warning mismatch' : c.ok ? 'ok' : 'na'}`}
                data-testid={c.ok === false ? 'continuity-mismatch' : undefined}
                data-key={c.key}
                title={c.ok === false ? t('compare.carryover.mismatch') : c.ok ? t('compare.carryover.ok') : t('compare.carryover.na')}
              >
                {c.ok === false && <span class="cell-icon">▲</span>}
                {c.actual ?? '—'}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}

function CrossYear({ prev, cur }: { prev: YearReport; cur: YearReport }) {
  const { t, lang } = useT();
  const carry = carryoverContinuity(prev.report, cur.report);
  const stock = stockRollforward(prev.report, cur.report);
  const findings = useMemo(() => checkCrossYear(cur.report, prev.report, lang), [cur.id, prev.id, lang]);
  const y = { prev: prev.year, cur: cur.year };
  return (
    <section class="card cross-year" data-testid={`cross-year-${cur.year}`}>
      <h3>{t('compare.cross.title', y)}</h3>
      <h4>{t('compare.carryover.title', y)}</h4>
      <ContinuityTable
        testId={`carryover-${cur.year}`}
        checks={carry}
        labelOf={(k) => COLUMN_LABELS.applications[k]?.[lang] ?? k}
        expectedLabel={t('compare.carryover.expected', y)}
        actualLabel={t('compare.carryover.actual', y)}
      />
      {stock.some((s) => s.expected !== null) && (
        <>
          <h4>{t('compare.stock.title')}</h4>
          <ContinuityTable
            testId={`stock-${cur.year}`}
            checks={stock}
            labelOf={(k) => ROW_LABELS.active[k]?.[lang] ?? k}
            expectedLabel={t('compare.stock.expected')}
            actualLabel={t('compare.stock.actual', y)}
          />
        </>
      )}
      <h4>{t('compare.rules.title')}</h4>
      {findings.length === 0 ? (
        <p class="muted">{t('compare.rules.none')}</p>
      ) : (
        <ul class="findings compact">
          {findings.map((f, i) => (
            <li key={i} class={`finding finding-${f.severity}`} data-rule={f.ruleId}>
              <SeverityBadge severity={f.severity} /> {findingMessage(f, lang)} <code class="muted">{f.ruleId}</code>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Rows drawn in the first frame; the rest follow a chunk per frame (the view opens without waiting for them). */
const FIRST_ROWS = 24;
const MORE_ROWS = 120;

/** How many of `total` items to draw now: FIRST_ROWS, then MORE_ROWS more after each painted frame. */
function useProgressive(total: number, resetKey: unknown): number {
  const [n, setN] = useState(FIRST_ROWS);
  useEffect(() => setN(FIRST_ROWS), [resetKey]);
  useEffect(() => {
    if (n >= total) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => (timer = window.setTimeout(() => setN((x) => x + MORE_ROWS), 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [n, total]);
  return Math.min(n, total);
}

/** Resolves when the page is idle (at the latest after `timeout` ms). */
const whenIdle = (timeout: number) =>
  new Promise<void>((resolve) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout }) : setTimeout(resolve, 200)));

/**
 * The agency picker. Its (possibly thousands of) names are read from the index when the page is idle after the view
 * is drawn, or at once when the picker is focused, so they never compete with opening the view.
 */
function AgencyPicker({ chosen }: { chosen: string | null }) {
  const { t } = useT();
  const [now, setNow] = useState(false);
  const idle = useLoad(() => whenIdle(1000).then(() => true), []);
  const names = useLoad(async () => (now || idle ? agencyNames(getDb()) : undefined), [now || !!idle]);
  return (
    <label class="field grow">
      <span>{t('compare.pickAgency')}</span>
      <select
        data-testid="compare-agency-select"
        value={chosen ?? ''}
        onFocus={() => setNow(true)}
        onPointerDown={() => setNow(true)}
        onChange={(e) => navigate({ name: 'compare-agency', agency: (e.target as HTMLSelectElement).value })}
      >
        {(names ?? (chosen !== null ? [chosen] : [])).map((a) => (
          <option key={a} value={a}>
            {a || t('common.unknown')}
          </option>
        ))}
      </select>
    </label>
  );
}

function SeriesTable({ data, visible, picked, setPicked }: { data: YearReport[]; visible: IndicatorSeries[]; picked: string; setPicked: (k: string) => void }) {
  const { t, lang } = useT();
  const rows = useProgressive(visible.length, data);
  return (
    <div class="table-scroll series-table">
      <table class="data" data-testid="series-table" data-rows={visible.length}>
        <thead>
          <tr>
            <th>{t('compare.agency.indicator')}</th>
            {data.map((d) => (
              <th key={d.year}>
                <a href={href({ name: 'report', id: d.id })}>{d.year}</a>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {visible.slice(0, rows).map((s) => {
            const k = addressKey(s);
            return (
              <tr key={k} class={k === picked ? 'picked' : ''} onClick={() => setPicked(k)}>
                <th scope="row">{cellLabel(s, lang)}</th>
                {s.points.map((p) => {
                  const outlier = p.change ? isYoyOutlier(p.change) : false;
                  return (
                    <td key={p.year} class={`num ${outlier ? 'flag flag-info' : ''}`} title={outlier ? t('compare.agency.outlier') : undefined}>
                      {p.value ?? '—'}
                      {p.change?.delta != null && p.change.delta !== 0 && (
                        <span class={`yoy ${p.change.delta > 0 ? 'up' : 'down'}`}>
                          {p.change.delta > 0 ? '↑' : '↓'}
                          {Math.abs(p.change.delta)}
                          {p.change.percent !== null && ` (${p.change.percent > 0 ? '+' : ''}${p.change.percent}%)`}
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function CompareAgencyView({ agency }: { agency: string | null }) {
  const { t, lang } = useT();
  // Only the chosen agency's rows and bodies are read (the default agency, when none is given, via the agency index).
  const fallback = useLoad(async () => (agency !== null ? null : firstAgencyWithYears(getDb(), await agencyNames(getDb()))), [agency]);
  const chosen = agency ?? fallback ?? null;
  const nothingToShow = agency === null && fallback === null;
  const data = useLoad(async (): Promise<YearReport[] | undefined> => {
    if (!chosen) return agency !== null || nothingToShow ? [] : undefined;
    const { rows, bodies } = await agencyWithBodies(getDb(), chosen);
    const seen = new Set<number>();
    return rows
      .filter((r) => r.year > 0)
      .sort((a, b) => a.year - b.year || b.updatedAt.localeCompare(a.updatedAt))
      .filter((r) => bodies.has(r.id) && !seen.has(r.year) && seen.add(r.year))
      .map((r) => ({ id: r.id, year: r.year, report: { ...bodies.get(r.id)!.report, year: r.year } }));
  }, [chosen, nothingToShow]);
  const [onlyValues, setOnlyValues] = useState(true);
  const [picked, setPicked] = useState('applications.received.total');
  const series = useMemo(() => yearSeries((data ?? []).map((d) => d.report)), [data]);
  const visible = useMemo(() => (onlyValues ? series.filter((s) => s.points.some((p) => p.value !== null && p.value !== 0)) : series), [series, onlyValues]);
  const chartSeries = series.find((s) => addressKey(s) === picked) ?? visible[0];

  return (
    <div class="compare" data-testid="compare-agency">
      <CompareTabs active="compare-agency" />
      <div class="card filters">
        <AgencyPicker chosen={chosen} />
      </div>
      {data && data.length === 0 && <p class="card muted">{t('compare.agency.none')}</p>}
      {data && data.length > 0 && (
        <>
          <section class="card">
            <h2>{t('compare.agency.series')}</h2>
            {chartSeries && (
              <figure class="chart-box">
                <figcaption>{cellLabel(chartSeries, lang)}</figcaption>
                <LineChart
                  label={cellLabel(chartSeries, lang)}
                  points={chartSeries.points.map((p) => ({ year: p.year, value: p.value, flagged: p.change ? isYoyOutlier(p.change) : false }))}
                />
              </figure>
            )}
            <p class="muted small">
              {t('compare.agency.chartHint')}{' '}
              <label class="check">
                <input type="checkbox" checked={onlyValues} onChange={(e) => setOnlyValues((e.target as HTMLInputElement).checked)} />
                {t('compare.agency.onlyNonEmpty')}
              </label>
            </p>
            <SeriesTable data={data} visible={visible} picked={picked} setPicked={setPicked} />
          </section>
          {data.map((d, i) => {
            if (i === 0) return null;
            const prev = data[i - 1];
            if (prev.year !== d.year - 1)
              return (
                <p key={d.year} class="card muted">
                  {t('compare.cross.gap', { year: d.year, prev: d.year - 1 })}
                </p>
              );
            return <CrossYear key={d.year} prev={prev} cur={d} />;
          })}
        </>
      )}
    </div>
  );
}
