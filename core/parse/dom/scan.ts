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

/**
 * The matchers indexed by name, per kind (one Map lookup per tag / id / class instead of a loop over every matcher
 * for every element). Profile maps keep the highest score per name; title maps keep the matcher indexes per name.
 */
interface Index<T> {
  tag: Map<string, T>;
  id: Map<string, T>;
  class: Map<string, T>;
}

function profileIndex(): Index<number> {
  const index: Index<number> = { tag: new Map(), id: new Map(), class: new Map() };
  for (const m of PROFILE_MATCHERS) {
    const map = index[m.kind];
    if (m.score > (map.get(m.name) ?? 0)) map.set(m.name, m.score);
  }
  return index;
}

function titleIndex(): Index<number[]> {
  const index: Index<number[]> = { tag: new Map(), id: new Map(), class: new Map() };
  TITLE_MATCHERS.forEach((m, t) => {
    const map = index[m.kind];
    const list = map.get(m.name) ?? [];
    list.push(t);
    map.set(m.name, list);
  });
  return index;
}

const PROFILES = profileIndex();
const TITLES = titleIndex();

export function scanDocument(doc: Document): DocumentScan {
  const scan: DocumentScan = { tables: [], candidates: [], titleElements: [], metas: [], canonicalUrl: null, cellCount: 0 };
  const titles: (Element | undefined)[] = new Array(TITLE_MATCHERS.length);
  let titlesLeft = TITLE_MATCHERS.length;
  const takeTitles = (list: number[] | undefined, el: Element) => {
    if (!list) return;
    for (const t of list) {
      if (!titles[t]) {
        titles[t] = el;
        titlesLeft--;
      }
    }
  };
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
    let base = PROFILES.tag.get(tag) ?? 0;
    if (id !== null) base = Math.max(base, PROFILES.id.get(id) ?? 0);
    const classes = cls ? cls.split(/\s+/) : null;
    if (classes) for (const c of classes) base = Math.max(base, PROFILES.class.get(c) ?? 0);
    if (base) scan.candidates.push({ el, base });
    if (titlesLeft > 0) {
      takeTitles(TITLES.tag.get(tag), el);
      if (id !== null) takeTitles(TITLES.id.get(id), el);
      if (classes) for (const c of classes) takeTitles(TITLES.class.get(c), el);
    }
  }
  scan.titleElements = titles.filter((e): e is Element => !!e);
  return scan;
}
