import { describe, expect, it } from 'vitest';
import { parseFirstGateResult, parseGateResult } from '../../extension/background/gate-result.ts';

describe('parseGateResult (the MAIN-world gate answer, written by a page we do not trust)', () => {
  it('accepts exactly the gate shape', () => {
    expect(parseGateResult({ report: true, ms: 0.4, size: 1200 })).toEqual({ report: true, ms: 0.4, size: 1200, trouble: false, stage: 2 });
    expect(parseGateResult({ report: false, ms: 0.4, size: 1200, trouble: true })).toEqual({ report: false, ms: 0.4, size: 1200, trouble: true, stage: 2 });
    expect(parseGateResult({ report: false, ms: 0, size: 0 })).toEqual({ report: false, ms: 0, size: 0, trouble: false, stage: 2 });
  });

  it('rejects anything else, so only a real boolean true can lead to the checker', () => {
    for (const bad of [undefined, null, true, 'true', 1, [], [true], { report: 'true', ms: 1, size: 1 }, { report: 1, ms: 1, size: 1 }, { report: true }, { report: true, ms: Number.NaN, size: 1 }, { report: true, ms: Infinity, size: 1 }, { report: true, ms: 1, size: -1 }, { report: true, ms: 1, size: 1.5 }, { report: true, ms: 1, size: '9' }, { report: true, ms: 1, size: 1, trouble: 'yes' }]) {
      expect(parseGateResult(bad), JSON.stringify(bad) ?? String(bad)).toBeNull();
    }
  });

  it('keeps only the three fields', () => {
    expect(parseGateResult({ report: true, ms: 1, size: 2, html: '<img onerror=alert(1)>' })).toEqual({ report: true, ms: 1, size: 2, trouble: false, stage: 2 });
  });
});

describe('parseFirstGateResult (the first stage: an element count, or -1 for "maybe")', () => {
  it('takes a non-negative integer as "certainly no report, this many elements"', () => {
    expect(parseFirstGateResult(0)).toBe(0);
    expect(parseFirstGateResult(1534)).toBe(1534);
  });

  it('reads anything else as "maybe" (null): the full gate decides', () => {
    for (const v of [-1, -0.5, 1.5, Number.NaN, Infinity, '12', null, undefined, true, {}, [3]]) expect(parseFirstGateResult(v), String(v)).toBeNull();
  });
});
