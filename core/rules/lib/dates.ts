import type { TextAnchor } from '../../model/cell.ts';
import type { Report } from '../../model/report.ts';
import { anchor } from './text.ts';

const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, O: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Reads 「2023」, 「２０２３」, 「二〇二三」, 「十二」, 「十六」, 「二十一」 as numbers. */
export function readNumber(raw: string): number | null {
  const s = raw.normalize('NFKC').replace(/\s+/g, '');
  if (/^\d+$/.test(s)) return Number(s);
  if (s.includes('十')) {
    const [tens, ones] = s.split('十');
    const t = tens === '' ? 1 : CN_DIGITS[tens];
    const o = ones === '' ? 0 : CN_DIGITS[ones];
    if (t === undefined || o === undefined) return null;
    return t * 10 + o;
  }
  let n = 0;
  for (const ch of s) {
    const d = CN_DIGITS[ch];
    if (d === undefined) return null;
    n = n * 10 + d;
  }
  return s.length ? n : null;
}

export interface SignatureDate {
  year: number;
  month: number;
  day: number | null;
  anchor: TextAnchor;
}

const DIGIT = '[0-9０-９〇零一二三四五六七八九]';
const SMALL = '[0-9０-９一二三四五六七八九十]';
/** A short line ending with a date: 「某某局 2023 年 1 月 16 日」, 「二〇二三年一月」. */
const SIGNATURE_LINE = new RegExp(`(${DIGIT}{4})\\s*年\\s*(${SMALL}{1,3})\\s*月(?:\\s*(${SMALL}{1,3})\\s*日)?\\s*$`);
const MAX_SIGNATURE_LINE = 48;

/** The signature date of the report: a date alone (or after the unit name) on one of the last three lines. */
export function findSignatureDate(report: Report): SignatureDate | null {
  const text = report.text;
  const tailStart = Math.max(0, text.length - 400);
  const lines: { start: number; line: string }[] = [];
  let offset = tailStart;
  for (const line of text.slice(tailStart).split('\n')) {
    if (line.trim()) lines.push({ start: offset, line });
    offset += line.length + 1;
  }
  for (const { start, line } of lines.slice(-3).reverse()) {
    if (line.trim().length > MAX_SIGNATURE_LINE) continue;
    const m = SIGNATURE_LINE.exec(line.trimEnd());
    // A signature line holds a unit name and the date, not a sentence.
    if (!m || /[，。；：,;:]/.test(line.slice(0, m.index))) continue;
    const year = readNumber(m[1]);
    const month = readNumber(m[2]);
    const day = m[3] ? readNumber(m[3]) : null;
    if (!year || !month || month < 1 || month > 12) continue;
    const at = start + m.index;
    return { year, month, day, anchor: anchor(report, at, at + m[0].trimEnd().length) };
  }
  return null;
}

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Government (人民政府, 政府办, 管委会, a bare region name) or one of its departments (…局, …委, …中心). */
export type AgencyKind = 'government' | 'department';

const GOVERNMENT = /人民政府|政府办|管理委员会|管委会/;
const DEPARTMENT_SUFFIX = /(局|委员会|委|厅|办公室|办|中心|院|所|署|站|队|处|部|会|社|馆|室|行|公司|集团|学校|大学|学院)$/;

export function agencyKind(name: string): AgencyKind {
  const n = name.replace(/\s+/g, '');
  if (GOVERNMENT.test(n)) return 'government';
  if (DEPARTMENT_SUFFIX.test(n)) return 'department';
  return 'government';
}
