/**
 * Short property-based runs (fast-check, shrinking on failure) straight against the parsers, in-process:
 * arbitrary strings — lone surrogates and control characters included — to parseText, and generated report-shaped
 * pages and HTML soup through the checker's read path. Long runs: `npm run fuzz`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../core/parse/parse-text.ts';
import { checkCase, judgeParseResult } from '../../scripts/fuzz/check-case.ts';
import { htmlSoupArbitrary, reportPageArbitrary, reportTextArbitrary, tableArbitrary } from '../../scripts/fuzz/generated.ts';

const SEED = 424242;
const describeFailures = (failures: { category: string; detail: string }[]) => failures.map((f) => `[${f.category}] ${f.detail}`);

describe('properties', () => {
  it('parseText answers any string (surrogates, controls, CJK) with a valid report or a clear ok:false', () => {
    const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 400 }), reportTextArbitrary);
    fc.assert(
      fc.property(anyText, (text) => {
        expect(describeFailures(judgeParseResult(parseText(text, { url: null }), 'text'))).toEqual([]);
      }),
      { seed: SEED, numRuns: 150 },
    );
  }, 60_000);

  it('report-shaped text with arbitrary tables and numbers keeps the invariants', () => {
    fc.assert(
      fc.property(reportTextArbitrary, (text) => {
        expect(describeFailures(checkCase(new TextEncoder().encode(text), '.txt').failures)).toEqual([]);
      }),
      { seed: SEED, numRuns: 80 },
    );
  }, 60_000);

  it('generated report pages and HTML soup go through parseBytes and the rules without failure, and the document is not changed', () => {
    const page = fc.oneof(reportPageArbitrary, htmlSoupArbitrary, tableArbitrary.map((t) => `<html><body><div id="zoom">${t}</div></body></html>`));
    fc.assert(
      fc.property(page, (html) => {
        expect(describeFailures(checkCase(new TextEncoder().encode(html), '.html', { checkMutation: true }).failures)).toEqual([]);
      }),
      { seed: SEED, numRuns: 80 },
    );
  }, 90_000);
});
