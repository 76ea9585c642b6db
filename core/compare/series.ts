import type { Report } from '../model/report.ts';
import { collectAddresses, valueAt, type CellAddress } from './cell-order.ts';
import { yoyChange, type YoyChange } from './yoy.ts';

export interface SeriesPoint {
  year: number;
  value: number | null;
  /** Change from the previous point, when that point is the consecutive year. */
  change: YoyChange | null;
}

export interface IndicatorSeries extends CellAddress {
  points: SeriesPoint[];
}

type YearReport = Pick<Report, 'tables' | 'year'>;

/**
 * One series per canonical cell across the years of one agency. Reports without a year are ignored; when two
 * reports claim the same year the first one wins. YoY is given only between consecutive years (a gap breaks it).
 */
export function yearSeries(reports: readonly YearReport[]): IndicatorSeries[] {
  const byYear = new Map<number, YearReport>();
  for (const r of reports) if (r.year !== null && !byYear.has(r.year)) byYear.set(r.year, r);
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const ordered = years.map((y) => byYear.get(y)!);
  return collectAddresses(ordered).map((address) => {
    const points: SeriesPoint[] = [];
    years.forEach((year, i) => {
      const value = valueAt(ordered[i], address);
      const prev = points[i - 1];
      const change = prev && prev.year === year - 1 ? yoyChange(prev.value, value) : null;
      points.push({ year, value, change });
    });
    return { ...address, points };
  });
}
