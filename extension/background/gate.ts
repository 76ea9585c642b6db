/**
 * The gate without a content script. The manifest declares none, so a page that is not a report gets no isolated
 * world and no `chrome.*` bindings from us (Chromium's fixed cost of any declared content script). Instead, when a
 * permitted page (host permissions: the portals, plus sites the user added) has loaded, the background injects
 * content/gate-first.js into its MAIN world: a cheap necessary condition of the gate (content/first-gate.ts) whose
 * value is the page's element count when the page is certainly no report, or -1. Only on -1 does it inject
 * content/gate-main.js: one synchronous call of core's `isProbablyReport`, whose answer comes back as the script's
 * value. Only `report === true` leads to the checker (content/main.ts, ISOLATED world).
 *
 * Late bodies: a page that said no is probed again after RECHECK_DELAYS_MS with a one-line script (its element
 * count); only when that changed is the gate run again. The last probe runs only when an earlier one saw the page
 * change (a page still being built); a page unchanged 5 s after load is not probed again. Same-document URL changes
 * (SPA) are gated after a delay.
 *
 * Trust: the gate runs among the page's scripts, so a hostile page can make it answer anything. Nothing from it is
 * trusted beyond one strictly validated boolean; a lying "yes" only makes us check that page, in the isolated world,
 * as a click on the action would. The page can notice the gate ran (it can watch the built-ins it calls).
 */
import { GATE_FILE, GATE_FIRST_FILE } from './gate-file.ts';
import { parseFirstGateResult, parseGateResult, type GateResult } from './gate-result.ts';
import { injectChecker } from './inject.ts';
import { RECHECK_DELAYS_MS, URL_CHANGE_DELAY_MS } from './gate-schedule.ts';

export { RECHECK_DELAYS_MS, URL_CHANGE_DELAY_MS } from './gate-schedule.ts';

/** What the background knows about the document in a tab (kept in memory; a restarted worker starts afresh). */
interface TabGate {
  documentId: string;
  passed: boolean;
  size: number;
  runs: number;
  probes: number;
  /** A probe saw the element count change (the page is still being built): keep probing to the last delay. */
  changed: boolean;
  last: GateResult;
  timers: ReturnType<typeof setTimeout>[];
}

const gates = new Map<number, TabGate>();
const pending = new Map<number, ReturnType<typeof setTimeout>>();

/** The record the tests and the benchmark read: last gate answer and how often the gate and the probe ran. */
export const gateKey = (tabId: number) => `gate:${tabId}`;

function forget(tabId: number): void {
  clearTimeout(pending.get(tabId));
  pending.delete(tabId);
  for (const timer of gates.get(tabId)?.timers ?? []) clearTimeout(timer);
  gates.delete(tabId);
}

/** http(s) pages on hosts we hold a permission for (declared portals or sites added in the options page). */
export async function isPermittedPage(url: string | undefined): Promise<boolean> {
  if (!url) return false; // without a host permission, the tab's URL is not even visible to us
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  return chrome.permissions.contains({ origins: [`${parsed.origin}/*`] }).catch(() => false);
}

async function runFullGate(target: chrome.scripting.InjectionTarget): Promise<{ result: GateResult; documentId: string } | null> {
  const run = async (world: 'MAIN' | 'ISOLATED') => {
    const [injection] = await chrome.scripting.executeScript({ target, world, files: [GATE_FILE] }).catch(() => []);
    const result = parseGateResult(injection?.result);
    return result && injection ? { result, documentId: injection.documentId } : null;
  };
  const main = await run('MAIN');
  // The page broke a built-in the gate calls: the same file once more, in an isolated world with intact built-ins
  // (the cost of an isolated world, for such pages only).
  if (main?.result.trouble) return run('ISOLATED');
  return main;
}

/** The first stage; the full gate only when it did not rule the page out. */
async function runGate(tabId: number, documentId?: string): Promise<{ result: GateResult; documentId: string } | null> {
  const target = documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [0] };
  const [first] = await chrome.scripting.executeScript({ target, world: 'MAIN', files: [GATE_FIRST_FILE] }).catch(() => []);
  if (!first) return null;
  const size = parseFirstGateResult(first.result);
  // Certainly no report: no in-page timing (the first stage does not time itself; the benchmark traces it).
  if (size !== null) return { result: { report: false, ms: Number.NaN, size, trouble: false, stage: 1 }, documentId: first.documentId };
  return runFullGate({ tabId, documentIds: [first.documentId] });
}

async function record(tabId: number, url: string, state: TabGate, result: GateResult): Promise<void> {
  const ms = Number.isFinite(result.ms) ? result.ms : null;
  await chrome.storage.session.set({ [gateKey(tabId)]: { url, report: result.report, stage: result.stage, ms, size: result.size, runs: state.runs, probes: state.probes } });
}

/** A gate run's answer becomes the tab's latest. */
function noteRun(state: TabGate, result: GateResult): void {
  state.runs++;
  state.size = result.size;
  state.last = result;
}

async function pass(tabId: number, state: TabGate): Promise<void> {
  state.passed = true;
  for (const timer of state.timers) clearTimeout(timer);
  state.timers = [];
  await injectChecker(tabId, 0);
}

function startProbes(tabId: number, state: TabGate): void {
  for (const timer of state.timers) clearTimeout(timer);
  const last = RECHECK_DELAYS_MS.length - 1;
  state.changed = false;
  state.timers = RECHECK_DELAYS_MS.map((delay, i) =>
    setTimeout(() => {
      if (i === last) state.timers = [];
      if (i < last || state.changed) void probe(tabId, state.documentId);
    }, delay),
  );
}

/**
 * Runs the gate in the tab's top document; injects the checker on "yes", probes for a late body on "no" (for a new
 * document, or after a same-document URL change).
 */
export async function gateTab(tabId: number, urlChanged = false): Promise<void> {
  const tab = await chrome.tabs.get(tabId).catch(() => null);
  if (!tab || !(await isPermittedPage(tab.url))) return;
  const run = await runGate(tabId);
  if (!run) return;
  let state = gates.get(tabId);
  if (!state || state.documentId !== run.documentId) {
    forget(tabId);
    state = { documentId: run.documentId, passed: false, size: run.result.size, runs: 0, probes: 0, changed: false, last: run.result, timers: [] };
    gates.set(tabId, state);
  }
  if (!run.result.report && (state.runs === 0 || urlChanged)) startProbes(tabId, state);
  noteRun(state, run.result);
  await record(tabId, tab.url!, state, run.result);
  if (run.result.report && !state.passed) await pass(tabId, state);
}

/** A late body? Compare the element count with the last gate run's; run the gate again only when it changed. */
async function probe(tabId: number, documentId: string): Promise<void> {
  const state = gates.get(tabId);
  if (!state || state.documentId !== documentId || state.passed) return;
  const [injection] = await chrome.scripting
    .executeScript({ target: { tabId, documentIds: [documentId] }, world: 'MAIN', func: () => document.getElementsByTagName('*').length })
    .catch(() => []);
  state.probes++;
  const size = injection?.result;
  const changed = Number.isSafeInteger(size) && size !== state.size;
  if (changed) state.changed = true;
  const run = changed ? await runGate(tabId, documentId) : null;
  if (gates.get(tabId) !== state) return;
  if (run) noteRun(state, run.result);
  const tab = await chrome.tabs.get(tabId).catch(() => null);
  if (tab?.url) await record(tabId, tab.url, state, state.last);
  if (run?.result.report && !state.passed) await pass(tabId, state);
}

function schedule(tabId: number, urlChanged: boolean): void {
  clearTimeout(pending.get(tabId));
  pending.set(tabId, setTimeout(() => {
    pending.delete(tabId);
    void gateTab(tabId, urlChanged).catch(() => undefined);
  }, urlChanged ? URL_CHANGE_DELAY_MS : 0));
}

/** Gate every permitted page when it has loaded, and again after a same-document URL change. */
export function listenGate(): void {
  chrome.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'loading') {
      forget(tabId);
      void chrome.storage.session.remove(gateKey(tabId));
    } else if (change.status === 'complete') schedule(tabId, false);
    else if (change.url && tab.status === 'complete') schedule(tabId, true);
  });
  chrome.tabs.onRemoved.addListener((tabId) => {
    forget(tabId);
    void chrome.storage.session.remove(gateKey(tabId));
  });
}

/** Pages already open when the extension is installed or updated: gate them now rather than at their next load. */
export async function gateOpenTabs(): Promise<void> {
  for (const tab of await chrome.tabs.query({ status: 'complete' })) if (tab.id !== undefined && tab.url) void gateTab(tab.id).catch(() => undefined);
}
