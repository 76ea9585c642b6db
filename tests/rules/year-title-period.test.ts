import { describe, expect, it } from 'vitest';
import rule from '../../core/rules/year-title-period.ts';
import { runRules } from '../../core/engine/run.ts';
import { ruleTester } from '../helpers/rule-tester.ts';
import { buildReport } from '../helpers/report-builder.ts';

/** Seed (湘乡市政府办): title 2023, period 2022. */
const seed = () =>
  buildReport({ agency: '湘乡市政府办', year: 2023, titleYear: 2023, period: { start: '2022-01-01', end: '2022-12-31' }, titleInText: true, published: null });

ruleTester(rule, {
  valid: [
    { name: 'title and period agree', report: { titleInText: true } },
    { name: 'no period sentence', report: { period: null }, outcome: 'not-applicable' },
    { name: 'no year in the title', report: { titleYear: null, title: '某某局政府信息公开工作年度报告' }, outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'seed: 2023 title vs 2022 period',
      report: seed,
      errors: [{ messageId: 'mismatch', severity: 'error', expected: 2023, actual: 2022, data: { titleYear: 2023, periodYear: 2022 } }],
    },
  ],
});

describe('year-title-period anchors', () => {
  it('points at the title and at the period sentence, in both languages with both years', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const [f] = runRules(seed(), { rules: [rule], lang }).findings;
      expect(f.text.map((t) => t.snippet)).toEqual(['湘乡市政府办2023年政府信息公开工作年度报告', '本报告中所列数据统计期限自2022年1月1日起，至2022年12月31日止']);
      const report = seed();
      for (const t of f.text) expect(report.text.slice(t.start, t.end)).toBe(t.snippet);
      expect(f.message).toContain('2023');
      expect(f.message).toContain('2022');
    }
  });
});
