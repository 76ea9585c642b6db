/**
 * The first stage of the MAIN-world gate (content/gate-first.ts): a NECESSARY condition of core's `mayBeReport`, which
 * is a necessary condition of `isProbablyReport`. It runs on every permitted page, so it is written for a cold
 * renderer: no regular expression (`indexOf` scans, core/parse/report-signs.ts), no walk over <head> (`document.title`,
 * one native `querySelector` for the title metas), one native `textContent` of <body>, and it reads the headings only
 * when the body text already names a report. Measured (bench/profile-nonreport.ts, INJECTIONS): reading the body's
 * text is most of its cost on a cold renderer (an XPath string value of <body> costs the same: it is the first walk
 * over the text nodes that costs, not the JS string).
 *
 * Why it is necessary (for documents built by the HTML parser): mayBeReport says yes on
 * (1) the <title> (first TITLE child of <head>): the parser puts that element first among the document's <title>s in
 *     tree order, so `document.title` is its text with whitespace collapsed, which keeps any match (a match contains no
 *     line break, and collapsing only shortens gaps of spaces);
 * (2) a <meta> in <head> whose name (or, without a name, property) is one of TITLE_META and whose content names a
 *     report: such a meta matches META_SELECTOR (name OR property, anywhere in the document, content containing the
 *     title keyword, which every title match contains);
 * (3) the body text (textContent of the first BODY/FRAMESET child of the root, which is `document.body`) matching the
 *     title pattern, and either the section pattern or an <h1>/<h2> of <body> whose first 200 characters match the
 *     title pattern: the same text is tested with the same patterns (as string scans); the headings are read from the
 *     whole document, a superset.
 * Script-built DOMs can differ (a <title> placed before <head>'s own, a non-HTML element named body); a page can also
 * replace the built-ins this calls and make it say no. That only spares the page the automatic check (a click on the
 * action still checks it); a page that throws here gets the full gate, which handles that case.
 */
import { hasReportTitle, hasSectionHeading } from '../../core/parse/report-signs.ts';
import { TITLE_META } from '../../core/parse/profiles/containers.ts';

const KEY = '信息公开';
export const META_SELECTOR = TITLE_META.flatMap((name) => [`meta[name="${name}"][content*="${KEY}"]`, `meta[property="${name}"][content*="${KEY}"]`]).join(',');

export function mayBeReportFirst(doc: Document): boolean {
  if (hasReportTitle(doc.title)) return true;
  if (doc.querySelector(META_SELECTOR) !== null) return true;
  const text = doc.body?.textContent ?? '';
  if (!hasReportTitle(text)) return false;
  if (hasSectionHeading(text)) return true;
  const headings = doc.querySelectorAll('h1, h2');
  for (let i = 0; i < headings.length; i++) if (hasReportTitle((headings[i].textContent ?? '').slice(0, 200))) return true;
  return false;
}
