/**
 * The gate's first stage, injected by the background into the page's MAIN world on every permitted page once it has
 * loaded (built as one expression like content/gate-main.ts; nothing is left in the page). Its value is a number:
 * the page's element count when it is certainly no report (content/first-gate.ts: a necessary condition of the full
 * gate), or -1 when it may be one or the check threw; the background then runs the full gate (content/gate-main.js).
 * A number is all it hands back: the cheapest value to pass from the page to the background.
 */
import { mayBeReportFirst } from './first-gate.ts';

let value = -1;
try {
  if (!mayBeReportFirst(document)) value = document.getElementsByTagName('*').length;
} catch {
  value = -1; // the page broke a built-in we call: let the full gate tell
}

export default value;
