import { APPLICATION_COLUMNS } from '../model/keys.ts';
import type { Report } from '../model/report.ts';

type Tables = Pick<Report, 'tables'>;

export interface ContinuityCheck {
  /** Canonical column (表三) or row (表二) key. */
  key: string;
  expected: number | null;
  actual: number | null;
  /** null when a value is missing: not assessable. */
  ok: boolean | null;
}

/** 表三 二、上年结转[Y][c] = 四、结转下年度[Y-1][c], per column (report-format.md `carryover-continuity`). */
export function carryoverContinuity(previous: Tables, current: Tables): ContinuityCheck[] {
  return APPLICATION_COLUMNS.map((col) => {
    const expected = previous.tables.applications?.carriedForward?.[col]?.value ?? null;
    const actual = current.tables.applications?.carriedOver?.[col]?.value ?? null;
    return { key: col, expected, actual, ok: expected === null || actual === null ? null : expected === actual };
  });
}

/** 表二 现行有效[Y] = 现行有效[Y-1] + 本年制发[Y] − 本年废止[Y] for 规章 and 行政规范性文件 (`stock-rollforward`, 2021 format). */
export function stockRollforward(previous: Tables, current: Tables): ContinuityCheck[] {
  return (['regulations', 'normativeDocuments'] as const).map((row) => {
    const prevStock = previous.tables.active?.[row]?.inForce?.value ?? null;
    const issued = current.tables.active?.[row]?.issued?.value ?? null;
    const repealed = current.tables.active?.[row]?.repealed?.value ?? null;
    const actual = current.tables.active?.[row]?.inForce?.value ?? null;
    const expected = prevStock === null || issued === null || repealed === null ? null : prevStock + issued - repealed;
    return { key: row, expected, actual, ok: expected === null || actual === null ? null : expected === actual };
  });
}
