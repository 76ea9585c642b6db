/**
 * core/parse/report-signs.ts replaces the gate's two regular expressions by string scans in the extension's first
 * stage: they must give the same answer on every string, not merely on the fixtures.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SECTION_RE } from '../../core/parse/detect.ts';
import { looksLikeReportTitle } from '../../core/parse/metadata.ts';
import { hasReportTitle, hasSectionHeading } from '../../core/parse/report-signs.ts';

/** Strings made of the patterns' pieces, their near misses and every kind of `\s` and line terminator. */
const piece = fc.constantFrom(
  '政府', '信息公开', '信息', '公开', '年度报告', '年报', '年度工作报告', '年度', '工作', '报告', '年',
  '一', '二', '三', '四', '五', '、', '.', '．', ',', '总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '概述', '概', '述',
  ' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u200a', '\u200b', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u0085',
  'a', '字', '\ud800', 'x'.repeat(5),
);
const text = fc.array(piece, { maxLength: 30 }).map((xs) => xs.join(''));

describe('report-signs (string scans equal to the gate regexes)', () => {
  it('hasReportTitle(s) === looksLikeReportTitle(s)', () => {
    fc.assert(fc.property(text, (s) => hasReportTitle(s) === looksLikeReportTitle(s)), { numRuns: 20_000, seed: 20261130 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => hasReportTitle(s) === looksLikeReportTitle(s)), { numRuns: 5000, seed: 7 });
  });

  it('hasSectionHeading(s) === SECTION_RE.test(s)', () => {
    fc.assert(fc.property(text, (s) => hasSectionHeading(s) === SECTION_RE.test(s)), { numRuns: 20_000, seed: 20261130 });
  });

  it('the gap and the line terminators, by hand', () => {
    expect(hasReportTitle('政府信息公开工作年度报告')).toBe(true);
    expect(hasReportTitle('信息公开123456年报')).toBe(true);
    expect(hasReportTitle('信息公开1234567年报')).toBe(false);
    expect(hasReportTitle('信息公开\n年报')).toBe(false);
    expect(hasReportTitle('信息公开 \u3000年报')).toBe(true);
    expect(hasSectionHeading('一 、\u3000总体情况')).toBe(true);
    expect(hasSectionHeading('一\n．\n概述')).toBe(true);
    expect(hasSectionHeading('五、总体情况')).toBe(false);
    expect(hasSectionHeading('一、\u200b总体情况')).toBe(false); // U+200B is not \s
  });
});
