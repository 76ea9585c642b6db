import { CONTAINER_PROFILES, TITLE_SELECTORS } from '../profiles/containers.ts';

/** Everything the parser needs from the whole document: one native selector query for a superset of its elements, one count of the cells. */
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

/**
 * A superset of the elements the scan keeps: every element with an id or a class attribute, plus the tags it looks
 * for. The exact tests below run on these only, so the DOM does the visiting natively and far fewer elements reach
 * JavaScript (in Chromium each one reached costs a wrapper and its attribute strings). Cells are only counted.
 * Plain selectors (tag names, [attr]) that every DOM core runs on supports, the CLI's lite DOM included.
 */
const SCAN_SELECTOR = [
  ...new Set(['table', 'meta', 'link', ...[...PROFILE_MATCHERS, ...TITLE_MATCHERS].filter((m) => m.kind === 'tag').map((m) => m.name.toLowerCase())]),
  '[id]',
  '[class]',
].join(',');

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
  scan.cellCount = doc.querySelectorAll('td,th').length;
  const all = doc.querySelectorAll(SCAN_SELECTOR);
  for (let i = 0; i < all.length; i++) {
    const el = all[i];
    const tag = el.tagName.toUpperCase();
    if (tag === 'TD' || tag === 'TH') continue;
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
