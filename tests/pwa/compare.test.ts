import { describe, expect, it } from 'vitest';
import { alignReports, alignmentSummary, carryoverContinuity, rankBy, stockRollforward, yearSeries, yoyChange, isYoyOutlier } from '../../core/compare/index.ts';
import { buildReport } from '../helpers/report-builder.ts';

describe('compare logic (core/compare)', () => {
  it('aligns two reports by canonical key and marks differences', () => {
    const a = buildReport({ applications: { received: { total: 5 } } });
    const b = buildReport({ applications: { received: { total: 7 } }, formatVersion: '2019' });
    const cells = alignReports(a, b);
    const received = cells.find((c) => c.table === 'applications' && c.row === 'received' && c.col === 'total')!;
    expect(received).toMatchObject({ status: 'changed', delta: 2 });
    const summary = alignmentSummary(cells);
    expect(summary.changed).toBe(1);
    expect(summary['only-left']).toBeGreaterThan(0); // 2021 rows the 2019 format lacks
    expect(summary['only-right']).toBeGreaterThan(0);
    // Printed order: table 2, then 3, then 4.
    const tables = cells.map((c) => c.table);
    expect(tables.indexOf('applications')).toBeGreaterThan(tables.lastIndexOf('active'));
  });

  it('builds year series with YoY only between consecutive years', () => {
    const r = (year: number, v: number) => buildReport({ year, active: { licensing: { decisions: v } } });
    const series = yearSeries([r(2023, 60), r(2021, 10), r(2022, 20)]).find((s) => s.row === 'licensing')!;
    expect(series.points.map((p) => [p.year, p.value])).toEqual([[2021, 10], [2022, 20], [2023, 60]]);
    expect(series.points[1].change).toMatchObject({ delta: 10, percent: 100 });
    const gap = yearSeries([r(2020, 1), r(2022, 2)]).find((s) => s.row === 'licensing')!;
    expect(gap.points[1].change).toBeNull();
  });

  it('computes YoY and the outlier threshold', () => {
    expect(yoyChange(10, 5)).toEqual({ delta: -5, ratio: 0.5, percent: -50 });
    expect(yoyChange(0, 5)).toEqual({ delta: 5, ratio: null, percent: null });
    expect(yoyChange(null, 5).delta).toBeNull();
    expect(yoyChange(7545, 7730.28).delta).toBe(185.28);
    expect(isYoyOutlier(yoyChange(550, 9487))).toBe(true);
    expect(isYoyOutlier(yoyChange(100, 300))).toBe(false);
  });

  it('checks carry-over continuity per column and stock roll-forward', () => {
    const prev = buildReport({ year: 2022, applications: { carriedForward: { naturalPerson: 3, total: 3 } }, active: { normativeDocuments: { inForce: 10 } } });
    const cur = buildReport({ year: 2023, applications: { carriedOver: { naturalPerson: 5, total: 3 } }, active: { normativeDocuments: { issued: 4, repealed: 1, inForce: 13 } } });
    const carry = carryoverContinuity(prev, cur);
    expect(carry.filter((c) => c.ok === false).map((c) => c.key)).toEqual(['naturalPerson']);
    expect(carry.find((c) => c.key === 'total')).toMatchObject({ expected: 3, actual: 3, ok: true });
    const stock = stockRollforward(prev, cur);
    expect(stock.find((s) => s.key === 'normativeDocuments')).toMatchObject({ expected: 13, actual: 13, ok: true });
    const legacy = buildReport({ year: 2022, formatVersion: 'legacy' });
    expect(carryoverContinuity(legacy, cur).every((c) => c.ok === null)).toBe(true);
  });

  it('ranks with shared ranks for ties and unscored items last', () => {
    const { ranked, unscored } = rankBy(['a', 'b', 'c', 'd'], (x) => ({ a: 5, b: 9, c: 5, d: null })[x] ?? null);
    expect(ranked.map((r) => [r.item, r.rank])).toEqual([['b', 1], ['a', 2], ['c', 2]]);
    expect(unscored).toEqual(['d']);
  });
});
