import { useMemo, useState } from 'preact/hooks';
import { cellLabel } from '../../core/index.ts';
import { addressKey, alignReports, alignmentSummary } from '../../core/compare/index.ts';
import { getDb } from '../db/instance.ts';
import { getBodies, sortReports } from '../db/queries/index.ts';
import { navigate } from '../router.ts';
import { useLibraryRows, useLoad } from '../state/library.ts';
import { useT } from '../state/prefs.ts';
import { CompareTabs } from './compare-nav.tsx';

export function ComparePairView({ a, b }: { a: string | null; b: string | null }) {
  const { t, lang } = useT();
  const rows = useLibraryRows();
  const sorted = useMemo(() => sortReports([...(rows ?? [])], 'agency'), [rows]);
  const [onlyDiff, setOnlyDiff] = useState(true);
  const bodies = useLoad(async () => (a && b ? getBodies(getDb(), [a, b]) : []), [a, b]);
  const left = bodies?.find((x) => x.id === a)?.report;
  const right = bodies?.find((x) => x.id === b)?.report;
  const aligned = useMemo(() => (left && right ? alignReports(left, right) : []), [left, right]);
  const summary = alignmentSummary(aligned);
  const shown = onlyDiff ? aligned.filter((c) => c.status !== 'same') : aligned;
  const picker = (value: string | null, onPick: (id: string) => void, label: string, testId: string) => (
    <label class="field grow">
      <span>{label}</span>
      <select data-testid={testId} value={value ?? ''} onChange={(e) => onPick((e.target as HTMLSelectElement).value)}>
        <option value="">—</option>
        {sorted.map((r) => (
          <option key={r.id} value={r.id}>
            {r.agency} {r.year || ''} · {r.title}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div class="compare" data-testid="compare-pair">
      <CompareTabs active="compare-pair" />
      <div class="card filters">
        {picker(a, (id) => navigate({ name: 'compare-pair', a: id, b }), t('compare.pair.left'), 'pair-left')}
        {picker(b, (id) => navigate({ name: 'compare-pair', a, b: id }), t('compare.pair.right'), 'pair-right')}
      </div>
      {!left || !right ? (
        <p class="card muted">{t('compare.pair.pick')}</p>
      ) : (
        <section class="card">
          <p data-testid="pair-summary">
            {t('compare.pair.summary', { same: summary.same, changed: summary.changed + summary.unreadable, onlyLeft: summary['only-left'], onlyRight: summary['only-right'] })}{' '}
            <label class="check">
              <input type="checkbox" checked={onlyDiff} onChange={(e) => setOnlyDiff((e.target as HTMLInputElement).checked)} />
              {t('compare.pair.onlyDiff')}
            </label>
          </p>
          <div class="table-scroll">
            <table class="data" data-testid="pair-table">
              <thead>
                <tr>
                  <th>{t('compare.pair.cell')}</th>
                  <th>{left.title}</th>
                  <th>{right.title}</th>
                  <th>{t('compare.pair.delta')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((c) => (
                  <tr key={addressKey(c)} class={`align-${c.status}`} data-status={c.status}>
                    <th scope="row">{cellLabel(c, lang)}</th>
                    <td class="num">{c.left ? c.left.raw || String(c.left.value ?? '') : '—'}</td>
                    <td class={`num ${c.status !== 'same' ? 'diff' : ''}`}>{c.right ? c.right.raw || String(c.right.value ?? '') : '—'}</td>
                    <td class="num">{c.delta === null ? '' : c.delta > 0 ? `+${c.delta}` : c.delta}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </div>
  );
}
