import type { Lang } from '../../core/index.ts';
import type { FindingExportRow } from '../db/queries/export.ts';
import { translate } from '../i18n/index.ts';
import { findingTable } from './finding-table.ts';

/** Findings as an .xlsx workbook (exceljs, loaded only when needed: its own chunk). */
export async function findingsXlsx(rows: readonly FindingExportRow[], lang: Lang): Promise<ArrayBuffer> {
  const mod = await import('exceljs');
  const ExcelJS = (mod as unknown as { default?: typeof mod }).default ?? mod;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Nianbao Inspector';
  wb.created = new Date();
  const table = findingTable(rows, lang);
  const sheet = wb.addWorksheet(translate(lang, 'export.sheet.findings'), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(table.header);
  for (const r of table.rows) sheet.addRow(r);
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.header.length } };
  table.header.forEach((_, i) => (sheet.getColumn(i + 1).width = [0, 1, 2, 5, 6, 7, 8].includes(i) ? 14 : 28));

  const reports = wb.addWorksheet(translate(lang, 'export.sheet.reports'));
  reports.addRow([
    translate(lang, 'export.csv.agency'),
    translate(lang, 'export.csv.region'),
    translate(lang, 'export.csv.year'),
    translate(lang, 'export.csv.title'),
    translate(lang, 'export.csv.url'),
    translate(lang, 'export.csv.findings'),
  ]);
  const seen = new Map<string, { row: FindingExportRow; n: number }>();
  for (const r of rows) {
    const e = seen.get(r.report.id);
    if (e) e.n++;
    else seen.set(r.report.id, { row: r, n: 1 });
  }
  for (const { row, n } of seen.values()) reports.addRow([row.report.agency, row.report.region ?? '', row.report.year || '', row.report.title, row.report.sourceUrl ?? '', n]);
  reports.getRow(1).font = { bold: true };
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}
