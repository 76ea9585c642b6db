/**
 * The gate's two text patterns, as plain string scans: `hasReportTitle(s) === looksLikeReportTitle(s)` (REPORT_TITLE_RE
 * in ./metadata.ts) and `hasSectionHeading(s) === SECTION_RE.test(s)` (./detect.ts), for every string (checked by
 * property tests in tests/parse/report-signs.test.ts). For the extension's first-stage gate, which runs on every
 * permitted page: `indexOf` of a literal turns most pages away without compiling or running a regular expression.
 */

/** REPORT_TITLE_RE = /(政府)?信息公开.{0,6}(年度报告|年报|年度工作报告)/: the optional 政府 never changes whether it matches. */
const TITLE_KEY = '信息公开';
const TITLE_GAP = 6;
const TITLE_TAILS = ['年度报告', '年报', '年度工作报告'] as const;

/** SECTION_RE = /[一二三四]\s*[、.．]\s*(总体情况|主动公开政府信息情况|收到和处理政府信息公开申请情况|概述)/. */
const SECTION_WORDS = ['总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '概述'] as const;
const SECTION_NUMERALS = '一二三四';
const SECTION_MARKS = '、.．';

/** `.` in a JS regular expression (no `s` flag) matches any code unit but these line terminators. */
const isLineTerminator = (c: number) => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;

/** `\s` in a JS regular expression: WhiteSpace (TAB, VT, FF, ZWNBSP, the Zs category) and LineTerminator. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Same answer as `looksLikeReportTitle(s)`. */
export function hasReportTitle(s: string): boolean {
  for (let i = s.indexOf(TITLE_KEY); i >= 0; i = s.indexOf(TITLE_KEY, i + 1)) {
    const from = i + TITLE_KEY.length;
    for (let k = from; k <= from + TITLE_GAP && k < s.length; k++) {
      for (const tail of TITLE_TAILS) if (s.startsWith(tail, k)) return true;
      if (isLineTerminator(s.charCodeAt(k))) break; // `.` cannot step over it
    }
  }
  return false;
}

/** Same answer as `SECTION_RE.test(s)`: a section word preceded by 「一、」「二.」… with any `\s` around the mark. */
export function hasSectionHeading(s: string): boolean {
  for (const word of SECTION_WORDS) {
    for (let i = s.indexOf(word); i >= 0; i = s.indexOf(word, i + 1)) {
      let j = i - 1;
      while (j >= 0 && isSpace(s.charCodeAt(j))) j--;
      if (j < 0 || !SECTION_MARKS.includes(s[j])) continue;
      j--;
      while (j >= 0 && isSpace(s.charCodeAt(j))) j--;
      if (j >= 0 && SECTION_NUMERALS.includes(s[j])) return true;
    }
  }
  return false;
}
