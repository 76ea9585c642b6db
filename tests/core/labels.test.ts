import { describe, expect, it } from 'vitest';
import { cellLabel } from '../../core/i18n/labels.ts';
import { formatMessage, label } from '../../core/i18n/format.ts';

describe('cell labels', () => {
  it('names table, row and column in Chinese', () => {
    expect(cellLabel({ table: 'applications', row: 'resultsTotal', col: 'naturalPerson' }, 'zh-CN')).toBe('表三 三（七）总计 · 自然人');
  });
  it('names the table by number in English', () => {
    expect(cellLabel({ table: 'reviewLitigation', row: 'review', col: 'upheld' }, 'en')).toBe('Table 4 Administrative review · Upheld');
  });
  it('renders label refs in message data by language', () => {
    const data = { cell: label({ table: 'active', row: 'fees', col: 'amountWan' }), n: 5949.088667 };
    expect(formatMessage('{cell} = {n}', data, 'zh-CN')).toBe('表二 行政事业性收费 · 本年收费金额（万元） = 5949.088667');
    expect(formatMessage('{cell} = {n} {missing}', data, 'en')).toBe('Table 2 Administrative fees · Amount (10k yuan) = 5949.088667 {missing}');
  });
});
