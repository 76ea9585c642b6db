import { CHROME_TERMS, CONTAINER_MARKERS } from './profiles/containers.ts';
import type { DocumentScan } from './dom/scan.ts';
import { SECTION_LABELS } from './labels/sections.ts';
import { looksLikeReportTitle } from './metadata.ts';

export interface ContainerChoice {
  el: Element;
  description: string;
  score: number;
}

function describe(el: Element): string {
  const tag = el.tagName.toLowerCase();
  const id = el.getAttribute('id');
  if (id) return `${tag}#${id}`;
  const cls = (el.getAttribute('class') ?? '').trim().split(/\s+/)[0];
  return cls ? `${tag}.${cls}` : tag;
}

/**
 * Candidates scored, in document order. Real portal pages have a few dozen profile containers; a page with thousands
 * (a mangled or repeated page template, each nesting the rest) would cost candidates × text read. Beyond this many the
 * rest are not scored, so the work stays proportional to the page (issue 5).
 */
export const MAX_SCORED_CANDIDATES = 200;

const SECTION_PHRASES = SECTION_LABELS.filter((s) => s.canonical !== null).map((s) => s.phrases[0]);

/**
 * For every element holding one of `tables` (itself or below): how many it holds, counted up to `max`. Each table
 * climbs its ancestors and stops at the first one already at `max` (its ancestors hold those tables too, so they are
 * at `max` already): every element is counted at most `max` times, linear in the page even for 10,000 nested tables.
 * (Testing every table with contains() per candidate, or reading each candidate's tables, was quadratic: issue 5.)
 */
export function tableCounts(tables: readonly Element[], max: number): Map<Element, number> {
  const counts = new Map<Element, number>();
  for (const table of tables) {
    for (let n: Node | null = table; n && n.nodeType === 1; n = n.parentNode) {
      const c = counts.get(n as Element) ?? 0;
      if (c >= max) break;
      counts.set(n as Element, c + 1);
    }
  }
  return counts;
}

/** Marker score of a candidate: report title, section titles, tables; chrome words count against it (§10.1). */
export function markerScore(el: Element, tablesInside: number): number {
  const text = (el.textContent ?? '').slice(0, 200_000);
  let score = 0;
  if (looksLikeReportTitle(text.slice(0, 3000))) score += CONTAINER_MARKERS.reportTitle;
  for (const p of SECTION_PHRASES) if (text.includes(p)) score += CONTAINER_MARKERS.sectionTitle;
  score += Math.min(tablesInside, CONTAINER_MARKERS.maxTables) * CONTAINER_MARKERS.table;
  for (const t of CHROME_TERMS) if (text.includes(t)) score += CONTAINER_MARKERS.chromeTerm;
  return score;
}

/**
 * Finds the report body: profile containers (gathered by the document scan) scored by their markers; the best
 * wins, and among nested candidates with the same score the inner one. Fallback: <body>.
 */
export function findContainer(doc: Document, scan: DocumentScan): ContainerChoice | null {
  const body = doc.body ?? doc.documentElement;
  if (!body) return null;
  const tables = tableCounts(scan.tables, CONTAINER_MARKERS.maxTables);
  let best: ContainerChoice | null = null;
  for (const { el, base } of scan.candidates.slice(0, MAX_SCORED_CANDIDATES)) {
    const markers = markerScore(el, tables.get(el) ?? 0);
    if (markers <= 0) continue;
    const score = base + markers;
    if (!best || score > best.score || (score === best.score && best.el.contains(el))) best = { el, description: describe(el), score };
  }
  if (best) return best;
  return { el: body, description: 'body', score: markerScore(body, tables.get(body) ?? 0) };
}
