import { useEffect, useState } from 'preact/hooks';

/** The tab the panel shows: `?tabId=N` when given (tests, links), else the active tab of this window, followed live. */
export function useTabId(): number | null {
  const fixed = Number(new URLSearchParams(location.search).get('tabId'));
  const [tabId, setTabId] = useState<number | null>(Number.isInteger(fixed) && fixed > 0 ? fixed : null);
  useEffect(() => {
    if (Number.isInteger(fixed) && fixed > 0) return;
    const update = () => void chrome.tabs.query({ active: true, currentWindow: true }).then(([tab]) => setTabId(tab?.id ?? null));
    update();
    const onActivated = () => update();
    chrome.tabs.onActivated.addListener(onActivated);
    return () => chrome.tabs.onActivated.removeListener(onActivated);
  }, []);
  return tabId;
}
