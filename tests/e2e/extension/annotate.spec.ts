import { analysisOf, badgeOf, cellId, DEMO, expect, expectedText, HOST_TAG, marksOn, readExpected, tabIdOf, test, waitForStatus } from './fixtures.ts';

/** Report pages (real fixtures and the deliberate-error demo page): flagged cells as expected.json says, each over the right <td>. */
const PAGES = ['errors-2024', 'pingtan-2019', 'pingtan-2020', 'pingtan-2021', 'pingtan-2022', 'pingtan-2023', 'pingtan-2024'];

for (const slug of PAGES) {
  test(`flags exactly the expected cells on ${slug}`, async ({ context, page, sw, extensionId }) => {
    const expected = readExpected(slug);
    await page.goto(`${DEMO}/${slug}/`);
    const tabId = await tabIdOf(sw, page);
    await waitForStatus(sw, tabId, 'ready');
    const analysis = await analysisOf(context, extensionId, tabId);

    const wanted = new Map<string, string>();
    const wantedErrors = new Set<string>();
    for (const finding of expected.findings) {
      for (const cell of finding.cells ?? []) {
        wanted.set(cellId(cell), expectedText(expected, finding, cell));
        if (finding.severity === 'error') wantedErrors.add(cellId(cell));
      }
    }
    const marks = (await marksOn(page)).filter((m) => m.severity === 'error' || m.severity === 'warning');
    // Errors: exactly the expected cells. Warnings: at least the expected ones (expected.json lists the report's known
    // problems; a rule may raise a further warning, which must still sit on the right cell).
    expect(new Set(marks.filter((m) => m.severity === 'error').map((m) => m.cell))).toEqual(wantedErrors);
    const marked = new Set(marks.map((m) => m.cell));
    for (const cell of wanted.keys()) expect(marked.has(cell), `${cell} is marked`).toBe(true);
    for (const mark of marks) {
      const id = mark.cell!;
      const [table, row, col] = [id.slice(0, id.indexOf('.')), id.slice(id.indexOf('.') + 1, id.lastIndexOf('.')), id.slice(id.lastIndexOf('.') + 1)];
      const raw = (analysis.report?.tables as Record<string, Record<string, Record<string, { raw: string }>>> | undefined)?.[table]?.[row]?.[col]?.raw;
      expect(mark.rect.width, `${mark.cell} box has a size`).toBeGreaterThan(4);
      expect(mark.under, `the box of ${mark.cell} sits over the cell that prints the flagged value`).toBe(wanted.get(mark.cell!) ?? raw?.replace(/\s+/g, ''));
    }

    // Errors: exactly the expected rules; every expected finding is raised.
    const errors = analysis.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.ruleId).sort()).toEqual(expected.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId).sort());
    for (const f of expected.findings) expect(analysis.findings.some((a) => a.ruleId === f.ruleId && a.severity === f.severity), f.ruleId).toBe(true);

    // Sentences at fault are located and outlined over the text that contains the snippet.
    for (const [i, f] of analysis.findings.entries()) {
      if (!f.text.length || f.severity === 'info') continue;
      expect(analysis.located[i], `${f.ruleId} located`).toBe(true);
      const texts = page.locator(`${HOST_TAG} .text-group[data-key="${analysis.keys[i].replace(/"/g, '\\"')}"] .text-box`);
      await expect(texts.first()).toBeAttached();
      const under = await texts.first().evaluate(async (box) => {
        window.scrollBy(0, box.getBoundingClientRect().top - innerHeight / 2);
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const r = box.getBoundingClientRect();
        return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)?.closest('p, div, td, span')?.textContent?.replace(/\s+/g, '') ?? '';
      });
      const snippet = f.text[0].snippet.replace(/\s+/g, '');
      expect(under.includes(snippet.slice(0, 6)) || snippet.includes(under.slice(0, 6)), `${f.ruleId}: outline over its sentence`).toBe(true);
    }

    // Badge: error count, else warnings, else notes.
    const warnings = analysis.findings.filter((f) => f.severity === 'warning').length;
    const infos = analysis.findings.filter((f) => f.severity === 'info').length;
    const badge = await badgeOf(sw, tabId);
    expect(badge.text).toBe(errors.length ? String(errors.length) : warnings ? String(warnings) : infos ? String(infos) : '✓');
    expect(badge.title).toMatch(/年报审查助手：本页年报/);

    await page.screenshot({ path: test.info().outputPath(`annotated-${slug}.png`) });
  });
}

test('popover explains the finding: rule name, expected vs actual, why and how to fix (zh-CN)', async ({ page, sw }) => {
  await page.goto(`${DEMO}/errors-2024/`);
  await waitForStatus(sw, await tabIdOf(sw, page), 'ready');
  const box = page.locator(`${HOST_TAG} .box[data-cell="reviewLitigation.review.total"]`);
  await box.evaluate(async (el) => {
    window.scrollBy(0, el.getBoundingClientRect().top - innerHeight / 2);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
  const rect = await box.boundingBox();
  expect(rect).not.toBeNull();
  await page.mouse.move(rect!.x + rect!.width / 2, rect!.y + rect!.height / 2);
  const popover = page.locator(`${HOST_TAG} .popover`);
  await expect(popover).toBeVisible();
  await expect(popover.locator('.rule')).toHaveText('表四各栏总计');
  await expect(popover.locator('.message')).toHaveText('行政复议：各项之和 = 7，总计栏填报 8');
  await expect(popover.locator('dd.expected')).toHaveText('7');
  await expect(popover.locator('dd.actual')).toHaveText('8');
  await expect(popover.locator('.why')).toContainText('之和应等于总计');
  await expect(popover.locator('.fix')).not.toBeEmpty();
  // Related cells (the four parts) are tinted.
  await expect(page.locator(`${HOST_TAG} .related[data-key^="t4-block-total|mismatch|reviewLitigation.review.total|"]`)).toHaveCount(4);
  await page.screenshot({ path: test.info().outputPath('popover-errors-2024.png') });

  // Keyboard: the pin is focusable and opens the popover on focus; Escape closes it.
  await page.mouse.move(1, 1);
  await expect(popover).toBeHidden();
  const pin = page.locator(`${HOST_TAG} .pin[data-rule="t4-block-total"]`).first();
  await pin.focus();
  await expect(popover).toBeVisible();
});

test('the page DOM is untouched apart from the single overlay host', async ({ page, sw }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __records: string[]; __before: string };
    w.__records = [];
    new MutationObserver((records) => {
      for (const r of records) {
        const added = Array.from(r.addedNodes).map((n) => n.nodeName);
        w.__records.push(`${r.type}:${(r.target as Element).nodeName}:${r.attributeName ?? ''}:${added.join(',')}:${r.removedNodes.length}`);
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    document.addEventListener('DOMContentLoaded', () => {
      w.__before = document.documentElement.outerHTML;
      w.__records = [];
    });
  });
  await page.goto(`${DEMO}/errors-2024/`);
  await waitForStatus(sw, await tabIdOf(sw, page), 'ready');
  // Interact: scroll to a mark, hover it, click its pin, scroll on.
  await page.locator(`${HOST_TAG} .box`).first().evaluate(async (box) => {
    window.scrollBy(0, box.getBoundingClientRect().top - innerHeight / 2);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
  const pin = page.locator(`${HOST_TAG} .pin`).first();
  await pin.hover();
  await pin.click();
  await page.mouse.wheel(0, 400);
  await page.waitForTimeout(200);
  const result = await page.evaluate((tag) => {
    const w = window as unknown as { __records: string[]; __before: string };
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    const hosts = clone.querySelectorAll(tag);
    hosts.forEach((h) => h.remove());
    return { before: w.__before, after: clone.outerHTML, hosts: hosts.length, records: w.__records };
  }, HOST_TAG);
  expect(result.hosts).toBe(1);
  expect(result.after).toBe(result.before);
  expect(result.records).toEqual([`childList:HTML::${HOST_TAG.toUpperCase()}:0`]);
});
