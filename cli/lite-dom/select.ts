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

export function compileSelector(selector: string): Matcher {
  let match = cache.get(selector);
  if (!match) {
    const list = selector.split(',').map((s) => compileCompound(s.trim()));
    match = list.length === 1 ? list[0] : (el) => list.some((t) => t(el));
    cache.set(selector, match);
  }
  return match;
}
