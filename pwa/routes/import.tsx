import { useEffect, useRef, useState } from 'preact/hooks';
import { getDb, libraryChanged } from '../db/instance.ts';
import type { CommitResult } from '../db/queries/index.ts';
import { ackCaptures, requestCaptures } from '../bridge/extension.ts';
import { browserImportEnv } from '../engine/browser-env.ts';
import { currentParserVersion } from '../engine/versions.ts';
import { createImportClient, type ImportClient } from '../import/import-client.ts';
import type { ReadProgress } from '../import/run-import.ts';
import type { SessionPreview } from '../import/session.ts';
import { StorageFullError } from '../db/errors.ts';
import { SeverityCounts } from '../components/severity.tsx';
import { href } from '../router.ts';
import { useT } from '../state/prefs.ts';
import { askPersistOnce } from '../state/storage.ts';
import type { MessageId } from '../i18n/index.ts';

type Phase =
  | { kind: 'idle' }
  | { kind: 'reading'; progress: ReadProgress }
  | { kind: 'preview'; preview: SessionPreview; fromExtension: boolean }
  | { kind: 'committing' }
  | { kind: 'done'; result: CommitResult; acked: number | null; persistDenied: boolean }
  | { kind: 'failed'; detail: string; storageFull: boolean };

type ExtensionState = { id: MessageId; data?: Record<string, unknown>; error?: boolean } | null;

export function ImportView({ fromExtension }: { fromExtension: boolean }) {
  const { t, lang } = useT();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [replace, setReplace] = useState(true);
  const [dragging, setDragging] = useState(false);
  const [ext, setExt] = useState<ExtensionState>(null);
  const input = useRef<HTMLInputElement>(null);
  // One import session at a time (in a worker): the reports stay there from reading to commit.
  const client = useRef<ImportClient | null>(null);
  const newClient = () => {
    client.current?.close();
    return (client.current = createImportClient(getDb));
  };
  const closeClient = () => {
    client.current?.close();
    client.current = null;
  };
  useEffect(() => closeClient, []);

  const startFiles = async (files: File[]) => {
    if (!files.length) return;
    const env = browserImportEnv(lang);
    setPhase({ kind: 'reading', progress: { done: 0, total: files.length, name: files[0].name } });
    try {
      const preview = await newClient().readFiles(files, env, (progress) => setPhase({ kind: 'reading', progress }));
      setPhase({ kind: 'preview', preview, fromExtension: false });
    } catch (error) {
      closeClient();
      setPhase({ kind: 'failed', detail: (error as Error).message, storageFull: false });
    }
  };

  const fetchFromExtension = async () => {
    setExt({ id: 'extension.fetching' });
    const result = await requestCaptures();
    if (!result.ok) {
      setExt(
        result.error === 'unavailable'
          ? { id: 'extension.unavailable', error: true }
          : { id: result.error === 'invalid' ? 'extension.invalid' : 'extension.failed', data: { detail: result.detail }, error: true },
      );
      return;
    }
    if (!result.captures.length) return setExt({ id: 'extension.none' });
    setExt({ id: 'extension.received', data: { n: result.captures.length } });
    setPhase({ kind: 'preview', preview: await newClient().setCaptures('extension', result.captures), fromExtension: true });
  };

  useEffect(() => {
    if (fromExtension) void fetchFromExtension();
  }, [fromExtension]);

  const commit = async (preview: SessionPreview, viaExtension: boolean) => {
    setPhase({ kind: 'committing' });
    try {
      if (!client.current) throw new Error('no import in progress');
      const result = await client.current.commit(replace, currentParserVersion());
      closeClient();
      libraryChanged();
      const persisted = await askPersistOnce();
      let acked: number | null = null;
      if (viaExtension) {
        const ids = preview.items.filter((p) => p.status !== 'duplicate').map((p) => p.captureId);
        acked = (await ackCaptures(ids)) ? ids.length : null;
      }
      setPhase({ kind: 'done', result, acked, persistDenied: persisted === false });
    } catch (error) {
      setPhase({ kind: 'failed', detail: (error as Error).message, storageFull: error instanceof StorageFullError });
    }
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void startFiles([...(e.dataTransfer?.files ?? [])]);
  };

  return (
    <div class="import-view" onDragOver={(e) => (e.preventDefault(), setDragging(true))} onDragLeave={() => setDragging(false)} onDrop={onDrop}>
      <section class={`card dropzone ${dragging ? 'dragging' : ''}`} data-testid="dropzone">
        <h2>{t('import.title')}</h2>
        <p>
          {t('import.drop')}{' '}
          <button type="button" onClick={() => input.current?.click()}>
            {t('import.pick')}
          </button>
        </p>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          accept=".json,.jsonl,.ndjson,.html,.htm,.shtml,.txt"
          data-testid="file-input"
          onChange={(e) => {
            const el = e.target as HTMLInputElement;
            void startFiles([...(el.files ?? [])]);
            el.value = '';
          }}
        />
        <p class="muted small">{t('import.hint')}</p>
      </section>

      <section class="card">
        <h2>{t('extension.title')}</h2>
        <button type="button" class="secondary" onClick={() => void fetchFromExtension()} data-testid="fetch-extension">
          {t('extension.fetch')}
        </button>
        {ext && (
          <p class={ext.error ? 'error-text' : 'muted'} data-testid="extension-status">
            {t(ext.id, ext.data)}
          </p>
        )}
      </section>

      {phase.kind === 'reading' && (
        <section class="card" data-testid="import-progress">
          <progress max={phase.progress.total} value={phase.progress.done} />
          <p>{t('import.reading', phase.progress)}</p>
        </section>
      )}
      {phase.kind === 'committing' && <p class="card">{t('common.loading')}</p>}
      {phase.kind === 'preview' && (
        <Preview
          phase={phase}
          replace={replace}
          setReplace={setReplace}
          onCommit={(preview) => void commit(preview, phase.fromExtension)}
          onDropRejected={async () => {
            if (client.current) setPhase({ ...phase, preview: await client.current.dropRejected() });
          }}
          onClear={() => {
            closeClient();
            setPhase({ kind: 'idle' });
          }}
        />
      )}
      {phase.kind === 'done' && (
        <section class="card success" role="status" data-testid="import-done">
          <p>{t('import.done', phase.result)}</p>
          {phase.acked !== null && <p>{t('extension.acked', { n: phase.acked })}</p>}
          {phase.persistDenied && <p class="muted">{t('import.persistDenied')}</p>}
          <a class="button" href={href({ name: 'library' })}>
            {t('nav.library')}
          </a>
        </section>
      )}
      {phase.kind === 'failed' && (
        <section class="card error" role="alert" data-testid="import-failed">
          <p>{phase.storageFull ? t('error.storageFull') : t('import.failed', { detail: phase.detail })}</p>
        </section>
      )}
    </div>
  );
}

function Preview({
  phase,
  replace,
  setReplace,
  onCommit,
  onDropRejected,
  onClear,
}: {
  phase: Extract<Phase, { kind: 'preview' }>;
  replace: boolean;
  setReplace: (v: boolean) => void;
  onCommit: (preview: SessionPreview) => void;
  onDropRejected: () => void;
  onClear: () => void;
}) {
  const { t } = useT();
  const rejected = phase.preview.files.filter((f) => !f.ok);
  const counts = { new: 0, present: 0, conflict: 0, duplicate: 0 };
  for (const p of phase.preview.items) counts[p.status]++;
  const toWrite = counts.new + (replace ? counts.conflict : 0);
  return (
    <section class="card" data-testid="import-preview">
      <h2>{t('import.preview')}</h2>
      {rejected.length > 0 && (
        <div class="error" role="alert" data-testid="import-rejected">
          <p>{t('import.rejected')}</p>
          <ul>
            {rejected.map((f) =>
              f.ok ? null : (
                <li key={f.name}>
                  <strong>{f.name}</strong>: {t(f.error.id, f.error.data)}
                </li>
              ),
            )}
          </ul>
          <p>{t('import.rejectedBlock')}</p>
          {phase.preview.candidates > 0 && (
            <button type="button" class="secondary" onClick={onDropRejected}>
              {t('import.dropRejected')}
            </button>
          )}
        </div>
      )}
      <p data-testid="import-summary">{t('import.summary', counts)}</p>
      {counts.conflict > 0 && (
        <label class="check">
          <input type="checkbox" checked={replace} onChange={(e) => setReplace((e.target as HTMLInputElement).checked)} />
          {t('import.replaceConflicts')}
        </label>
      )}
      {phase.preview.items.length > 0 && (
        <div class="table-scroll preview-table">
          <table class="data">
            <thead>
              <tr>
                <th>{t('import.col.file')}</th>
                <th>{t('import.col.report')}</th>
                <th>{t('import.col.status')}</th>
                <th>{t('import.col.findings')}</th>
              </tr>
            </thead>
            <tbody>
              {phase.preview.items.slice(0, 500).map((p, i) => (
                <tr key={i} class={`status-${p.status}`} data-status={p.status}>
                  <td>{p.source}</td>
                  <td>
                    {p.title}
                    <div class="muted small">
                      {p.agency ?? ''} {p.year ?? ''}
                    </div>
                  </td>
                  <td>{t(`import.status.${p.status}`)}</td>
                  <td>
                    <SeverityCounts counts={p.counts} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div class="row-actions">
        <button type="button" data-testid="commit-import" disabled={rejected.length > 0 || toWrite === 0} onClick={() => onCommit(phase.preview)}>
          {toWrite > 0 ? t('import.commit', { n: toWrite }) : t('import.commitNothing')}
        </button>
        <button type="button" class="secondary" onClick={onClear}>
          {t('import.clear')}
        </button>
      </div>
    </section>
  );
}
