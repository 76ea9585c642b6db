import { analysisOf, badgeOf, DEMO, openPanel, expect, HOST_TAG, marksOn, readExpected, tabIdOf, test, waitForStatus } from './fixtures.ts';

test('a page that is not a report: no overlay host, no badge, a cheap gate', async ({ page, sw }) => {
  await page.goto(`${DEMO}/not-a-report/`);
  const tabId = await tabIdOf(sw, page);
  // Give the gate (document_idle) and a possible injection time to happen.
  await page.waitForTimeout(1500);
  await expect(page.locator(HOST_TAG)).toHaveCount(0);
  const badge = await badgeOf(sw, tabId);
  expect(badge.text).toBe('');
  const state = await sw.evaluate(async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] ?? null, tabId);
  expect(state).toBeNull();
  // The checker was never injected: the isolated world only has the gate.
  const injected = await page.evaluate(() => document.documentElement.outerHTML.includes('nianbao'));
  expect(injected).toBe(false);
});

test('a report after a report-free page: the badge follows navigation', async ({ page, sw }) => {
  await page.goto(`${DEMO}/errors-2024/`);
  const tabId = await tabIdOf(sw, page);
  await waitForStatus(sw, tabId, 'ready');
  expect((await badgeOf(sw, tabId)).text).toBe('2');
  // A same-document navigation keeps the badge.
  await page.evaluate(() => { location.hash = '#section-4'; });
  await page.waitForTimeout(500);
  await expect.poll(async () => (await badgeOf(sw, tabId)).text).toBe('2');
  await page.goto(`${DEMO}/not-a-report/`);
  await expect.poll(async () => (await badgeOf(sw, tabId)).text).toBe('');
});

test('hostile page: no injection, and still a correct overlay', async ({ page, sw }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`${DEMO}/hostile-2024/`);
  const tabId = await tabIdOf(sw, page);
  await waitForStatus(sw, tabId, 'ready');

  const expected = readExpected('hostile-2024');
  const marks = (await marksOn(page)).filter((m) => m.severity === 'error' || m.severity === 'warning');
  const wanted = new Set(expected.findings.flatMap((f) => (f.cells ?? []).map((c) => `${c.table}.${c.row}.${c.col}`)));
  expect(new Set(marks.map((m) => m.cell))).toEqual(wanted);
  for (const m of marks) expect(m.rect.width).toBeGreaterThan(4);
  expect(marks.find((m) => m.cell === 'reviewLitigation.review.total')?.under).toBe('8');

  // The host is displayed despite `:not(:defined)`, `html > :not(body)` and tag-name rules with !important.
  const hostStyle = await page.locator(HOST_TAG).evaluate((el) => {
    const cs = getComputedStyle(el);
    return { display: cs.display, visibility: cs.visibility, opacity: cs.opacity, position: cs.position };
  });
  expect(hostStyle).toEqual({ display: 'block', visibility: 'visible', opacity: '1', position: 'fixed' });
  // The pins are really visible: the topmost element at a pin's centre is the overlay host.
  const pinHit = await page.evaluate(async (tag) => {
    const pin = document.querySelector(tag)!.shadowRoot!.querySelector<HTMLElement>('.pin')!;
    window.scrollBy(0, pin.getBoundingClientRect().top - innerHeight / 2);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const r = pin.getBoundingClientRect();
    return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)?.tagName.toLowerCase();
  }, HOST_TAG);
  expect(pinHit).toBe(HOST_TAG);

  // Open the popover and the side-panel data: page text is shown as text, never parsed as HTML.
  await page.locator(`${HOST_TAG} .pin`).first().click();
  await expect(page.locator(`${HOST_TAG} .popover`)).toBeVisible();
  const injected = await page.evaluate((tag) => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    foreign: (window as unknown as { __foreignNodes: string[] }).__foreignNodes,
    shadowImgs: document.querySelector(tag)!.shadowRoot!.querySelectorAll('img, script, iframe, object').length,
  }), HOST_TAG);
  expect(injected.pwned).toBeNull();
  expect(injected.shadowImgs).toBe(0);
  expect(injected.foreign).toEqual([HOST_TAG.toUpperCase()]);
  expect(dialogs).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('annotated-hostile-2024.png') });
});

test('a report whose body arrives later by script is checked once it settles', async ({ context, page, sw, extensionId }) => {
  await page.goto(`${DEMO}/late-body-2024/`);
  const tabId = await tabIdOf(sw, page);
  await waitForStatus(sw, tabId, 'ready');
  expect(await page.locator(`${HOST_TAG}`).count()).toBe(1);
  const { report } = await analysisOf(context, extensionId, tabId);
  expect(report?.year).toBe(2024);
  expect([report?.tableInfo.active.found, report?.tableInfo.applications.found, report?.tableInfo.reviewLitigation.found]).toEqual([true, true, true]);
  expect(report?.tables.reviewLitigation.review?.total?.value).toBe(readExpected('late-body-2024').report?.tables?.reviewLitigation.review.total);
});

test('the side panel follows its tab to a new page', async ({ context, page, sw, extensionId }) => {
  await page.goto(`${DEMO}/errors-2024/`);
  const tabId = await tabIdOf(sw, page);
  await waitForStatus(sw, tabId, 'ready');
  const panel = await openPanel(context, extensionId, tabId);
  await expect(panel.locator('li.finding.sev-error')).toHaveCount(2);
  await page.goto(`${DEMO}/not-a-report/`);
  await expect(panel.locator('li.finding')).toHaveCount(0);
  await expect(panel.locator('.state')).toContainText('本页没有运行检查');
  await expect(panel.locator('button.check-page')).toBeVisible();
  // 「仍然检查此页面」 runs the checker anyway: the parser then says why this is no report, and nothing is drawn.
  await panel.locator('button.check-page').click();
  await expect(panel.locator('.state')).toContainText('此页面看起来不是政府信息公开工作年度报告');
  await expect(page.locator(HOST_TAG)).toHaveCount(0);
  expect((await badgeOf(sw, tabId)).text).toBe('');
});

test('re-scan when the report content changes', async ({ page, sw }) => {
  await page.goto(`${DEMO}/pingtan-2024/`);
  const tabId = await tabIdOf(sw, page);
  await waitForStatus(sw, tabId, 'ready');
  await expect(page.locator(`${HOST_TAG} .box[data-rule="t4-block-total"]`)).toHaveCount(0);
  // The portal edits a 表四 total in place: 7 → 8.
  await page.evaluate(() => {
    const table = document.querySelectorAll('table')[2];
    const row = table.rows[table.rows.length - 1];
    const p = row.cells[4].querySelector('p') ?? row.cells[4];
    p.textContent = '8';
  });
  await expect(page.locator(`${HOST_TAG} .box[data-cell="reviewLitigation.review.total"]`)).toHaveCount(1);
  await expect.poll(async () => (await badgeOf(sw, tabId)).text).toBe('1');
});

test('teardown removes everything and leaves the page exactly as it was', async ({ context, page, sw, extensionId }) => {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { __before: string }).__before = document.documentElement.outerHTML;
    });
  });
  await page.goto(`${DEMO}/errors-2024/`);
  const tabId = await tabIdOf(sw, page);
  await waitForStatus(sw, tabId, 'ready');
  await expect(page.locator(`${HOST_TAG} .box`)).toHaveCount(2);
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${extensionId}/options/index.html`);
  expect(await ext.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'content/teardown' }, { frameId: 0 }), tabId)).toEqual({ ok: true });
  await expect(page.locator(HOST_TAG)).toHaveCount(0);
  await waitForStatus(sw, tabId, 'stopped');
  expect((await badgeOf(sw, tabId)).text).toBe('');
  // No listener is left: page changes no longer bring the overlay back.
  await page.evaluate(() => document.body.append(Object.assign(document.createElement('p'), { id: 'late', textContent: '新增段落' })));
  await page.mouse.move(300, 300);
  await page.waitForTimeout(1500);
  await expect(page.locator(HOST_TAG)).toHaveCount(0);
  const same = await page.evaluate(() => {
    document.getElementById('late')!.remove();
    return document.documentElement.outerHTML === (window as unknown as { __before: string }).__before;
  });
  expect(same).toBe(true);
});

test('a same-document navigation (SPA) to a report is checked, after the late-body probes gave up', async ({ context, page, sw }) => {
  const shell = '<!doctype html><html><head><meta charset="utf-8"><title>政务公开 - 示例门户</title></head><body><nav>首页 政务公开 新闻</nav><main id="app"><ul><li>通知公告</li></ul></main></body></html>';
  await context.route(`${DEMO}/spa-2024/**`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: shell }));
  await page.goto(`${DEMO}/spa-2024/`);
  const tabId = await tabIdOf(sw, page);
  const gateRecord = () => sw.evaluate(async (id) => ((await chrome.storage.session.get(`gate:${id}`))[`gate:${id}`] ?? null) as { report: boolean; runs: number; probes: number } | null, tabId);
  // The shell said no; the probes at 1.5 s and 5 s found it unchanged, so the one at 12 s did not run.
  await expect.poll(async () => (await gateRecord())?.probes ?? 0, { timeout: 20_000 }).toBe(2);
  await page.waitForTimeout(13_000 - 5000);
  expect(await gateRecord()).toMatchObject({ report: false, runs: 1, probes: 2 });
  await expect(page.locator(HOST_TAG)).toHaveCount(0);
  // The app navigates: a new URL, the report arrives by script.
  await page.evaluate(async (src) => {
    const doc = new DOMParser().parseFromString(await (await fetch(src)).text(), 'text/html');
    history.pushState({}, '', 'report-1');
    document.title = doc.title;
    document.body.replaceWith(document.adoptNode(doc.body));
  }, `${DEMO}/errors-2024/`);
  await waitForStatus(sw, tabId, 'ready');
  expect((await gateRecord())?.report).toBe(true);
  expect((await badgeOf(sw, tabId)).text).toBe('2');
});
