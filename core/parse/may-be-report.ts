import { looksLikeReportTitle } from './metadata.ts';
import { documentParts } from './dom/parts.ts';
import { headSaysReport, SECTION_RE } from './detect.ts';

/**
 * A cheap NECESSARY condition of `isProbablyReport(doc)`, for callers that run the gate on every page (the
 * extension's MAIN-world gate): when this says no, `isProbablyReport` says no too, and the page costs only native
 * calls (one `textContent` of <body>, one `querySelectorAll('h1, h2')`) instead of a scripted walk over up to 4,000
 * nodes, which is the expensive part on a page's first (cold) visit. When it says yes, call `isProbablyReport`.
 *
 * Why it is necessary: `isProbablyReport` says yes on (1) the <title>, (2) a title <meta>, both by the same
 * `headSaysReport`; (3) the first <h1>/<h2> of its bounded scan: one of all the <h1>/<h2> tested here, and its text is also
 * a contiguous part of body.textContent; (4) the bounded scan's text, matching the title pattern AND a section
 * heading: that text is the body's text with <script>/<style>/<noscript> contents (and nodes nested deeper than 60)
 * left out, so both patterns also match body.textContent unless a match only forms across such a left-out element
 * (a title phrase or section heading split by a <script>, or by text nested deeper than 60). That is the documented limit: there the
 * page is not checked on its own (a click on the action still checks it).
 *
 * Unlike isProbablyReport it does not catch: a DOM that throws (a page that replaced built-ins) reaches the caller,
 * which can then tell "no" from "could not tell" (the extension re-runs its gate in an isolated world then).
 */
export function mayBeReport(doc: Document): boolean {
  const { head, body, title } = documentParts(doc);
  if (headSaysReport(head, title)) return true;
  if (!body) return false;
  const text = body.textContent ?? '';
  if (!looksLikeReportTitle(text)) return false;
  if (SECTION_RE.test(text)) return true;
  for (const h of Array.from(body.querySelectorAll('h1, h2'))) if (looksLikeReportTitle((h.textContent ?? '').slice(0, 200))) return true;
  return false;
}
