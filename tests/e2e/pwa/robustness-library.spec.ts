/**
 * The library under stress in Chromium: a full disk (the origin's real quota, lowered over CDP), two tabs writing at
 * once, and stored captures whose HTML, labels and text carry markup and script (rendered with the CSP bypassed, so
 * only our rendering is tested).
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../network-guard.ts';
import { download, exportLibraryNormalised, loadSamples, openApp, reportCount } from './helpers.ts';

interface LibraryFileJson {
  exportedAt?: string;
  captures: {
    id: string;
    url: string | null;
    html: string;
    report: Record<string, unknown> & { agency: string | null; sourceUrl: string | null; title: string };
    findings: Record<string, unknown>[];
    reviews: { status: string }[];
  }[];
  agencies: { name: string }[];
}

/** The samples as a library file whose reports are all new to the library (other agencies and URLs). */
function renamed(file: LibraryFileJson, tag: string): LibraryFileJson {
  const out = structuredClone(file);
  out.exportedAt = new Date().toISOString();
  out.agencies = [];
  out.captures = out.captures.map((c, i) => ({
    ...c,
    id: `${tag}-${i}`,
    url: `https://www.${tag}${i}.gov.cn/nb.html`,
    report: { ...c.report, agency: `${tag}测试${i}区人民政府`, sourceUrl: `https://www.${tag}${i}.gov.cn/nb.html` },
  }));
  return out;
}

async function chooseFile(page: Page, name: string, file: LibraryFileJson): Promise<void> {
  await page.getByTestId('nav-import').click();
  await page.getByTestId('file-input').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByTestId('commit-import')).toBeEnabled();
}

test.describe('storage full', () => {
  // The import worker's script is served with a preamble (no service worker, so the route sees it): from the first
  // large write on, IndexedDB refuses with the browser's own QuotaExceededError. (CDP Storage.overrideQuotaForOrigin
  // had no effect on Chromium 156 headless here, in incognito or persistent contexts alike.)
  test.use({ serviceWorkers: 'block' });
  const FULL_DISK = `(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (value, key) {
      if (JSON.stringify(value ?? null).length > 50000) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return key === undefined ? put.call(this, value) : put.call(this, value, key);
    };
  })();
`;

  test('the import fails with a clear message and the library is unchanged', async ({ page }) => {
    let diskFull = true;
    await page.route('**/assets/import-worker-*.js', async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      await route.fulfill({ response, body: `${diskFull ? FULL_DISK : ''}${body}` });
    });
    await loadSamples(page);
    const before = await exportLibraryNormalised(page);
    const count = await reportCount(page);
    const big = renamed(JSON.parse(before) as LibraryFileJson, 'quota');
    for (const c of big.captures) c.html = `${c.html}<!--${'年'.repeat(60_000)}-->`;

    await chooseFile(page, 'big.json', big);
    await page.getByTestId('commit-import').click();
    await expect(page.getByTestId('import-failed')).toContainText('存储空间已满');
    expect(await reportCount(page)).toBe(count);
    await page.getByTestId('nav-library').click();
    expect(await exportLibraryNormalised(page)).toBe(before);

    // With room again (a new import worker without the preamble), the same import goes through.
    diskFull = false;
    await chooseFile(page, 'big.json', big);
    await page.getByTestId('commit-import').click();
    await expect(page.getByTestId('import-done')).toBeVisible();
    expect(await reportCount(page)).toBe(count + big.captures.length);
  });
});

test('two tabs importing and reviewing at the same time lose nothing', async ({ page, context }) => {
  await loadSamples(page);
  const samples = JSON.parse(await exportLibraryNormalised(page)) as LibraryFileJson;
  const count = samples.captures.length;
  const second = await context.newPage();
  const third = await context.newPage();
  await openApp(second);
  // Tab three reviews a finding while the two imports commit.
  await openApp(third);
  await third.getByTestId('report-row').first().locator('a').click();
  const finding = third.getByTestId('finding').first();
  await expect(finding).toBeVisible();

  const a = renamed(samples, 'tabA');
  const b = renamed(samples, 'tabB');
  await chooseFile(page, 'a.json', a);
  await chooseFile(second, 'b.json', b);
  await Promise.all([
    page.getByTestId('commit-import').click(),
    second.getByTestId('commit-import').click(),
    finding.getByTestId('confirm').click(),
  ]);
  await expect(page.getByTestId('import-done')).toBeVisible();
  await expect(second.getByTestId('import-done')).toBeVisible();
  await expect(third.getByTestId('finding').first()).toHaveAttribute('data-status', 'confirmed');

  expect(await reportCount(page)).toBe(count * 3);
  await page.getByTestId('nav-library').click();
  const after = JSON.parse(await exportLibraryNormalised(page)) as LibraryFileJson;
  const agencies = new Set(after.captures.map((c) => c.report.agency));
  for (const c of [...samples.captures, ...a.captures, ...b.captures]) expect(agencies.has(c.report.agency), String(c.report.agency)).toBe(true);
  expect(after.captures.flatMap((c) => c.reviews).filter((r) => r.status === 'confirmed')).toHaveLength(1);
});

test.describe('stored markup is never rendered (CSP bypassed: our rendering alone)', () => {
  test.use({ bypassCSP: true });

  const PAYLOAD = `<img src=x onerror="window.__pwned='img'"><script>window.__pwned='script'</script><svg onload="window.__pwned='svg'"></svg>`;

  /** Appends the payload to every title, agency, text, snippet, label and message of a capture. */
  function poison(value: unknown, key = ''): unknown {
    if (typeof value === 'string') return ['title', 'agency', 'text', 'snippet', 'raw', 'message', 'label', 'detail'].includes(key) ? `${value}${PAYLOAD}` : value;
    if (Array.isArray(value)) return value.map((v) => poison(v, key));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k)]));
    return value;
  }

  test('a capture with script in its HTML, labels and text: nothing runs in any view', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await loadSamples(page);
    const samples = JSON.parse(await exportLibraryNormalised(page)) as LibraryFileJson;
    const evil = renamed(samples, 'evil');
    evil.captures = evil.captures.slice(0, 2).map((c) => ({
      ...(poison(c) as typeof c),
      html: `<html><body>${PAYLOAD}<iframe src="javascript:parent.__pwned='iframe'"></iframe></body></html>`,
      url: `javascript:window.__pwned='url'`,
      report: { ...(poison(c.report) as typeof c.report), sourceUrl: `javascript:window.__pwned='source'` },
    }));
    await chooseFile(page, 'evil.json', evil);
    await page.getByTestId('commit-import').click();
    await expect(page.getByTestId('import-done')).toBeVisible();

    // Library list, report view (tables, prose, findings), print view, the agency's comparison.
    await page.getByTestId('nav-library').click();
    await page.getByTestId('search').fill('evil测试0');
    await page.getByTestId('report-row').first().locator('a').click();
    await expect(page.getByTestId('report-title')).toContainText('<img src=x onerror=');
    await expect(page.getByTestId('original-link')).toHaveCount(0); // a javascript: source URL is not made a link
    const reportUrl = page.url();
    const views = [reportUrl, reportUrl.replace('#/report/', '#/print/report/')];
    for (const url of views) {
      await page.goto(url);
      await expect(page.locator('.app[data-ready="true"]')).toBeVisible();
      await page.waitForTimeout(300);
      const state = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
        active: document.querySelectorAll('img[onerror], svg[onload], script:not([src]), iframe, a[href^="javascript:" i]').length,
        shown: document.body.textContent?.includes('<script>window.__pwned') ?? false,
      }));
      expect(state, url).toEqual({ pwned: null, active: 0, shown: true });
    }
    expect(dialogs).toEqual([]);
    // The exported library file carries the text as data, unchanged.
    await page.getByTestId('nav-library').click();
    expect((await download(page, 'export-library')).toString('utf8')).toContain('onerror');
  });
});
