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

const SECTION_PHRASES = SECTION_LABELS.filter((s) => s.canonical !== null).map((s) => s.phrases[0]);

/**
 * Tables inside `el`, itself included, counted up to `max`. One bounded look into its own subtree: testing every table
 * of the page with contains() cost O(tables × depth) per candidate, quadratic on 10,000 nested tables (issue 5).
 */
export function tablesWithin(el: Element, max: number): number {
  let n = el.tagName.toUpperCase() === 'TABLE' ? 1 : 0;
  // Indexed reads stop at the max-th table (a live collection in browsers counts no further).
  const below = el.getElementsByTagName('table');
  for (let i = 0; n < max && below[i]; i++) n++;
  return n;
}

/** Marker score of a candidate: report title, section titles, tables; chrome words count against it (§10.1). */
export function markerScore(el: Element): number {
  const text = (el.textContent ?? '').slice(0, 200_000);
  let score = 0;
  if (looksLikeReportTitle(text.slice(0, 3000))) score += CONTAINER_MARKERS.reportTitle;
  for (const p of SECTION_PHRASES) if (text.includes(p)) score += CONTAINER_MARKERS.sectionTitle;
  score += tablesWithin(el, CONTAINER_MARKERS.maxTables) * CONTAINER_MARKERS.table;
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
  let best: ContainerChoice | null = null;
  for (const { el, base } of scan.candidates) {
    const markers = markerScore(el);
    if (markers <= 0) continue;
    const score = base + markers;
    if (!best || score > best.score || (score === best.score && best.el.contains(el))) best = { el, description: describe(el), score };
  }
  if (best) return best;
  return { el: body, description: 'body', score: markerScore(body) };
}
