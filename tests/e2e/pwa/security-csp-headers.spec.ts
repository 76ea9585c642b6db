/**
 * The library under its real HTTP policy (pwa/public/_headers, sent by vite preview like a static host would):
 * the CSP header (index.html's meta policy + frame-ancestors) reaches the page, the import worker and the service
 * worker; nothing the app does (import through the worker, compare, every export) violates it; injected inline
 * script and inline handlers are blocked AND reported; and no other site can frame the library.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ConsoleMessage, Page, Worker } from '@playwright/test';
import { PAGES_ORIGIN } from '../../../playwright.config.ts';
import { readHeaders } from '../../../pwa/tools/headers.ts';
import { expect, test } from '../network-guard.ts';
import { download, exportLibraryNormalised, loadSamples } from './helpers.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DIST = join(ROOT, 'dist', 'pwa');
const META_CSP = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(readFileSync(join(ROOT, 'pwa', 'index.html'), 'utf8'))![1];
const workerFile = readdirSync(join(DIST, 'assets')).find((f) => /^import-worker-.*\.js$/.test(f))!;

/** Every CSP violation the page or any of its workers reports, from the DOM event and from the console. */
function watchViolations(page: Page): string[] {
  const seen: string[] = [];
  const onConsole = (where: string) => (m: ConsoleMessage) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) seen.push(`${where}: ${m.text().slice(0, 160)}`);
  };
  page.on('console', onConsole('page'));
  page.on('worker', (w: Worker) => w.on('console', onConsole(`worker ${w.url()}`)));
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as { __violations?: string[] };
      (w.__violations ??= []).push(`${e.effectiveDirective} ${e.blockedURI}`);
    });
  });
  return seen;
}
const domViolations = (page: Page) => page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []);

test('every file is served with the policy: CSP = the meta policy + frame-ancestors, for the page, the import worker and the service worker', async ({ request }) => {
  const headers = readHeaders();
  expect(headers['Content-Security-Policy']).toBe(`${META_CSP}; frame-ancestors 'none'`);
  expect(headers['Content-Security-Policy']).not.toMatch(/unsafe-eval|https?:|\*/);
  for (const path of ['/', '/index.html', `/assets/${workerFile}`, '/sw.js']) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    const got = res.headers();
    expect(got['content-security-policy'], path).toBe(headers['Content-Security-Policy']);
    expect(got['x-frame-options'], path).toBe('DENY');
    expect(got['x-content-type-options'], path).toBe('nosniff');
  }
  // The same file ships with the build for static hosts that read it (Netlify, Cloudflare Pages).
  expect(readFileSync(join(DIST, '_headers'), 'utf8')).toBe(readFileSync(join(ROOT, 'pwa', 'public', '_headers'), 'utf8'));
});

test('import (in the worker), compare and every export run without a single CSP violation; eval is blocked inside the import worker', async ({ page }) => {
  const seen = watchViolations(page);
  await loadSamples(page);
  const exported = JSON.parse(await exportLibraryNormalised(page)) as { captures: { id: string; report: { agency: string | null } }[] };
  expect(exported.captures.length).toBeGreaterThan(0);
  await download(page, 'export-csv');
  await download(page, 'export-xlsx');

  // A real import through the worker: the export renamed to new agencies (new reports), previewed (worker alive), committed.
  const copy = { ...exported, exportedAt: new Date().toISOString(), captures: exported.captures.map((c) => ({ ...c, id: `${c.id}-copy`, report: { ...c.report, agency: `${c.report.agency}（副本）` } })) };
  await page.getByTestId('nav-import').click();
  // Playwright does not forward a worker's CSP reports to the console: a listener in the worker collects them,
  // installed as soon as the worker exists (the file is then still being read; zod runs after that).
  const workerReady = page.waitForEvent('worker', (w) => w.url().includes('import-worker')).then(async (w) => {
    await w.evaluate(() => {
      const g = self as unknown as { __violations?: string[] };
      g.__violations = [];
      self.addEventListener('securitypolicyviolation', (e) => g.__violations!.push((e as SecurityPolicyViolationEvent).effectiveDirective));
    });
    return w;
  });
  await page.getByTestId('file-input').setInputFiles({ name: 'library.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(copy)) });
  const worker = await workerReady;
  await expect(page.getByTestId('import-preview')).toBeVisible();
  const workerViolations = () => worker.evaluate(() => (self as unknown as { __violations: string[] }).__violations);
  expect(await workerViolations()).toEqual([]); // reading, zod and the preview ran clean
  // The worker's own policy comes from its response header (a document's meta policy does not reach it).
  // (CDP's evaluate itself may eval; a string timer inside it is still checked against the worker's policy.)
  const workerEval = await worker.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const g = self as unknown as { __evalRan?: boolean };
        try {
          (setTimeout as unknown as (code: string, ms: number) => void)('self.__evalRan = true', 0);
        } catch (error) {
          return resolve((error as Error).name);
        }
        setTimeout(() => resolve(g.__evalRan ? 'ran' : 'blocked'), 300);
      }),
  );
  expect(workerEval).not.toBe('ran');
  await expect.poll(workerViolations).toContain('script-src'); // and that attempt was reported: the listener works
  seen.length = 0;

  await page.getByTestId('commit-import').click();
  await expect(page.getByTestId('import-done')).toBeVisible();

  // Compare views: year over year of the first agency, then back to the library.
  await page.goto('/#/compare/agency');
  await expect(page.getByTestId('series-table')).toBeVisible();
  await page.goto('/#/');
  await expect(page.getByTestId('report-row').first()).toBeVisible();
  await page.getByTestId('report-row').first().click();
  await page.waitForTimeout(300);

  expect(seen).toEqual([]);
  expect(await domViolations(page)).toEqual([]);
});

test('injected inline script and inline handlers are blocked and reported', async ({ page }) => {
  const seen = watchViolations(page);
  await loadSamples(page);
  const ran = await page.evaluate(async () => {
    const g = globalThis as { __inline?: boolean; __handler?: boolean };
    const s = document.createElement('script');
    s.textContent = 'globalThis.__inline = true';
    document.body.append(s);
    const holder = document.createElement('div');
    holder.innerHTML = '<img src="data:," onerror="globalThis.__handler = true" onload="globalThis.__handler = true">';
    document.body.append(holder);
    await new Promise((r) => setTimeout(r, 300));
    holder.remove();
    return { inline: g.__inline === true, handler: g.__handler === true };
  });
  expect(ran).toEqual({ inline: false, handler: false });
  const reported = (await domViolations(page)).map((v) => v.split(' ')[0]).sort();
  expect(reported).toEqual(expect.arrayContaining(['script-src-attr', 'script-src-elem']));
  expect(seen.length).toBeGreaterThan(0);
});

test('another site cannot frame the library (frame-ancestors, X-Frame-Options)', async ({ page, baseURL }) => {
  const seen = watchViolations(page);
  await page.goto(`${PAGES_ORIGIN}/healthz`);
  await page.evaluate((src) => {
    const f = document.createElement('iframe');
    f.src = src;
    document.body.append(f);
  }, `${baseURL}/#/`);
  await page.waitForTimeout(1500);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  expect(frame).toBeDefined();
  // A blocked frame is Chromium's error page: the app never ran in it.
  const appInFrame = await frame!.evaluate(() => !!document.querySelector('#app')).catch(() => false);
  expect(appInFrame).toBe(false);
  expect(seen.some((s) => /frame-ancestors|X-Frame-Options|Refused to (display|frame)/i.test(s))).toBe(true);
});
