import { CHROME_TERMS, CONTAINER_MARKERS, CONTAINER_PROFILES } from './profiles/containers.ts';
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

/** Base profile score of an element (0 when no profile matches), by id, class token or tag name. */
function profileScore(el: Element, byId: Map<string, number>, byClass: Map<string, number>, byTag: Map<string, number>): number {
  let best = byTag.get(el.tagName.toLowerCase()) ?? 0;
  const id = el.getAttribute('id');
  if (id) best = Math.max(best, byId.get(id) ?? 0);
  const cls = el.getAttribute('class');
  if (cls) for (const c of cls.split(/\s+/)) if (c) best = Math.max(best, byClass.get(c) ?? 0);
  return best;
}

const SECTION_PHRASES = SECTION_LABELS.filter((s) => s.canonical !== null).map((s) => s.phrases[0]);

/** Marker score of a candidate: report title, section titles, tables; chrome words count against it (§10.1). */
export function markerScore(el: Element): number {
  const text = (el.textContent ?? '').slice(0, 200_000);
  let score = 0;
  if (looksLikeReportTitle(text.slice(0, 3000))) score += CONTAINER_MARKERS.reportTitle;
  for (const p of SECTION_PHRASES) if (text.includes(p)) score += CONTAINER_MARKERS.sectionTitle;
  score += Math.min(el.getElementsByTagName('table').length, CONTAINER_MARKERS.maxTables) * CONTAINER_MARKERS.table;
  for (const t of CHROME_TERMS) if (text.includes(t)) score += CONTAINER_MARKERS.chromeTerm;
  return score;
}

/**
 * Finds the report body: profile containers (one pass over the elements, no per-selector document walk) scored by their
 * markers; the best wins, and among nested candidates with the same markers the inner one. Fallback: <body>.
 */
export function findContainer(doc: Document): ContainerChoice | null {
  const body = doc.body ?? doc.documentElement;
  if (!body) return null;
  const byId = new Map<string, number>();
  const byClass = new Map<string, number>();
  const byTag = new Map<string, number>();
  for (const p of CONTAINER_PROFILES) {
    if (p.selector.startsWith('#')) byId.set(p.selector.slice(1), p.score);
    else if (p.selector.startsWith('.')) byClass.set(p.selector.slice(1), p.score);
    else byTag.set(p.selector.toLowerCase(), p.score);
  }
  let best: ContainerChoice | null = null;
  const all = body.querySelectorAll('*');
  for (let i = 0; i < all.length; i++) {
    const el = all[i];
    const base = profileScore(el, byId, byClass, byTag);
    if (!base) continue;
    const markers = markerScore(el);
    if (markers <= 0) continue;
    const score = base + markers;
    // Later elements in document order are inside or after earlier ones: ties go to the inner container.
    if (!best || score > best.score || (score === best.score && best.el.contains(el))) best = { el, description: describe(el), score };
  }
  if (best) return best;
  return { el: body, description: 'body', score: markerScore(body) };
}
