import { expect, test } from '../network-guard.ts'; // fails the test if the PWA sends a request off 127.0.0.1
import ExcelJS from 'exceljs';
import { download, loadSamples } from './helpers.ts';

test('xlsx and CSV exports open and hold the findings', async ({ page }) => {
  await loadSamples(page);
  const expected = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const req = indexedDB.open('nianbao-library');
        req.onsuccess = () => {
          const c = req.result.transaction('findings').objectStore('findings').count();
          c.onsuccess = () => resolve(c.result);
        };
      }),
  );
  expect(expected).toBeGreaterThan(0);
  const xlsx = await download(page, 'export-xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet('问题');
  expect(sheet).toBeTruthy();
  expect(sheet!.getRow(1).getCell(1).value).toBe('机关');
  expect(sheet!.rowCount - 1).toBe(expected);
  const reports = wb.getWorksheet('报告');
  expect(reports!.rowCount).toBeGreaterThan(0);

  const csv = (await download(page, 'export-csv')).toString('utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv.trimEnd().split('\r\n').length - 1).toBe(expected);
});
