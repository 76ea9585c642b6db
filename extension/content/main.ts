/**
 * The full checker, injected by the background once the gate passed (or when the user clicks the action).
 * Guarded against double injection: a second injection re-scans the existing session instead.
 */
import { INJECTED_FLAG } from './dom-labels.ts';
import { Session } from './session.ts';

type Global = typeof globalThis & { [INJECTED_FLAG]?: Session };
const global = globalThis as Global;

// A forced run (action click on a page the gate did not accept) is signalled by the background beforehand.
const forced = (globalThis as { __nianbaoForce?: boolean }).__nianbaoForce === true;
const existing = global[INJECTED_FLAG];
if (existing && !existing.signal.aborted) {
  existing.forced ||= forced;
  void existing.scan();
} else {
  const session = new Session(document, forced);
  global[INJECTED_FLAG] = session;
  addEventListener('pagehide', (e) => { if (!e.persisted) session.stop(); }, { signal: session.signal });
  void session.start();
}
