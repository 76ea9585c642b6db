import type { Lang } from '../../core/index.ts';
import type { FindingExportRow } from '../db/queries/export.ts';
import { findingTable, type FindingTableValue } from './finding-table.ts';

/** One CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF; formula-like text is defused for spreadsheets. */
export function csvField(value: FindingTableValue): string {
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Findings as CSV: UTF-8 with BOM (so Excel reads Chinese correctly), CRLF line ends. */
export function findingsCsv(rows: readonly FindingExportRow[], lang: Lang): string {
  const table = findingTable(rows, lang);
  const lines = [table.header, ...table.rows].map((r) => r.map(csvField).join(','));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
