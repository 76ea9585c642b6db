/**
 * The few CSS selectors the lite DOM answers: a comma list of compound selectors made of a tag name or `*`, `#id`,
 * `.class` and `[attr]` / `[attr=value]` / `[attr="value" i]`. Combinators are not supported: such a selector throws
 * (the checker then falls back to linkedom), it never matches wrongly.
 */
import type { LiteElement } from './nodes.ts';

export type Matcher = (el: LiteElement) => boolean;

const cache = new Map<string, Matcher>();
const COMPOUND = /^([a-zA-Z][\w-]*|\*)?((?:#[\w-]+|\.[\w-]+|\[[\w-]+(?:=(?:"[^"]*"|'[^']*'|[\w-]+)(?:\s+i)?)?\])*)$/;
const PART = /#([\w-]+)|\.([\w-]+)|\[([\w-]+)(?:=(?:"([^"]*)"|'([^']*)'|([\w-]+))(\s+i)?)?\]/g;
const ASCII_WS = /[\t\n\f\r ]+/;

function compileCompound(text: string): Matcher {
  const m = COMPOUND.exec(text);
  if (!m || text === '') throw new SyntaxError(`lite-dom: unsupported selector '${text}'`);
  const tag = m[1] && m[1] !== '*' ? m[1].toLowerCase() : null;
  const tests: Matcher[] = [];
  if (tag) tests.push((el) => el.localName === tag);
  for (const p of m[2].matchAll(PART)) {
    if (p[1] !== undefined) {
      const id = p[1];
      tests.push((el) => el.getAttribute('id') === id);
    } else if (p[2] !== undefined) {
      const cls = p[2];
      tests.push((el) => {
        const v = el.getAttribute('class');
        return v !== null && v.split(ASCII_WS).includes(cls);
      });
    } else {
      const name = p[3].toLowerCase();
      const value = p[4] ?? p[5] ?? p[6];
      const fold = p[7] !== undefined;
      if (value === undefined) tests.push((el) => el.hasAttribute(name));
      else if (fold) tests.push((el) => el.getAttribute(name)?.toLowerCase() === value.toLowerCase());
      else tests.push((el) => el.getAttribute(name) === value);
    }
  }
  if (tests.length === 0) return () => true;
  if (tests.length === 1) return tests[0];
  return (el) => tests.every((t) => t(el));
}

const BARE_TAG = /^[a-zA-Z][\w-]*$/;
const BARE_ATTR = /^\[([\w-]+)\]$/;

/**
 * A list of bare tag names and bare `[attr]` tests (the parser's document scan is one): one Set lookup on the local
 * name and one own-property test per attribute name, instead of a closure call per item for every element.
 */
function compileTagsAndAttrs(items: string[]): Matcher | null {
  const tags = new Set<string>();
  const attrs: string[] = [];
  for (const item of items) {
    if (BARE_TAG.test(item)) tags.add(item.toLowerCase());
    else {
      const a = BARE_ATTR.exec(item);
      if (!a) return null;
      attrs.push(a[1].toLowerCase());
    }
  }
  return (el) => {
    if (tags.has(el.localName)) return true;
    const own = el.attributes;
    for (let i = 0; i < attrs.length; i++) if (Object.hasOwn(own, attrs[i])) return true;
    return false;
  };
}

export function compileSelector(selector: string): Matcher {
  let match = cache.get(selector);
  if (!match) {
    const items = selector.split(',').map((s) => s.trim());
    const fast = items.length > 1 ? compileTagsAndAttrs(items) : null;
    if (fast) match = fast;
    else {
      const list = items.map(compileCompound);
      match = list.length === 1 ? list[0] : (el) => list.some((t) => t(el));
    }
    cache.set(selector, match);
  }
  return match;
}
