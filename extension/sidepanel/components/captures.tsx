import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Capture } from '../../../core/model/capture.ts';
import type { Lang } from '../../../core/model/finding.ts';
import { sendToBackground, type CaptureSummary } from '../../messaging.ts';
import { buildLibraryFile, downloadLibraryFile } from '../../shared/library-export.ts';
import { t } from '../../shared/ui-messages.ts';

const VERSION = chrome.runtime.getManifest().version;

/** The review library as kept by the extension: save this report, list, export as a file, hand over to the PWA. */
export function Captures({ lang, onSave, canSave }: { lang: Lang; canSave: boolean; onSave: () => Promise<string | null> }) {
  const [list, setList] = useState<CaptureSummary[]>([]);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<string | null>(null);

  const reload = useCallback(async () => {
    const reply = await sendToBackground<{ captures: CaptureSummary[] }>({ type: 'captures/list' });
    if (reply.ok) setList(reply.captures);
  }, []);
  useEffect(() => void reload(), [reload]);

  const save = async () => {
    const id = await onSave();
    if (!id) return;
    setSelected((old) => new Set(old).add(id));
    setMessage(t(lang, 'capture.saved'));
    await reload();
  };

  const fetchSelected = async (): Promise<Capture[]> => {
    const reply = await sendToBackground<{ captures: Capture[] }>({ type: 'captures/get', ids: [...selected] });
    return reply.ok ? reply.captures : [];
  };

  const exportFile = async () => {
    const captures = await fetchSelected();
    if (captures.length) downloadLibraryFile(buildLibraryFile(captures, VERSION));
  };

  const openInLibrary = async () => {
    const ids = [...selected];
    const reply = await sendToBackground<{ opened: boolean }>({ type: 'handoff/open', ids });
    if (reply.ok && reply.opened) {
      setMessage(t(lang, 'capture.handedOff'));
      return;
    }
    await exportFile();
    setMessage(t(lang, 'capture.fallbackFile'));
  };

  const remove = async () => {
    await sendToBackground({ type: 'captures/delete', ids: [...selected] });
    setSelected(new Set());
    await reload();
  };

  const toggle = (id: string) =>
    setSelected((old) => {
      const next = new Set(old);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <section class="captures" aria-labelledby="captures-title">
      <h2 id="captures-title">{t(lang, 'capture.title')}</h2>
      <button type="button" class="primary save-capture" disabled={!canSave} onClick={save}>
        {t(lang, 'capture.save')}
      </button>
      {message && (
        <p class="status-line" role="status">
          {message}
        </p>
      )}
      <h3>{t(lang, 'capture.list')}</h3>
      {list.length === 0 ? (
        <p class="muted">{t(lang, 'capture.none')}</p>
      ) : (
        <>
          <label class="select-all">
            <input type="checkbox" checked={selected.size === list.length} onChange={() => setSelected(selected.size === list.length ? new Set() : new Set(list.map((c) => c.id)))} />
            {t(lang, 'capture.selectAll')}
          </label>
          <ul class="capture-list">
            {list.map((c) => (
              <li data-id={c.id}>
                <label>
                  <input type="checkbox" checked={selected.has(c.id)} onChange={() => toggle(c.id)} />
                  <span class="capture-title">{c.title || c.url}</span>
                </label>
                <span class="muted">
                  {`${new Date(c.capturedAt).toLocaleString(lang)} · ${t(lang, 'capture.findings', { count: c.counts.error + c.counts.warning + c.counts.info })}`}
                </span>
              </li>
            ))}
          </ul>
          <div class="actions">
            <button type="button" class="export" disabled={!selected.size} onClick={exportFile}>
              {t(lang, 'capture.export')}
            </button>
            <button type="button" class="open-library" disabled={!selected.size} onClick={openInLibrary}>
              {t(lang, 'capture.openInLibrary')}
            </button>
            <button type="button" class="delete" disabled={!selected.size} onClick={remove}>
              {t(lang, 'capture.delete')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
