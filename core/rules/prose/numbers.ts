/**
 * Numbers in report prose: Arabic digits (half- or full-width, thousands separators, decimals, a trailing 万)
 * and Chinese numerals (一二三…十百千万, 零/〇/两). Pure functions, regexes compiled once.
 */

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Chinese numeral → number, e.g. 「七十五」 → 75, 「一百零三」 → 103, 「十二」 → 12; null when not a numeral. */
export function parseChineseNumeral(text: string): number | null {
  if (!text) return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of text) {
    if (ch in CN_DIGITS) {
      digit = CN_DIGITS[ch];
    } else if (ch in CN_UNITS) {
      section += (digit ?? 1) * CN_UNITS[ch];
      digit = null;
    } else if (ch === '万') {
      total += (section + (digit ?? 0)) * 10000;
      section = 0;
      digit = null;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}

/** Full-width digits and separators → ASCII. */
export function toHalfWidth(text: string): string {
  return text.replace(/[０-９．，％]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** Parses an Arabic number as printed in prose: 「1,234」「1，234」「１２」「1.5万」. */
export function parseArabic(text: string): number | null {
  let t = toHalfWidth(text).replace(/[,\s]/g, '');
  let factor = 1;
  if (t.endsWith('万')) {
    factor = 10000;
    t = t.slice(0, -1);
  }
  if (!/^\d+(?:\.\d+)?$/.test(t)) return null;
  const n = Math.round(Number(t) * factor * 1e6) / 1e6;
  // A run of hundreds of digits is not a count: no claim rather than Infinity in a message.
  return Number.isFinite(n) && n <= Number.MAX_SAFE_INTEGER ? n : null;
}

const ARABIC = String.raw`[0-9０-９](?:[0-9０-９]|[,，](?=[0-9０-９]{3}(?![0-9０-９])))*(?:[.．][0-9０-９]+)?\s*万?`;
const CHINESE = '[零〇一二两三四五六七八九十百千万]+';

export interface NumberToken {
  value: number;
  /** Offsets in the scanned string. */
  start: number;
  end: number;
  /** The unit right after the number: 件, %, 元, 万元, 条 … ('' when none). */
  unit: string;
  /** True when the number was written in Chinese numerals. */
  chinese: boolean;
}

const TOKEN = new RegExp(`(${ARABIC})\\s*(件|%|％|万元|元|条|个|篇|次|项|期)|(${CHINESE})(件)(?!事)`, 'gu');

/**
 * Every count (「N件」), percentage (「N%」) and amount (「N元」「N万元」) in a string. Chinese numerals are taken only
 * before 件 (and not in the fixed phrase 「一件事」); years and list ordinals are never counts.
 */
export function findNumbers(text: string): NumberToken[] {
  const out: NumberToken[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    if (m[1] !== undefined) {
      // An Arabic number glued to a preceding Latin letter or digit is a code (e.g. 「H5」), not a count.
      const before = m.index > 0 ? text[m.index - 1] : '';
      if (/[A-Za-z]/.test(before)) continue;
      const value = parseArabic(m[1]);
      if (value === null) continue;
      const unit = m[2] === '％' ? '%' : m[2];
      out.push({ value, start: m.index, end: m.index + m[0].length, unit, chinese: false });
    } else {
      const value = parseChineseNumeral(m[3]);
      if (value === null) continue;
      out.push({ value, start: m.index, end: m.index + m[0].length, unit: '件', chinese: true });
    }
  }
  return out;
}
