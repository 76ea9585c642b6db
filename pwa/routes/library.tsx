import { useMemo, useState } from 'preact/hooks';
import { parseLibraryFile, type ReviewStatus, type Severity } from '../../core/index.ts';
import { getDb, libraryChanged } from '../db/instance.ts';
import { deleteReports, facetsOf, filterReports, sortReports, totalsOf, type LibraryFilter, type SortKey } from '../db/queries/index.ts';
import type { ReportRow } from '../db/records.ts';
import { currentParserVersion } from '../engine/versions.ts';
import { ruleName } from '../engine/finding-text.ts';
import { downloadFindingsCsv, downloadFindingsXlsx, downloadLibraryFile } from '../export/actions.ts';
import { batchFromCaptures, commitBatch, previewBatch } from '../import/run-import.ts';
import { href } from '../router.ts';
import { notify, notifyError } from '../components/notice.tsx';
import { SeverityCounts } from '../components/severity.tsx';
import { VirtualList } from '../components/virtual-list.tsx';
import { useLibraryRows } from '../state/library.ts';
import { useT } from '../state/prefs.ts';
import { createStore, useStore } from '../state/store.ts';
import { askPersistOnce } from '../state/storage.ts';

const filterStore = createStore<LibraryFilter>({});
const sortStore = createStore<SortKey>('year-desc');
const ROW_HEIGHT = 64;

async function loadSamples(): Promise<number> {
  const res = await fetch('./samples/library.json');
  const parsed = parseLibraryFile(await res.text());
  if (!parsed.ok) throw new Error(parsed.error);
  const db = getDb();
  const batch = batchFromCaptures('samples/library.json', parsed.file.captures, parsed.file.agencies);
  const result = await commitBatch(db, batch, await previewBatch(db, batch), true, currentParserVersion());
  void askPersistOnce();
  return result.added + result.replaced;
}

function EmptyLibrary() {
  const { t } = useT();
  const [busy, setBusy] = useState(false);
  return (
    <div class="empty card" data-testid="empty-library">
      <h2>{t('library.empty.title')}</h2>
      <p>{t('library.empty.text')}</p>
      <div class="row-actions">
        <button
          type="button"
          disabled={busy}
          data-testid="load-samples"
          onClick={async () => {
            setBusy(true);
            try {
              const n = await loadSamples();
              notify({ kind: 'info', id: 'library.samplesLoaded', data: { n } });
              libraryChanged();
            } catch (error) {
              notifyError(error);
            } finally {
              setBusy(false);
            }
          }}
        >
          {busy ? t('common.loading') : t('library.empty.loadSamples')}
        </button>
        <a class="button secondary" href={href({ name: 'import', fromExtension: false })}>
          {t('library.empty.import')}
        </a>
      </div>
    </div>
  );
}

function Select<T extends string | number>({
  label,
  value,
  options,
  onChange,
  testId,
}: {
  label: string;
  value: T | undefined;
  options: { value: T; label: string }[];
  onChange: (v: T | undefined) => void;
  testId: string;
}) {
  const { t } = useT();
  return (
    <label class="field">
      <span>{label}</span>
      <select
        data-testid={testId}
        value={value === undefined ? '' : String(value)}
        onChange={(e) => {
          const raw = (e.target as HTMLSelectElement).value;
          const found = options.find((o) => String(o.value) === raw);
          onChange(raw === '' || !found ? undefined : found.value);
        }}
      >
        <option value="">{t('common.all')}</option>
        {options.map((o) => (
          <option key={String(o.value)} value={String(o.value)}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

function ReportLine({ row, selected, onToggle }: { row: ReportRow; selected: boolean; onToggle: () => void }) {
  const { t } = useT();
  return (
    <div class={`lib-row ${selected ? 'selected' : ''}`} style={{ height: `${ROW_HEIGHT}px` }} role="listitem" data-testid="report-row" data-id={row.id}>
      <input type="checkbox" checked={selected} onChange={onToggle} aria-label={row.title} />
      <a class="lib-main" href={href({ name: 'report', id: row.id })}>
        <span class="lib-title">{row.title || row.agency}</span>
        <span class="lib-sub muted">
          {row.agency} · {row.region || t('library.noRegion')} · {row.year ? t('common.year', { year: row.year }) : t('common.yearUnknown')} · {row.formatVersion}
        </span>
      </a>
      <span class="lib-counts">
        <SeverityCounts counts={row.counts} />
        <span class="muted small">{t('library.row.review', row.review)}</span>
      </span>
    </div>
  );
}

export function LibraryView() {
  const { t, lang } = useT();
  const rows = useLibraryRows();
  const filter = useStore(filterStore);
  const sort = useStore(sortStore);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const facets = useMemo(() => facetsOf(rows ?? []), [rows]);
  // Sorted once per load or sort change; a filter change is then one pass that keeps the order.
  const sorted = useMemo(() => sortReports([...(rows ?? [])], sort), [rows, sort]);
  const shown = useMemo(() => filterReports(sorted, filter), [sorted, filter]);
  const totals = useMemo(() => totalsOf(shown), [shown]);
  if (!rows) return <p class="muted">{t('common.loading')}</p>;
  if (rows.length === 0) return <EmptyLibrary />;
  const set = (patch: Partial<LibraryFilter>) => filterStore.set({ ...filter, ...patch });
  const selection = selected.size ? [...selected] : undefined;
  const scope = selected.size ? t('library.export.scopeSelected') : t('library.export.scopeAll');
  const run = (action: () => Promise<void>) => () => action().catch(notifyError);
  const listHeight = Math.max(320, (typeof window === 'undefined' ? 800 : window.innerHeight) - 330);

  return (
    <div class="library">
      <div class="filters card" role="search">
        <label class="field grow">
          <span>{t('library.filter.search')}</span>
          <input type="search" value={filter.search ?? ''} data-testid="search" onInput={(e) => set({ search: (e.target as HTMLInputElement).value || undefined })} />
        </label>
        <Select testId="filter-region" label={t('library.filter.region')} value={filter.region} onChange={(v) => set({ region: v })} options={facets.regions.map((r) => ({ value: r, label: r || t('library.noRegion') }))} />
        <Select testId="filter-agency" label={t('library.filter.agency')} value={filter.agency} onChange={(v) => set({ agency: v })} options={facets.agencies.map((a) => ({ value: a, label: a || t('common.unknown') }))} />
        <Select testId="filter-level" label={t('library.filter.level')} value={filter.level} onChange={(v) => set({ level: v })} options={facets.levels.map((l) => ({ value: l, label: t(`level.${l as 'unknown'}`) }))} />
        <Select testId="filter-year" label={t('library.filter.year')} value={filter.year} onChange={(v) => set({ year: v })} options={facets.years.map((y) => ({ value: y, label: y ? String(y) : t('common.yearUnknown') }))} />
        <Select<Severity> testId="filter-severity" label={t('library.filter.severity')} value={filter.severity} onChange={(v) => set({ severity: v })} options={(['error', 'warning', 'info'] as const).map((s) => ({ value: s, label: t(`severity.${s}`) }))} />
        <Select testId="filter-rule" label={t('library.filter.rule')} value={filter.ruleId} onChange={(v) => set({ ruleId: v })} options={facets.ruleIds.map((id) => ({ value: id, label: `${ruleName(id, lang)} (${id})` }))} />
        <Select<ReviewStatus> testId="filter-review" label={t('library.filter.review')} value={filter.review} onChange={(v) => set({ review: v })} options={(['open', 'confirmed', 'dismissed'] as const).map((s) => ({ value: s, label: t(`review.${s}`) }))} />
        <label class="field">
          <span>{t('library.sort')}</span>
          <select data-testid="sort" value={sort} onChange={(e) => sortStore.set((e.target as HTMLSelectElement).value as SortKey)}>
            {(['year-desc', 'year-asc', 'agency', 'errors', 'findings', 'imported'] as const).map((k) => (
              <option key={k} value={k}>
                {t(`library.sort.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" class="secondary" onClick={() => filterStore.set({})}>
          {t('library.filter.clear')}
        </button>
      </div>
      <div class="toolbar">
        <span data-testid="library-counts">{t('library.counts', { shown: shown.length, total: rows.length, ...totals })}</span>
        {selected.size > 0 && <span class="muted">{t('library.selected', { n: selected.size })}</span>}
        <span class="spacer" />
        <button type="button" class="secondary" onClick={() => setSelected(new Set(shown.map((r) => r.id)))}>
          {t('library.selectAll')}
        </button>
        {selected.size > 0 && (
          <button type="button" class="secondary" onClick={() => setSelected(new Set())}>
            {t('library.selectNone')}
          </button>
        )}
        <button type="button" data-testid="export-library" onClick={run(() => downloadLibraryFile(selection))}>
          {t('library.export.library')}
          {scope}
        </button>
        <button type="button" data-testid="export-csv" onClick={run(() => downloadFindingsCsv(lang, selection))}>
          {t('library.export.csv')}
          {scope}
        </button>
        <button type="button" data-testid="export-xlsx" onClick={run(() => downloadFindingsXlsx(lang, selection))}>
          {t('library.export.xlsx')}
          {scope}
        </button>
        {selected.size > 0 && (
          <button
            type="button"
            class="danger"
            onClick={run(async () => {
              if (!confirm(t('library.deleteConfirm', { n: selected.size }))) return;
              await deleteReports(getDb(), [...selected]);
              setSelected(new Set());
              libraryChanged();
            })}
          >
            {t('library.delete')}
          </button>
        )}
      </div>
      {shown.length === 0 ? (
        <p class="muted card">{t('library.noMatch')}</p>
      ) : (
        <VirtualList
          testId="report-list"
          items={shown}
          rowHeight={ROW_HEIGHT}
          height={listHeight}
          render={(row) => (
            <ReportLine
              key={row.id}
              row={row}
              selected={selected.has(row.id)}
              onToggle={() => {
                const next = new Set(selected);
                if (next.has(row.id)) next.delete(row.id);
                else next.add(row.id);
                setSelected(next);
              }}
            />
          )}
        />
      )}
    </div>
  );
}
