/**
 * The only script declared in the manifest: it runs on every portal page, so it does almost nothing.
 * It calls core's cheap `isProbablyReport` gate and, only when the page looks like an annual report, asks the
 * background to inject the full checker (content/main.ts). A page whose body arrives later by script gets a
 * couple of re-checks once its DOM goes quiet, then the gate stops watching.
 */
import { isProbablyReport } from '../../core/parse/detect.ts';

const RECHECK_QUIET_MS = 700;
const RECHECK_WINDOW_MS = 15_000;
const MAX_RECHECKS = 3;

function passed(): void {
  chrome.runtime.sendMessage({ type: 'content/gate-passed' }).catch(() => undefined);
}

function gate(): void {
  const t0 = performance.now();
  const ok = document.body !== null && isProbablyReport(document);
  const gateMs = performance.now() - t0;
  // Exposed for the benchmark (isolated world only; invisible to the page).
  (globalThis as { __nianbaoGateMs?: number }).__nianbaoGateMs = gateMs;
  if (ok) return passed();
  if (!document.body) return;

  // Not (yet) a report: watch for a late body, cheaply (one timer reset per mutation batch).
  let rechecks = 0;
  let timer = 0;
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = window.setTimeout(() => {
      rechecks++;
      if (isProbablyReport(document)) {
        stop();
        passed();
      } else if (rechecks >= MAX_RECHECKS) stop();
    }, RECHECK_QUIET_MS);
  });
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
    clearTimeout(window_);
  };
  observer.observe(document.body, { childList: true, subtree: true });
  const window_ = window.setTimeout(stop, RECHECK_WINDOW_MS);
}

gate();
