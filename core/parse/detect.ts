import { TITLE_META } from './profiles/containers.ts';
import { looksLikeReportTitle } from './metadata.ts';
import { documentParts } from './dom/parts.ts';

const SLICE = 6000;
const MAX_NODES = 4000;
/** A numbered report section heading (「一、总体情况」…); exported for the fast pre-check in ./may-be-report.ts. */
export const SECTION_RE = /[一二三四]\s*[、.．]\s*(总体情况|主动公开政府信息情况|收到和处理政府信息公开申请情况|概述)/;

/**
 * The first `limit` characters of text under `root` and the first <h1>/<h2> met, visiting at most MAX_NODES nodes
 * (never the whole document, never a selector walk).
 */
function boundedScan(root: Node, limit: number): { text: string; heading: string | null } {
  let text = '';
  let heading: string | null = null;
  let visited = 0;
  const visit = (node: Node, depth: number): void => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (text.length >= limit || visited++ >= MAX_NODES) return;
      if (n.nodeType === 3) {
        text += n.nodeValue ?? '';
        continue;
      }
      if (n.nodeType !== 1 || depth > 60) continue;
      const tag = (n as Element).tagName.toUpperCase();
      if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT') continue;
      if (heading === null && (tag === 'H1' || tag === 'H2')) heading = (n.textContent ?? '').slice(0, 200);
      visit(n, depth + 1);
    }
  };
  visit(root, 0);
  return { text, heading };
}

/** The <title> or a title <meta> in <head> names an annual report: the gate's first two tests, shared with ./may-be-report.ts. */
export function headSaysReport(head: Element | null, title: string): boolean {
  if (looksLikeReportTitle(title)) return true;
  for (let el = head?.firstElementChild ?? null; el; el = el.nextElementSibling) {
    if (el.tagName.toUpperCase() !== 'META') continue;
    const name = el.getAttribute('name') ?? el.getAttribute('property') ?? '';
    if (TITLE_META.includes(name) && looksLikeReportTitle(el.getAttribute('content') ?? '')) return true;
  }
  return false;
}

/**
 * Cheap gate before the costly parse (cf. Readability's isProbablyReaderable): <title>, the title metas in <head>, the
 * first heading and a bounded slice of the body text. No table walk, no whole-document selector query.
 */
export function isProbablyReport(doc: Document): boolean {
  try {
    const { head, body, title } = documentParts(doc);
    if (headSaysReport(head, title)) return true;
    if (!body) return false;
    const { text, heading } = boundedScan(body, SLICE);
    if (heading && looksLikeReportTitle(heading)) return true;
    return looksLikeReportTitle(text) && SECTION_RE.test(text);
  } catch {
    return false;
  }
}
