import { useRegisterSW } from 'virtual:pwa-register/preact';
import { useT } from '../state/prefs.ts';

/** 「有新版本 — 重新加载」: the new service worker waits until the user accepts. */
export function UpdatePrompt() {
  const { t } = useT();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({ immediate: true });
  if (!needRefresh && !offlineReady) return null;
  return (
    <div class="notice notice-info update-prompt no-print" role="status" data-testid="update-prompt">
      <span>{needRefresh ? t('update.available') : t('update.offlineReady')}</span>
      {needRefresh && (
        <button type="button" onClick={() => void updateServiceWorker(true)}>
          {t('update.reload')}
        </button>
      )}
      <button
        type="button"
        class="link"
        onClick={() => {
          setNeedRefresh(false);
          setOfflineReady(false);
        }}
      >
        {needRefresh ? t('update.later') : t('common.close')}
      </button>
    </div>
  );
}
