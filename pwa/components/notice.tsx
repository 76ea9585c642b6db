import { createStore, useStore } from '../state/store.ts';
import { StorageFullError } from '../db/errors.ts';
import { useT } from '../state/prefs.ts';
import type { MessageId } from '../i18n/index.ts';

export interface Notice {
  kind: 'error' | 'info';
  id: MessageId;
  data?: Record<string, unknown>;
}

export const noticeStore = createStore<Notice | null>(null);

export function notify(notice: Notice): void {
  noticeStore.set(notice);
}

/** Shows a write failure clearly; a full disk gets its own message (nothing was written). */
export function notifyError(error: unknown): void {
  if (error instanceof StorageFullError) notify({ kind: 'error', id: 'error.storageFull' });
  else notify({ kind: 'error', id: 'error.generic', data: { detail: (error as Error)?.message ?? String(error) } });
}

export function NoticeBar() {
  const notice = useStore(noticeStore);
  const { t } = useT();
  if (!notice) return null;
  return (
    <div class={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="notice">
      <span>{t(notice.id, notice.data)}</span>
      <button type="button" class="link" onClick={() => noticeStore.set(null)}>
        {t('common.close')}
      </button>
    </div>
  );
}
