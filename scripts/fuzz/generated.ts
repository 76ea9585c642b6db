/**
 * Generated inputs (fast-check): HTML-ish token soup, report-shaped pages with arbitrary tables, and report-shaped text.
 * A case is `fc.sample(arbitrary, { seed, numRuns: 1 })[0]`; a failing case is shrunk by replaying the same seed
 * through `fc.check` (see shrink.ts), so fast-check's own shrinkers minimise it.
 */
import fc from 'fast-check';
import { vocabulary } from './vocabulary.ts';

export interface GeneratedInput {
  text: string;
  ext: '.html' | '.txt';
}

const vocab = () => fc.constantFrom(...vocabulary());

const number = fc.oneof(
  fc.nat({ max: 2000 }).map(String),
  fc.integer().map(String),
  fc.double({ noNaN: false }).map(String),
  fc.constantFrom('0', '/', '—', '-', '无', '', '&nbsp;', '<o:p></o:p>', '１２', '1,234', '3.5'),
);

const oddChar = fc.constantFrom('\u200b', '\ufeff', '\u200f', '\u202e', '\ud800', '\udc00', '\u0301', '\u3000', '\u00a0', '\0', '\r');

const cellText = fc.oneof({ weight: 3, arbitrary: number }, { weight: 3, arbitrary: vocab() }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) }, { weight: 1, arbitrary: oddChar });

const span = fc.option(fc.oneof(fc.integer({ min: -2, max: 30 }).map(String), fc.constantFrom('abc', '', '9999', '1e9', '0')), { nil: undefined });

const cell = fc.record({ text: cellText, rowspan: span, colspan: span, th: fc.boolean() }).map(({ text, rowspan, colspan, th }) => {
  const tag = th ? 'th' : 'td';
  const attrs = `${rowspan !== undefined ? ` rowspan="${rowspan}"` : ''}${colspan !== undefined ? ` colspan="${colspan}"` : ''}`;
  return `<${tag}${attrs}>${text}</${tag}>`;
});

export const tableArbitrary = fc
  .array(fc.array(cell, { minLength: 0, maxLength: 12 }), { minLength: 0, maxLength: 40 })
  .map((rows) => `<table>${rows.map((r) => `<tr>${r.join('')}</tr>`).join('')}</table>`);

const HEADINGS = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];

const prose = fc.array(fc.oneof(vocab(), fc.string({ maxLength: 40 }), number), { maxLength: 6 }).map((w) => `<p>${w.join('')}</p>`);

/** A page shaped like a report: title, period sentence, the six headings (some dropped or repeated), tables in between. */
export const reportPageArbitrary = fc
  .record({
    year: fc.oneof(fc.integer({ min: 2000, max: 2030 }), fc.integer()),
    agency: vocab(),
    sections: fc.array(fc.record({ heading: fc.constantFrom(...HEADINGS), body: prose, table: fc.option(tableArbitrary, { nil: undefined }) }), { maxLength: 8 }),
    container: fc.constantFrom('div class="TRS_Editor"', 'div id="zoom"', 'div id="zoomcon"', 'div class="article_content"', 'div', 'td'),
  })
  .map(({ year, agency, sections, container }) => {
    const tag = container.split(' ')[0];
    const body = sections.map((s) => `<p>${s.heading}</p>${s.body}${s.table ?? ''}`).join('\n');
    const open = tag === 'td' ? '<table><tr><td>' : `<${container}>`;
    const close = tag === 'td' ? '</td></tr></table>' : `</${tag}>`;
    return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${agency}${year}年政府信息公开工作年度报告</title></head><body><h1>${agency}${year}年政府信息公开工作年度报告</h1>${open}<p>本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。</p>${body}${close}</body></html>`;
  });

const token = fc.oneof(
  fc.constantFrom('<table>', '</table>', '<tr>', '</tr>', '<td>', '</td>', '<td rowspan="2">', '<th colspan=3>', '<div>', '</div>', '<p>', '</p>', '<br>', '<body>', '<html>', '<head>', '<meta charset="gbk">', '<meta charset="utf-8">', '<script>', '</script>', '<!--', '-->', '<', '>', '&nbsp;', '&#xD800;', '&amp;', '"'),
  vocab(),
  number,
  fc.string({ maxLength: 8 }),
  oddChar,
);

/** Arbitrary HTML-ish token soup. */
export const htmlSoupArbitrary = fc.array(token, { maxLength: 200 }).map((t) => t.join(''));

/** Report-shaped plain text: headings, label lines with numbers (separated, glued, or one per line). */
export const reportTextArbitrary = fc
  .array(
    fc.oneof(
      fc.constantFrom(...HEADINGS),
      fc.tuple(vocab(), fc.array(fc.nat({ max: 999 }), { maxLength: 8 }), fc.constantFrom(' ', '', '\t', '\n')).map(([l, ns, sep]) => `${l}${sep}${ns.join(sep)}`),
      vocab(),
      fc.string({ maxLength: 30 }),
    ),
    { maxLength: 120 },
  )
  .map((lines) => lines.join('\n'));

export interface Generator {
  name: string;
  arbitrary: fc.Arbitrary<string>;
  ext: '.html' | '.txt';
}

export const generators: readonly Generator[] = [
  { name: 'gen-html-soup', arbitrary: htmlSoupArbitrary, ext: '.html' },
  { name: 'gen-report-page', arbitrary: reportPageArbitrary, ext: '.html' },
  { name: 'gen-table-page', arbitrary: tableArbitrary.map((t) => `<html><body>${t}</body></html>`), ext: '.html' },
  { name: 'gen-report-text', arbitrary: reportTextArbitrary, ext: '.txt' },
];

export function generate(gen: Generator, seed: number): string {
  return fc.sample(gen.arbitrary, { seed, numRuns: 1 })[0];
}
