import { describe, expect, it } from 'vitest';
import { explain, formatValue } from '../../extension/shared/explain.ts';
import type { Finding } from '../../core/model/finding.ts';

const cell = { table: 'applications', row: 'resultsTotal', col: 'total' } as const;

describe('formatValue', () => {
  it('shows numbers plainly and null as blank', () => {
    expect(formatValue(96, cell, 'zh-CN')).toBe('96');
    expect(formatValue(null, cell, 'zh-CN')).toBe('（空）');
    expect(formatValue(undefined, cell, 'zh-CN')).toBeNull();
  });

  it("picks the marked cell's entry from a per-column object", () => {
    expect(formatValue({ naturalPerson: 26, total: 27 }, cell, 'zh-CN')).toBe('27');
    expect(formatValue({ naturalPerson: 26, total: 27 }, { ...cell, col: 'naturalPerson' }, 'en')).toBe('26');
  });

  it('labels every entry when the marked cell has none', () => {
    expect(formatValue({ naturalPerson: 26, commercial: 1 }, cell, 'zh-CN')).toBe('自然人 26；商业企业 1');
  });
});

describe('explain', () => {
  const finding: Finding = {
    ruleId: 't4-block-total',
    severity: 'error',
    outcome: 'fail',
    messageId: 'mismatch',
    data: {},
    message: '行政复议：各项之和 = 7，总计栏填报 8',
    cells: [{ table: 'reviewLitigation', row: 'review', col: 'total' }],
    related: [{ table: 'reviewLitigation', row: 'review', col: 'upheld' }],
    text: [],
    expected: 7,
    actual: 8,
  };

  it("uses the rule's docs for name, why and fix, in the chosen language", () => {
    const zh = explain(finding, 'zh-CN');
    expect(zh.ruleName).toBe('表四各栏总计');
    expect(zh.why).toMatch(/总计/);
    expect(zh.fix).toBeTruthy();
    expect([zh.expected, zh.actual]).toEqual(['7', '8']);
    expect(zh.related).toEqual(['表四 行政复议 · 结果维持']);
    const en = explain(finding, 'en');
    expect(en.ruleName).toBe('Table 4 block totals');
    expect(en.related[0]).toMatch(/Upheld/);
  });

  it('falls back to the rule id for an unknown rule', () => {
    expect(explain({ ...finding, ruleId: 'no-such-rule' }, 'zh-CN')).toMatchObject({ ruleName: 'no-such-rule', why: null, fix: null });
  });
});
