/**
 * content/first-gate.ts, the extension gate's first stage, must say "maybe" wherever core's mayBeReport says yes
 * (which says yes wherever isProbablyReport does): on every real and hand-made page, and on generated pages mixing
 * the signals with scripts, styles, metas and nesting. jsdom: it has the `document.title` and `document.body` the
 * first stage uses.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isProbablyReport } from '../../core/parse/detect.ts';
import { mayBeReport } from '../../core/parse/may-be-report.ts';
import { mayBeReportFirst } from '../../extension/content/first-gate.ts';
import { gatePageFiles, loadDocument } from '../parse/helpers.ts';

const pages = gatePageFiles();

describe('mayBeReportFirst (necessary condition of mayBeReport)', () => {
  it('says maybe on every page the full gate accepts, and no on the portal pages that are no report', () => {
    expect(pages.length).toBeGreaterThanOrEqual(20);
    const said: Record<string, [boolean, boolean, boolean]> = {};
    for (const { file, name } of pages) {
      const doc = loadDocument(readFileSync(file, 'utf8'), 'jsdom');
      said[name] = [isProbablyReport(doc), mayBeReport(doc), mayBeReportFirst(doc)];
    }
    for (const [file, [exact, may, first]] of Object.entries(said)) {
      if (exact) expect(may, file).toBe(true);
      if (may) expect(first, file).toBe(true);
    }
    // The point of it: the portal pages that are no report are turned away by the first stage alone.
    expect(said['demo/pages/portal-news/index.html']).toEqual([false, false, false]);
    expect(said['demo/pages/not-a-report/index.html']).toEqual([false, false, false]);
  }, 60_000);

  it('holds on generated pages (title, metas, headings, section text, scripts, styles, frameset, nesting)', () => {
    const piece = fc.constantFrom(
      '2023年政府信息公开工作年度报告', '政府信息公开年报', '信息公开', '年度报告', '一、总体情况', '二、主动公开政府信息情况', '概述', '三 ． 概述',
      '新闻', '通知公告', ' ', '\n', '<script>var 信息公开 = "年报";</script>', '<style>.a{}</style>', '<noscript>政府信息公开年报</noscript>',
      '<h1>', '</h1>', '<h2>', '</h2>', '<p>', '</p>', '<div>', '</div>', '<span>x</span>', '<title>政府信息公开年报</title>', '<![CDATA[信息公开]]>',
      '<svg><title>信息公开年报</title></svg>', '<meta name="ArticleTitle" content="政府信息公开年报">',
    );
    const page = fc.record({
      title: fc.constantFrom('', '新闻中心', '某县2023年政府信息公开工作年度报告', '信息公开\n年度报告', '  信息公开  年报 '),
      meta: fc.constantFrom('', '<meta name="ArticleTitle" content="政府信息公开年报">', '<meta property="og:title" content="信息公开年报">', '<meta name="og:title" content="信息公开年报">', '<meta name="ColumnName" content="政府信息公开年报">', '<meta property="og:title" content="新闻">'),
      body: fc.array(piece, { maxLength: 40 }),
      depth: fc.constantFrom(0, 70),
      frameset: fc.boolean(),
    });
    fc.assert(
      fc.property(page, ({ title, meta, body, depth, frameset }) => {
        const inner = `${'<div>'.repeat(depth)}${body.join('')}${'</div>'.repeat(depth)}`;
        const html = frameset
          ? `<!DOCTYPE html><html><head><title>${title}</title>${meta}</head><frameset><noframes>${inner}</noframes></frameset></html>`
          : `<!DOCTYPE html><html><head><title>${title}</title>${meta}</head><body>${inner}</body></html>`;
        const doc = loadDocument(html, 'jsdom');
        return !mayBeReport(doc) || mayBeReportFirst(doc);
      }),
      { numRuns: 300, seed: 20261130 },
    );
  }, 120_000);
});
