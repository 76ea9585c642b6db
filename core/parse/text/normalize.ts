/** Text normalisation shared by the DOM and the text parsers. Pure string functions, linear time. */

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** Full-width ASCII (U+FF01–U+FF5E) → ASCII, ideographic space → space. Other characters unchanged. */
export function toHalfWidth(s: string): string {
  // Fast path: most text has nothing to convert (no copy, no per-character concatenation).
  let first = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0xff01 && c <= 0xff5e) || c === 0x3000) {
      first = i;
      break;
    }
  }
  if (first < 0) return s;
  let out = s.slice(0, first);
  let changed = false;
  for (let i = first; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) {
      out += String.fromCharCode(c - 0xfee0);
      changed = true;
    } else if (c === 0x3000) {
      out += ' ';
      changed = true;
    } else out += s[i];
  }
  return changed ? out : s;
}

/** Collapse every run of whitespace (incl. &nbsp; and the ideographic space) to one space and trim; zero-width characters go. */
export function collapseSpace(s: string): string {
  return s.replace(ZERO_WIDTH, '').replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

/**
 * Key used to compare printed labels: no whitespace, half-width, quotes and list punctuation unified.
 * 「1、」「1．」「1.」 → "1."; “”「」"" ‘’ are dropped; （） → ().
 */
export function labelKey(s: string): string {
  let key = LABEL_KEYS.get(s);
  if (key === undefined) {
    key = computeLabelKey(s);
    if (LABEL_KEYS.size >= MEMO_LIMIT) LABEL_KEYS.clear();
    LABEL_KEYS.set(s, key);
  }
  return key;
}

/** labelKey is pure and called many times on the same cell texts while tables are mapped: memoised (bounded). */
const LABEL_KEYS = new Map<string, string>();
const MEMO_LIMIT = 4096;

function computeLabelKey(s: string): string {
  return toHalfWidth(s.replace(ZERO_WIDTH, ''))
    .replace(/[\s\u00a0]+/g, '')
    .replace(/[“”"「」『』‘’'〝〞]/g, '')
    .replace(/[、，,．]/g, (m, offset: number, all: string) => (offset > 0 && /[0-9一二三四五六七八九十]/.test(all[offset - 1]) ? '.' : m));
}

/** Ordinal prefix of a label key: 「一、」 → {level:'top', n:1}; 「(三)」 → {level:'sub', n:3}; 「2.」 → {level:'leaf', n:2}. */
export interface Ordinal {
  level: 'top' | 'sub' | 'leaf';
  n: number;
  /** Length of the prefix in the label key. */
  length: number;
}

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** 「十二」 → 12 etc. (1..99); NaN when not a Chinese numeral. */
export function chineseNumber(s: string): number {
  if (s.length === 1) return CN_DIGITS[s] ?? NaN;
  if (s.length === 2 && s[0] === '十') return 10 + (CN_DIGITS[s[1]] ?? NaN);
  if (s.length === 2 && s[1] === '十') return (CN_DIGITS[s[0]] ?? NaN) * 10;
  if (s.length === 3 && s[1] === '十') return (CN_DIGITS[s[0]] ?? NaN) * 10 + (CN_DIGITS[s[2]] ?? NaN);
  return NaN;
}

export function ordinalOf(key: string): Ordinal | null {
  let m = /^([一二三四五六七八九十]{1,3})[.、]/.exec(key);
  if (m) {
    const n = chineseNumber(m[1]);
    if (!Number.isNaN(n)) return { level: 'top', n, length: m[0].length };
  }
  m = /^\(([一二三四五六七八九十]{1,3})\)/.exec(key);
  if (m) {
    const n = chineseNumber(m[1]);
    if (!Number.isNaN(n)) return { level: 'sub', n, length: m[0].length };
  }
  m = /^(\d{1,2})(?:[.)]|(?=[^\d.]))/.exec(key);
  if (m) return { level: 'leaf', n: Number(m[1]), length: m[0].length };
  m = /^\((\d{1,2})\)/.exec(key);
  if (m) return { level: 'leaf', n: Number(m[1]), length: m[0].length };
  return null;
}

/** The label key without its ordinal prefix. */
export function stripOrdinal(key: string): string {
  const o = ordinalOf(key);
  return o ? key.slice(o.length) : key;
}
