/**
 * Playwright fixtures for the extension: a persistent Chromium context with dist/extension loaded (Debian Chromium,
 * headless), every request that would leave 127.0.0.1 aborted by the network guard (../network-guard.ts: the test fails
 * when our own code sends one), and helpers to reach the service worker, a tab's id,
 * its badge, the overlay and the side panel (opened as a normal page with ?tabId=N).
 */
import { chromium, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { test as base } from '../network-guard.ts';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BASE_ARGS, CHROMIUM, PAGES_ORIGIN } from '../../../playwright.config.ts';
import { AnalysisSchema, type Analysis } from '../../../extension/messaging.ts';

export const EXTENSION_DIR = fileURLToPath(new URL('../../../dist/extension', import.meta.url));
export const DEMO = `${PAGES_ORIGIN}/demo/pages`;
export const HOST_TAG = 'nianbao-inspector-overlay';

export interface ExpectedCell {
  table: 'active' | 'applications' | 'reviewLitigation';
  row: string;
  col: string;
}
export interface ExpectedFile {
  report?: { tables?: Record<string, Record<string, Record<string, number | null>>> };
  findings: { ruleId: string; severity: string; cells?: ExpectedCell[]; expected?: unknown; actual?: unknown }[];
}

/** expected.json of a demo page: its own (deliberate-error pages), else the real fixture page's. */
export function readExpected(slug: string): ExpectedFile {
  const own = fileURLToPath(new URL(`../../../demo/pages/${slug}/expected.json`, import.meta.url));
  const fixture = fileURLToPath(new URL(`../../../tests/fixtures/pages/${slug}/expected.json`, import.meta.url));
  return JSON.parse(readFileSync(existsSync(own) ? own : fixture, 'utf8')) as ExpectedFile;
}

export interface MarkInfo {
  cell: string | null;
  rule: string;
  severity: string;
  rect: { x: number; y: number; width: number; height: number };
  /** Text of the table cell found under the mark's centre (elementsFromPoint), whitespace removed. */
  under: string | null;
}

interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  sw: Worker;
  page: Page;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const context = await chromium.launchPersistentContext('', {
      executablePath: CHROMIUM,
      headless: true,
      locale: 'zh-CN',
      viewport: { width: 1280, height: 900 },
      args: [...BASE_ARGS, `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`],
    });
    await use(context);
    await context.close();
  },
  sw: async ({ context }, use) => {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    // A fresh profile: the worker target exists before its script has run. Wait until its listeners are registered
    // (tab events before that are not delivered to a just-installed extension; an installed one is woken by them).
    await expect.poll(() => sw.evaluate(() => chrome.tabs.onUpdated.hasListeners()).catch(() => false)).toBe(true);
    await use(sw);
  },
  extensionId: async ({ sw }, use) => {
    await use(new URL(sw.url()).host);
  },
  page: async ({ context }, use) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
  },
});

export { expect };

/** The tab id of a page, asked from the service worker. */
export async function tabIdOf(sw: Worker, page: Page): Promise<number> {
  const url = page.url();
  return sw.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t) => t.url === u);
    if (tab?.id === undefined) throw new Error(`no tab for ${u}`);
    return tab.id;
  }, url);
}

export async function badgeOf(sw: Worker, tabId: number): Promise<{ text: string; title: string; color: number[] }> {
  return sw.evaluate(async (id) => ({
    text: await chrome.action.getBadgeText({ tabId: id }),
    title: await chrome.action.getTitle({ tabId: id }),
    color: await chrome.action.getBadgeBackgroundColor({ tabId: id }),
  }), tabId);
}

/** Waits until the content script published its analysis for the tab ('ready', 'not-report' or 'failed'). */
export async function waitForStatus(sw: Worker, tabId: number, status: string): Promise<void> {
  await expect
    .poll(() => sw.evaluate(async (id) => ((await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as { status?: string } | undefined)?.status ?? null, tabId), { timeout: 15_000 })
    .toBe(status);
}

/** Every flagged-cell box of the overlay, with the page cell under its centre (each box is scrolled into view first). */
export async function marksOn(page: Page): Promise<MarkInfo[]> {
  return page.evaluate(async (tag) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await frame();
    const host = document.querySelector(tag);
    const boxes = Array.from(host?.shadowRoot?.querySelectorAll<HTMLElement>('.box') ?? []);
    const out = [];
    for (const box of boxes) {
      let r = box.getBoundingClientRect();
      if (r.top < 0 || r.bottom > innerHeight) {
        window.scrollBy(0, r.top - innerHeight / 2);
        await frame();
        r = box.getBoundingClientRect();
      }
      const cell = document.elementsFromPoint(r.x + r.width / 2, r.y + r.height / 2).find((el) => el.tagName === 'TD' || el.tagName === 'TH');
      out.push({
        cell: box.dataset.cell ?? null,
        rule: box.dataset.rule ?? '',
        severity: box.dataset.severity ?? '',
        rect: { x: r.x, y: r.y, width: r.width, height: r.height },
        under: cell ? (cell.textContent ?? '').replace(/\s+/g, '') : null,
      });
    }
    return out;
  }, HOST_TAG);
}

/** The printed text expected in a flagged cell: the value from expected.json (tables, else `actual`). */
export function expectedText(file: ExpectedFile, finding: ExpectedFile['findings'][number], cell: ExpectedCell): string {
  const fromTables = file.report?.tables?.[cell.table]?.[cell.row]?.[cell.col];
  if (fromTables !== undefined && fromTables !== null) return String(fromTables);
  const actual = finding.actual;
  if (typeof actual === 'number') return String(actual);
  if (actual && typeof actual === 'object' && cell.col in actual) return String((actual as Record<string, unknown>)[cell.col]);
  throw new Error(`no expected text for ${cell.table}.${cell.row}.${cell.col}`);
}

export const cellId = (c: ExpectedCell) => `${c.table}.${c.row}.${c.col}`;

/** The content script's analysis of a tab, asked from an extension page (as the side panel does). */
export async function analysisOf(context: BrowserContext, extensionId: string, tabId: number): Promise<Analysis> {
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${extensionId}/options/index.html`);
  const reply = await ext.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'content/get-analysis' }, { frameId: 0 }), tabId);
  await ext.close();
  return AnalysisSchema.parse((reply as { analysis: unknown }).analysis);
}

/** Opens the side panel of a tab as a normal page. */
export async function openPanel(context: BrowserContext, extensionId: string, tabId: number): Promise<Page> {
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel/index.html?tabId=${tabId}`);
  return panel;
}
