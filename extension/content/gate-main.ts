/**
 * The cheap report gate, injected by the background into the page's MAIN world (chrome.scripting, files) on every
 * permitted page once it has loaded. No content script is declared, so a page that is not a report never gets an
 * isolated world, `chrome.*` bindings or a listener from us: only this one synchronous call.
 *
 * Built as an expression (`extension/build/main-world-gate.ts`): the script's completion value is the object below,
 * which chrome.scripting hands back to the background. Nothing is left behind in the page (no global, no listener,
 * no observer). The page can tamper with the built-ins this runs on and make the answer lie: the background trusts
 * only `report === true`, which at most makes it inject the (isolated) checker into that page, as a click would.
 */
import { isProbablyReport } from '../../core/parse/detect.ts';
import { mayBeReport } from '../../core/parse/may-be-report.ts';

const t0 = performance.now();
let report = false;
let trouble = false;
try {
  // mayBeReport: native calls only, turns most pages away before the scripted node walk of isProbablyReport.
  report = document.body !== null && mayBeReport(document) && isProbablyReport(document);
} catch {
  trouble = true; // the page broke a DOM built-in we call: "could not tell", not "no"
}
const ms = performance.now() - t0;

export default {
  report,
  /** Main-thread time of the gate call (for the benchmark and the perf test). */
  ms,
  /** Element count: the background re-checks a page that said no only if this changed (a body loaded late). */
  size: document.getElementsByTagName('*').length,
  /** The check threw (built-ins replaced by the page): the background asks again from an isolated world. */
  trouble,
};
