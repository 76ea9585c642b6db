import type { Report } from './report.ts';
import { hashString } from './hash.ts';
import { plainTables } from './plain.ts';

/** Content identity of a report: prose text plus every table value. Equal hashes mean the same published content. */
export function reportHash(report: Pick<Report, 'text' | 'tables'>): string {
  return hashString(report.text + '\u0000' + JSON.stringify(plainTables(report.tables)));
}
