import { CONTAINER_PROFILES, TITLE_SELECTORS } from '../profiles/containers.ts';

/** Everything the parser needs from the whole document, gathered in ONE pass over its elements. */
export interface DocumentScan {
  /** All <table> elements in document order (anchors index into this list). */
  tables: Element[];
  /** Elements matching a container profile, with the profile's base score. */
  candidates: { el: Element; base: number }[];
  /** First element per title selector, in TITLE_SELECTORS priority order. */
  titleElements: Element[];
  metas: Element[];
  canonicalUrl: string | null;
  cellCount: number;
}

type Simple = { kind: 'id' | 'class' | 'tag'; name: string };

function parseSimple(selector: string): Simple {
  if (selector.startsWith('#')) return { kind: 'id', name: selector.slice(1) };
  if (selector.startsWith('.')) return { kind: 'class', name: selector.slice(1) };
  return { kind: 'tag', name: selector.toUpperCase() };
}

const PROFILE_MATCHERS = CONTAINER_PROFILES.map((p) => ({ ...parseSimple(p.selector), score: p.score }));
const TITLE_MATCHERS = TITLE_SELECTORS.map(parseSimple);

function matches(m: Simple, tag: string, id: string | null, classes: readonly string[]): boolean {
  if (m.kind === 'tag') return tag === m.name;
  if (m.kind === 'id') return id === m.name;
  return classes.includes(m.name);
}

export function scanDocument(doc: Document): DocumentScan {
  const scan: DocumentScan = { tables: [], candidates: [], titleElements: [], metas: [], canonicalUrl: null, cellCount: 0 };
  const titles: (Element | undefined)[] = new Array(TITLE_MATCHERS.length);
  const all = doc.querySelectorAll('*');
  for (let i = 0; i < all.length; i++) {
    const el = all[i];
    const tag = el.tagName.toUpperCase();
    if (tag === 'TD' || tag === 'TH') {
      scan.cellCount++;
      continue;
    }
    if (tag === 'TABLE') scan.tables.push(el);
    else if (tag === 'META') scan.metas.push(el);
    else if (tag === 'LINK' && !scan.canonicalUrl && (el.getAttribute('rel') ?? '').toLowerCase() === 'canonical') scan.canonicalUrl = el.getAttribute('href');
    const id = el.getAttribute('id');
    const cls = el.getAttribute('class');
    const classes = cls ? cls.split(/\s+/) : [];
    let base = 0;
    for (const m of PROFILE_MATCHERS) if (m.score > base && matches(m, tag, id, classes)) base = m.score;
    if (base) scan.candidates.push({ el, base });
    for (let t = 0; t < TITLE_MATCHERS.length; t++) if (!titles[t] && matches(TITLE_MATCHERS[t], tag, id, classes)) titles[t] = el;
  }
  scan.titleElements = titles.filter((e): e is Element => !!e);
  return scan;
}
