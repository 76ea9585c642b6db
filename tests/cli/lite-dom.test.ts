import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../core/parse/decode.ts';
import { parseLiteDocument } from '../../cli/lite-dom/index.ts';

/** linkedom builds its tree from the same htmlparser2 events: the lite DOM must answer core's reads exactly as it does. */
const pages = ['tests/fixtures/pages', 'tests/fixtures/variants'].flatMap((dir) =>
  readdirSync(dir)
    .map((slug) => join(dir, slug, 'source.html'))
    .filter((f) => existsSync(f)),
);

const indexIn = (all: Element[], el: Element | null) => (el ? all.indexOf(el) : -1);

describe('lite DOM traversal matches linkedom', () => {
  it.each(pages)('%s', (file) => {
    const html = decodeHtml(new Uint8Array(readFileSync(file)));
    const lite = parseLiteDocument(html);
    const ref = parseHTML(html).document as unknown as Document;
    const liteAll = [...lite.querySelectorAll('*')];
    const refAll = [...ref.querySelectorAll('*')];
    expect(liteAll.map((e) => e.tagName)).toEqual(refAll.map((e) => e.tagName));
    expect(lite.body?.textContent).toBe(ref.body?.textContent);
    const liteTables = [...lite.querySelectorAll('table')];
    expect(liteTables.map((t) => t.textContent)).toEqual([...ref.querySelectorAll('table')].map((t) => t.textContent));
    expect(liteTables.map((t) => indexIn(liteAll, t.querySelector('table')))).toEqual([...ref.querySelectorAll('table')].map((t) => indexIn(refAll, t.querySelector('table'))));
    const ids = refAll.map((e) => e.getAttribute('id')).filter((id): id is string => !!id).slice(0, 20);
    for (const id of ids) expect(indexIn(liteAll, lite.getElementById(id))).toBe(indexIn(refAll, ref.getElementById(id)));
    // Subtree reads: the first <td> and <p> of the body, and their closest <table>.
    for (const tag of ['td', 'p', 'div']) {
      const l = lite.querySelector(tag);
      const r = ref.querySelector(tag);
      expect(indexIn(liteAll, l)).toBe(indexIn(refAll, r));
      expect(l?.textContent).toBe(r?.textContent);
      expect(indexIn(liteAll, l?.closest('table') ?? null)).toBe(indexIn(refAll, r?.closest('table') ?? null));
    }
  });
});

describe('lite DOM shape', () => {
  it('gives every node its document, also nodes moved under a synthesised <html>/<body>', () => {
    const doc = parseLiteDocument('<p>x</p><table><tr><td>1</td></tr></table>');
    for (const el of [doc.documentElement, doc.body, doc.querySelector('p'), doc.querySelector('td')]) expect(el?.ownerDocument).toBe(doc);
    expect(doc.body?.firstChild?.ownerDocument).toBe(doc);
  });
});

describe('lite DOM selector lists', () => {
  it('a list of bare tags and [attr] tests (one compiled test) matches what its items match one by one', () => {
    const doc = parseLiteDocument(
      '<div id="a"><TABLE class="x"><tr><td ID="c">1</td><th data-k>2</th></tr></table><meta name="m"><p>t</p><svg><foreignObject class="f"></foreignObject></svg><Main>m</Main></div>',
    );
    const all = [...doc.querySelectorAll('*')];
    for (const list of ['table,meta,main,[id],[class]', '[ID],[data-k]', 'p,foreignobject,foreignObject,td']) {
      const items = list.split(',');
      const oneByOne = all.filter((el) => items.some((s) => [...doc.querySelectorAll(s)].includes(el)));
      expect([...doc.querySelectorAll(list)]).toEqual(oneByOne);
      expect(oneByOne.length).toBeGreaterThan(0);
    }
    expect(() => doc.querySelectorAll('p,,td')).toThrow(SyntaxError);
  });
});
