/**
 * Hostile variants of the demo report with deliberate errors (demo/pages/errors-2024: two 表四 totals that do not add
 * up), served by the test itself on the pages origin (context.route → fulfill) so that the gate runs on them as on any
 * portal page. Each variant keeps the two errors, so the overlay's correctness can be checked on every one.
 *
 * Every page carries a heartbeat (its own script keeps running), and the page state is written into attributes of
 * <html>, readable from Playwright's utility world even when the page has sabotaged its own JavaScript built-ins.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from '@playwright/test';
import { PAGES_ORIGIN } from '../../../playwright.config.ts';

export const SECURITY_BASE = `${PAGES_ORIGIN}/security`;
const ERRORS_2024 = fileURLToPath(new URL('../../../demo/pages/errors-2024/index.html', import.meta.url));

export function baseHtml(): string {
  return readFileSync(ERRORS_2024, 'utf8');
}

/**
 * Runs first in <head>: a heartbeat and a long-task monitor, with private copies of the built-ins it needs (so the
 * sabotage page cannot break its own monitor). Writes data-heartbeat, data-max-gap-ms, data-max-long-task-ms on <html>
 * (gaps and long tasks after the page's load event: what the checker, started at document_idle, can cause).
 */
export const MONITOR = `<script>(function () {
  var root = document.documentElement, setAttr = Element.prototype.setAttribute, now = performance.now.bind(performance);
  var last = now(), beats = 0, maxGap = 0, maxLong = 0;
  setInterval(function () { var t = now(); if (loaded !== Infinity) maxGap = Math.max(maxGap, t - last); last = t; beats++;
    setAttr.call(root, 'data-heartbeat', String(beats)); setAttr.call(root, 'data-max-gap-ms', String(Math.round(maxGap))); }, 50);
  // Only what happens after the page's own load counts (the checker starts at document_idle).
  var loaded = Infinity; addEventListener('load', function () { loaded = now(); maxGap = 0; last = now(); });
  try { new PerformanceObserver(function (list) { list.getEntries().forEach(function (e) { if (e.startTime >= loaded) maxLong = Math.max(maxLong, e.duration); });
    setAttr.call(root, 'data-max-long-task-ms', String(Math.round(maxLong))); }).observe({ type: 'longtask', buffered: true }); } catch (e) {}
})();</script>`;

/** A page-text payload that would run script if it were ever parsed as HTML (each sets window.__pwned). */
export const PAYLOADS = [
  '<img src=x onerror="window.__pwned=\'img\'">',
  '<script>window.__pwned="script"</script>',
  '<svg onload="window.__pwned=\'svg\'"></svg>',
  '<iframe src="javascript:parent.__pwned=\'iframe\'"></iframe>',
  '<a href="javascript:window.__pwned=\'href\'">链接</a>',
];

/** HTML-escapes text so that the page SHOWS the payload (it is text on the page, as a careless portal would print it). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Page text carrying every payload as text, plus double-escaped and numeric entities. */
export const EVIL_TEXT = `${escapeHtml(PAYLOADS.join(''))}&amp;lt;b&amp;gt;&#x3C;img src=x onerror=window.__pwned=&#39;entity&#39;&#x3E;`;

function insertAfterHeadOpen(html: string, text: string): string {
  return html.replace(/<head>/i, `<head>${text}`);
}

function insertBeforeBodyClose(html: string, text: string): string {
  const at = html.lastIndexOf('</body>');
  return `${html.slice(0, at)}${text}${html.slice(at)}`;
}

/**
 * Page text with markup in it, everywhere the parser reads: the title (→ report title and agency), table labels of
 * 表三 and 表四, prose of section 1, and a real `javascript:` link in a table label cell (a live link of the page).
 */
export function injectionPage(): string {
  let html = baseHtml();
  // Title, headline and metadata: the agency name the parser reads from them carries the payload.
  html = html.replaceAll('平潭综合实验区2024年度', `平潭综合实验区${EVIL_TEXT}2024年度`);
  // 表四's first header cell, 表二's and 表三's header cells (one with a live javascript: link), a prose paragraph.
  html = html.replace('>行政复议<', `>行政复议<span class="evil">${EVIL_TEXT}</span><`);
  html = html.replace('>信息内容<', `>信息内容<a href="javascript:window.__pwned='link'">${EVIL_TEXT}</a><`);
  html = html.replace('>申请人情况<', `>申请人情况${EVIL_TEXT}<`);
  html = html.replace('（一）主动公开方面。</span>', `（一）主动公开方面。</span>${EVIL_TEXT}<a href="javascript:window.__pwned='prose-link'">详见附件</a>`);
  return insertAfterHeadOpen(html, MONITOR);
}

/** Author CSS aimed at injected UI, with cascade layers, `*`, attribute and structural selectors (all !important). */
export const HOSTILE_CSS = `<style id="hostile-css">
@layer sabotage { nianbao-inspector-overlay, :not(:defined), html > :not(head):not(body) { display: none !important; visibility: hidden !important; } }
* { z-index: 2147483647 !important; pointer-events: auto !important; }
*, *::before, *::after { transition: none !important; box-sizing: content-box !important; }
:root > *:last-child:not(body) { position: absolute !important; left: -99999px !important; clip-path: inset(50%) !important; opacity: 0 !important; }
[data-nianbao-version], [style*="fixed"], [style*="2147483647"] { display: none !important; transform: scale(0) !important; width: 0 !important; height: 0 !important; }
html > * + * + * { display: none !important; }
button, [role="dialog"], [popover], [aria-label] { display: none !important; }
div, span, p { font-size: 40px !important; color: transparent !important; }
</style>`;

export function cssPage(): string {
  return insertAfterHeadOpen(baseHtml(), `${MONITOR}${HOSTILE_CSS}`);
}

/**
 * At the end of <body>, the page replaces built-ins the way hostile or merely clumsy scripts do. Each replacement
 * counts its calls (data-sabotage-hits) and throws or lies. Content scripts run in an isolated world with their own
 * built-ins, so the checker must work unchanged and never hit one.
 */
export const SABOTAGE = `<script id="sabotage">(function () {
  var root = document.documentElement, setAttr = Element.prototype.setAttribute, hits = 0;
  var names = [];
  function hit(name) { hits++; names.push(name + ' @ ' + (new Error().stack || '').split('\\n').slice(3, 5).join(' < ').replace(/\\s+/g, ' '));
    setAttr.call(root, 'data-sabotage-hits', String(hits)); setAttr.call(root, 'data-sabotage-calls', names.join(' | ')); }
  function breaker(name) { return function () { hit(name); throw new Error('sabotaged: ' + name); }; }
  Element.prototype.attachShadow = breaker('attachShadow');
  Node.prototype.appendChild = breaker('appendChild');
  Node.prototype.insertBefore = breaker('insertBefore');
  Element.prototype.append = breaker('append');
  Element.prototype.remove = breaker('remove');
  Element.prototype.replaceChildren = breaker('replaceChildren');
  Document.prototype.createElement = breaker('Document.createElement');
  document.createElement = breaker('document.createElement');
  Element.prototype.getBoundingClientRect = function () { hit('getBoundingClientRect'); return new DOMRect(0, 0, 0, 0); };
  Range.prototype.getClientRects = function () { hit('Range.getClientRects'); return []; };
  Document.prototype.querySelectorAll = breaker('querySelectorAll');
  Element.prototype.querySelectorAll = breaker('Element.querySelectorAll');
  Object.defineProperty(Node.prototype, 'textContent', { get: breaker('textContent get'), set: breaker('textContent set'), configurable: true });
  JSON.parse = breaker('JSON.parse');
  JSON.stringify = breaker('JSON.stringify');
  Array.prototype.map = breaker('Array.map');
  Array.prototype.filter = breaker('Array.filter');
  Array.from = breaker('Array.from');
  Object.keys = breaker('Object.keys');
  window.MutationObserver = breaker('MutationObserver');
  window.requestAnimationFrame = breaker('requestAnimationFrame');
  window.getComputedStyle = breaker('getComputedStyle');
  EventTarget.prototype.addEventListener = function () { hit('addEventListener'); };
  window.chrome = { runtime: { id: 'fake', sendMessage: breaker('chrome.runtime.sendMessage'), onMessage: { addListener: breaker('onMessage.addListener') } } };
  setAttr.call(root, 'data-sabotaged', 'yes');
})();</script>`;

export function sabotagePage(): string {
  return insertBeforeBodyClose(insertAfterHeadOpen(baseHtml(), MONITOR), SABOTAGE);
}

const FILLER = '本段为附加的长篇说明文字，用于检验超大页面上的检查与叠加层是否仍然正常工作，不含统计数字。';

/** The report followed by about `megabytes` MB of prose (UTF-8), in paragraphs of about 2 KB. */
export function hugeProsePage(megabytes: number): string {
  const paragraph = `<p>${FILLER.repeat(Math.ceil(2048 / Buffer.byteLength(FILLER)))}</p>`;
  const count = Math.ceil((megabytes * 1024 * 1024) / Buffer.byteLength(paragraph));
  return insertBeforeBodyClose(insertAfterHeadOpen(baseHtml(), MONITOR), `<div id="filler">${paragraph.repeat(count)}</div>`);
}

/** 表三 with `rows` extra rows of zeros before its grand total (labels the format does not know; sums unchanged). */
export function hugeTablePage(rows: number): string {
  const html = baseHtml();
  const total = html.indexOf('（七）总计');
  const rowStart = html.lastIndexOf('<tr', total);
  const cells = Array.from({ length: 7 }, () => '<td><p>0</p></td>').join('');
  const extra = Array.from({ length: rows }, (_, i) => `<tr><td colspan="2"><p>补充行${i + 1}</p></td>${cells}</tr>`).join('');
  return insertAfterHeadOpen(`${html.slice(0, rowStart)}${extra}${html.slice(rowStart)}`, MONITOR);
}

/** A report page with frames of its own: same-origin, srcdoc and sandboxed; each frame's script marks its <html>. */
export function pageWithFrames(): string {
  const frames = `<div id="frames">
<iframe id="f-same" src="${SECURITY_BASE}/frame-child/" width="300" height="80"></iframe>
<iframe id="f-srcdoc" srcdoc="<p>内嵌</p><script>document.documentElement.setAttribute('data-frame-alive','srcdoc')</script>" width="300" height="80"></iframe>
<iframe id="f-sandbox" sandbox="allow-scripts" srcdoc="<script>document.documentElement.setAttribute('data-frame-alive','sandbox')</script>" width="300" height="80"></iframe>
</div>`;
  return insertBeforeBodyClose(insertAfterHeadOpen(baseHtml(), MONITOR), frames);
}

export const FRAME_CHILD = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>子页面</title></head><body><p>子页面</p>
<script>document.documentElement.setAttribute('data-frame-alive', 'same-origin')</script></body></html>`;

/** A portal page (not a report) that shows the report in an iframe. */
export function reportInFrame(): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>政府信息公开年报</title>${MONITOR}</head><body>
<h1>政府信息公开年报</h1><p>以下为报告全文：</p>
<iframe id="report" src="${SECURITY_BASE}/errors-2024-inner/" width="1200" height="800"></iframe></body></html>`;
}

/** Serves `pages` (path under /security/ → HTML) on the pages origin for this context. */
export async function servePages(context: BrowserContext, pages: Record<string, () => string>): Promise<void> {
  const built = new Map<string, string>();
  await context.route(`${SECURITY_BASE}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^\/security\//, '').replace(/\/$/, '');
    const make = pages[path];
    if (!make) return route.fulfill({ status: 404, body: 'not found' });
    if (!built.has(path)) built.set(path, make());
    await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: built.get(path)! });
  });
}
