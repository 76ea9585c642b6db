/**
 * core/parse/may-be-report.ts is the extension gate's native pre-check: it must say yes wherever isProbablyReport
 * says yes (else a report page would silently not be checked), on every real and hand-made page, and on generated
 * pages that mix the signals isProbablyReport looks at with scripts, styles and deep nesting.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isProbablyReport } from '../../core/parse/detect.ts';
import { mayBeReport } from '../../core/parse/may-be-report.ts';
import { gatePageFiles, loadDocument } from '../parse/helpers.ts';

const pages = gatePageFiles();

describe('mayBeReport (necessary condition of isProbablyReport)', () => {
  it('says yes on every page isProbablyReport accepts, and no on the portal pages that are no report', () => {
    expect(pages.length).toBeGreaterThanOrEqual(20);
    const said: Record<string, [boolean, boolean]> = {};
    for (const { file, name } of pages) {
      const doc = loadDocument(readFileSync(file, 'utf8'), 'linkedom');
      said[name] = [isProbablyReport(doc), mayBeReport(doc)];
    }
    for (const [file, [exact, may]] of Object.entries(said)) if (exact) expect(may, file).toBe(true);
    // The point of it: the non-report portal pages are turned away by the pre-check alone.
    expect(said['demo/pages/portal-news/index.html']).toEqual([false, false]);
    expect(said['demo/pages/not-a-report/index.html']).toEqual([false, false]);
  });

  it('holds on generated pages (title, metas, headings, section text, scripts, styles, deep nesting), in the Node DOMs', () => {
    const piece = fc.constantFrom(
      '2023年政府信息公开工作年度报告', '政府信息公开年报', '信息公开', '年度报告', '一、总体情况', '二、主动公开政府信息情况', '概述',
      '新闻', '通知公告', ' ', '\n', '<script>var 信息公开 = "年报";</script>', '<style>.a{}</style>', '<noscript>政府信息公开年报</noscript>',
      '<h1>', '</h1>', '<h2>', '</h2>', '<p>', '</p>', '<div>', '</div>', '<span>x</span>',
    );
    const page = fc.record({
      title: fc.constantFrom('', '新闻中心', '某县2023年政府信息公开工作年度报告'),
      meta: fc.constantFrom('', '<meta name="ArticleTitle" content="政府信息公开年报">', '<meta property="og:title" content="新闻">'),
      body: fc.array(piece, { maxLength: 40 }),
      depth: fc.constantFrom(0, 70),
    });
    fc.assert(
      fc.property(page, ({ title, meta, body, depth }) => {
        const html = `<!DOCTYPE html><html><head><title>${title}</title>${meta}</head><body>${'<div>'.repeat(depth)}${body.join('')}${'</div>'.repeat(depth)}</body></html>`;
        for (const kind of ['linkedom', 'lite'] as const) {
          const doc = loadDocument(html, kind);
          if (isProbablyReport(doc) && !mayBeReport(doc)) return false;
        }
        return true;
      }),
      { numRuns: 300, seed: 20261130 },
    );
  }, 60_000);

  it('documented limit: a phrase that only forms across left-out content (here: text nested deeper than 60) is not seen', () => {
    const deep = `${'<div>'.repeat(62)}（正文另见附件）${'</div>'.repeat(62)}`;
    const doc = loadDocument(`<!DOCTYPE html><html><head><title>x</title></head><body><p>政府信息公开${deep}年度报告</p><p>一、总体情况</p></body></html>`, 'linkedom');
    expect([isProbablyReport(doc), mayBeReport(doc)]).toEqual([true, false]);
  });
});
