import { TITLE_META } from './profiles/containers.ts';
import { looksLikeReportTitle } from './metadata.ts';

const SLICE = 6000;
const SECTION_RE = /[一二三四]、\s*(总体情况|主动公开政府信息情况|收到和处理政府信息公开申请情况|概述)/;

/** The first `limit` characters of text under `root`, without materialising the whole textContent. */
function textSlice(root: Node, limit: number): string {
  let out = '';
  const stack: Node[] = [root];
  while (stack.length && out.length < limit) {
    const n = stack.pop() as Node;
    if (n.nodeType === 3) {
      out += n.nodeValue ?? '';
      continue;
    }
    if (n.nodeType !== 1) continue;
    const tag = (n as Element).tagName.toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT') continue;
    for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return out;
}

/**
 * Cheap gate before the costly parse (cf. Readability's isProbablyReaderable): the title, the title meta, the first
 * headings and a bounded slice of the body text. No table walk.
 */
export function isProbablyReport(doc: Document): boolean {
  try {
    if (looksLikeReportTitle(doc.title ?? '')) return true;
    for (const name of TITLE_META) {
      const meta = doc.querySelector(`meta[name="${name}"],meta[property="${name}"]`);
      if (meta && looksLikeReportTitle(meta.getAttribute('content') ?? '')) return true;
    }
    const h = doc.querySelector('h1');
    if (h && looksLikeReportTitle(h.textContent ?? '')) return true;
    const body = doc.body;
    if (!body) return false;
    const slice = textSlice(body, SLICE);
    return looksLikeReportTitle(slice) && SECTION_RE.test(slice);
  } catch {
    return false;
  }
}
