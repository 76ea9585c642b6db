import { useMemo, useState } from 'preact/hooks';
import { cellLabel } from '../../core/index.ts';
import { addressKey, collectAddresses, rankBy, valueAt } from '../../core/compare/index.ts';
import { getDb } from '../db/instance.ts';
import { facetsOf, getBodies, regionYear } from '../db/queries/index.ts';
import { SeverityCounts } from '../components/severity.tsx';
import { href, navigate } from '../router.ts';
import { useLibraryRows, useLoad } from '../state/library.ts';
import { useT } from '../state/prefs.ts';
import { CompareTabs } from './compare-nav.tsx';

export function CompareRegionView({ region, year }: { region: string | null; year: number | null }) {
  const { t, lang } = useT();
  const rows = useLibraryRows();
  const facets = useMemo(() => facetsOf(rows ?? []), [rows]);
  const r = region ?? facets.regions.find((x) => x) ?? facets.regions[0] ?? '';
  const y = year ?? (rows ?? []).filter((x) => (x.region ?? '') === r).reduce((m, x) => Math.max(m, x.year), 0);
  const data = useLoad(async () => {
    const ry = await regionYear(getDb(), r, y);
    const bodies = await getBodies(getDb(), ry.reports.map((x) => x.id));
    return { ...ry, bodies: new Map(bodies.map((b) => [b.id, b.report])) };
  }, [r, y]);
  const [indicator, setIndicator] = useState('applications.received.total');
  const addresses = useMemo(() => collectAddresses(data ? [...data.bodies.values()] : []), [data]);
  const address = addresses.find((a) => addressKey(a) === indicator) ?? addresses[0];
  const byErrors = rankBy(data?.reports ?? [], (x) => x.counts.error * 1e6 + x.counts.warning * 1e3 + x.counts.info);
  const byIndicator = address ? rankBy(data?.reports ?? [], (x) => (data?.bodies.get(x.id) ? valueAt(data.bodies.get(x.id)!, address) : null)) : { ranked: [], unscored: [] };
  return (
    <div class="compare" data-testid="compare-region">
      <CompareTabs active="compare-region" />
      <div class="card filters">
        <label class="field">
          <span>{t('library.filter.region')}</span>
          <select data-testid="region-select" value={r} onChange={(e) => navigate({ name: 'compare-region', region: (e.target as HTMLSelectElement).value, year: y })}>
            {facets.regions.map((x) => (
              <option key={x} value={x}>
                {x || t('library.noRegion')}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{t('library.filter.year')}</span>
          <select data-testid="region-year" value={String(y)} onChange={(e) => navigate({ name: 'compare-region', region: r, year: Number((e.target as HTMLSelectElement).value) })}>
            {facets.years.map((x) => (
              <option key={x} value={String(x)}>
                {x || t('common.yearUnknown')}
              </option>
            ))}
          </select>
        </label>
        <a class="button secondary" href={href({ name: 'print-region', region: r, year: y })}>
          {t('compare.region.print')}
        </a>
      </div>
      {data && data.reports.length === 0 && <p class="card muted">{t('compare.region.none')}</p>}
      {data && data.reports.length > 0 && (
        <div class="two-col">
          <section class="card">
            <h2>{t('compare.region.byErrors')}</h2>
            <table class="data" data-testid="rank-errors">
              <thead>
                <tr>
                  <th>{t('compare.region.rank')}</th>
                  <th>{t('compare.region.agency')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {byErrors.ranked.map((x) => (
                  <tr key={x.item.id}>
                    <td class="num">{x.rank}</td>
                    <td>
                      <a href={href({ name: 'report', id: x.item.id })}>{x.item.agency}</a>
                    </td>
                    <td>
                      <SeverityCounts counts={x.item.counts} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section class="card">
            <h2>{t('compare.region.byIndicator')}</h2>
            <select value={address ? addressKey(address) : ''} onChange={(e) => setIndicator((e.target as HTMLSelectElement).value)} aria-label={t('compare.agency.indicator')}>
              {addresses.map((a) => (
                <option key={addressKey(a)} value={addressKey(a)}>
                  {cellLabel(a, lang)}
                </option>
              ))}
            </select>
            <table class="data" data-testid="rank-indicator">
              <thead>
                <tr>
                  <th>{t('compare.region.rank')}</th>
                  <th>{t('compare.region.agency')}</th>
                  <th>{t('compare.region.value')}</th>
                </tr>
              </thead>
              <tbody>
                {byIndicator.ranked.map((x) => (
                  <tr key={x.item.id}>
                    <td class="num">{x.rank}</td>
                    <td>{x.item.agency}</td>
                    <td class="num">{x.score}</td>
                  </tr>
                ))}
                {byIndicator.unscored.map((x) => (
                  <tr key={x.id} class="muted">
                    <td />
                    <td>{x.agency}</td>
                    <td class="num">—</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </div>
      )}
      {data && (
        <section class="card" data-testid="region-missing">
          <h2>{t('compare.region.missing', { n: data.missing.length })}</h2>
          {data.missing.length === 0 ? (
            <p class="muted">{t('compare.region.allCaptured')}</p>
          ) : (
            <ul class="chips">
              {data.missing.map((a) => (
                <li key={a.name}>{a.name}</li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
