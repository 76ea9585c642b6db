export interface YoyChange {
  delta: number | null;
  /** current / previous; null when either side is missing or previous is 0. */
  ratio: number | null;
  /** Percentage change, rounded to one decimal. */
  percent: number | null;
}

/** Year-over-year change of one value. */
export function yoyChange(previous: number | null, current: number | null): YoyChange {
  if (previous === null || current === null) return { delta: null, ratio: null, percent: null };
  const delta = Math.round((current - previous) * 1e6) / 1e6;
  if (previous === 0) return { delta, ratio: null, percent: null };
  const ratio = current / previous;
  return { delta, ratio, percent: Math.round((ratio - 1) * 1000) / 10 };
}

/** The catalogue's plausibility threshold (report-format.md `yoy-outlier`): ratio > 5 or < 0.2. */
export function isYoyOutlier(change: YoyChange, high = 5, low = 0.2): boolean {
  return change.ratio !== null && (change.ratio > high || change.ratio < low);
}
