import { describe, expect, it } from 'vitest';
import { csvField, findingsCsv } from '../../pwa/export/csv.ts';
import type { FindingExportRow } from '../../pwa/db/queries/export.ts';
import type { ReportRow } from '../../pwa/db/records.ts';
import { finding } from './capture-helpers.ts';

const report = { id: 'r', agency: '某局', region: '某省', year: 2023, title: '标题, 带"引号"', sourceUrl: 'https://x.cn/a', counts: { error: 1, warning: 0, info: 0 } } as ReportRow;

describe('findings CSV', () => {
  it('quotes fields with commas, quotes and line breaks, and defuses formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-12')).toBe('-12');
    expect(csvField(42)).toBe('42');
  });

  it('starts with a BOM, has a header and one CRLF line per finding, in the chosen language', () => {
    const f = { ...finding('t4-block-total'), id: 'r#k', reportId: 'r', key: 'k' };
    const rows: FindingExportRow[] = [
      { report, finding: f, review: null },
      { report, finding: { ...f, id: 'r#k2', severity: 'warning' }, review: { id: 'r#k2', reportId: 'r', findingKey: 'k2', status: 'dismissed', reason: '口径', createdAt: 'a', updatedAt: 'b' } },
    ];
    const zh = findingsCsv(rows, 'zh-CN');
    expect(zh.startsWith('\uFEFF机关,地区,年度')).toBe(true);
    const lines = zh.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('"标题, 带""引号"""');
    expect(lines[2]).toContain('已驳回');
    expect(lines[2]).toContain('口径');
    expect(findingsCsv(rows, 'en').slice(1).startsWith('Agency,Region,Year')).toBe(true);
  });
});
