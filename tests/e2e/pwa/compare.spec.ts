import { expect, test } from '../network-guard.ts'; // fails the test if the PWA sends a request off 127.0.0.1
import { SHOTS, loadSamples } from './helpers.ts';

test('compare view shows the carry-over mismatch of the prepared pair of years', async ({ page }) => {
  await loadSamples(page);
  await page.goto(`/#/compare/agency?agency=${encodeURIComponent('示例区人民政府')}`);
  const carry = page.getByTestId('carryover-2023');
  await expect(carry).toBeVisible();
  // The sample moves 2 natural-person applications: 2023 二 ≠ 2022 四 for 自然人 and 总计, nowhere else.
  await expect(carry.getByTestId('continuity-mismatch')).toHaveCount(2);
  await expect(carry.locator('[data-testid="continuity-mismatch"][data-key="naturalPerson"]')).toBeVisible();
  await expect(carry.locator('[data-testid="continuity-mismatch"][data-key="total"]')).toBeVisible();
  await expect(page.getByTestId('series-chart')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/compare-agency.png`, fullPage: true });

  // A consistent agency has no mismatch.
  await page.goto(`/#/compare/agency?agency=${encodeURIComponent('示例县人民政府')}`);
  await expect(page.getByTestId('carryover-2023')).toBeVisible();
  await expect(page.locator('[data-testid^="carryover-"] [data-testid="continuity-mismatch"]')).toHaveCount(0);

  // Region: ranked agencies and who has not been captured yet.
  await page.goto('/#/compare/region');
  await expect(page.getByTestId('rank-errors')).toBeVisible();
  await expect(page.getByTestId('region-missing')).toContainText('示例镇人民政府');
  await page.screenshot({ path: `${SHOTS}/compare-region.png`, fullPage: true });

  // Two reports side by side, differences highlighted.
  await page.getByTestId('nav-library').click();
  const ids = await page.getByTestId('report-row').evaluateAll((rows) => rows.slice(0, 2).map((r) => r.getAttribute('data-id') ?? ''));
  await page.goto(`/#/compare/pair?a=${encodeURIComponent(ids[0])}&b=${encodeURIComponent(ids[1])}`);
  await expect(page.getByTestId('pair-table')).toBeVisible();
  await expect(page.getByTestId('pair-table').locator('tr[data-status="changed"]').first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/compare-pair.png`, fullPage: true });
});
