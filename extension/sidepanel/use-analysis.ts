import { useCallback, useEffect, useState } from 'preact/hooks';
import { AnalysisSchema, BroadcastSchema, sendToTab, type Analysis } from '../messaging.ts';

export interface AnalysisState {
  analysis: Analysis | null;
  /** The tab's content script could not be reached (no checker on the page yet, or a restricted page). */
  unreachable: boolean;
  selectedKey: string | null;
  setSelectedKey: (key: string | null) => void;
  refresh: () => void;
}

/** Fetches the tab's analysis from its content script and follows its broadcasts (re-scans, marker clicks). */
export function useAnalysis(tabId: number | null): AnalysisState {
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [unreachable, setUnreachable] = useState(false);
  const [selectedKey, setSelectedKey] = useState<string | null>(null);

  const refresh = useCallback(() => {
    if (tabId === null) return;
    void sendToTab<{ analysis: unknown }>(tabId, { type: 'content/get-analysis' }).then((reply) => {
      if (!reply.ok) {
        setUnreachable(true);
        return;
      }
      const parsed = AnalysisSchema.safeParse(reply.analysis);
      setUnreachable(!parsed.success);
      if (parsed.success) {
        setAnalysis(parsed.data);
        if (parsed.data.selectedKey) setSelectedKey(parsed.data.selectedKey);
      }
    });
  }, [tabId]);

  useEffect(() => {
    setAnalysis(null);
    setUnreachable(false);
    refresh();
    const listener = (raw: unknown, sender: chrome.runtime.MessageSender) => {
      if (sender.tab?.id !== tabId) return;
      const parsed = BroadcastSchema.safeParse(raw);
      if (!parsed.success) return;
      if (parsed.data.type === 'broadcast/selected') setSelectedKey(parsed.data.key);
      else refresh();
    };
    chrome.runtime.onMessage.addListener(listener);
    // The checker may still be settling: poll briefly until it answers (again after each navigation of the tab).
    let timer = 0;
    let stop = 0;
    const poll = () => {
      clearInterval(timer);
      clearTimeout(stop);
      timer = window.setInterval(refresh, 1000);
      stop = window.setTimeout(() => clearInterval(timer), 15_000);
    };
    poll();
    const onUpdated = (id: number, change: { status?: string }) => {
      if (id !== tabId || change.status !== 'loading') return;
      setAnalysis(null);
      setUnreachable(false);
      setSelectedKey(null);
      poll();
    };
    chrome.tabs.onUpdated.addListener(onUpdated);
    return () => {
      chrome.runtime.onMessage.removeListener(listener);
      chrome.tabs.onUpdated.removeListener(onUpdated);
      clearInterval(timer);
      clearTimeout(stop);
    };
  }, [tabId, refresh]);

  return { analysis, unreachable, selectedKey, setSelectedKey, refresh };
}
