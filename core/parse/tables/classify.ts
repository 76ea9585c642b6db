import type { Grid } from '../grid.ts';
import { ACTIVE_TABLE_MARKERS } from '../labels/active.ts';
import { APPLICATION_TABLE_MARKERS } from '../labels/applications.ts';
import { REVIEW_TABLE_MARKERS } from '../labels/review.ts';
import { LEGACY_TABLE_MARKERS } from '../labels/sections.ts';
import { labelKey } from '../text/normalize.ts';

export type TableKind = 'active' | 'applications' | 'reviewLitigation' | 'other';

/** Bounded: looks at the first 4000 characters of the table's cell texts. */
export function gridKey(grid: Grid, limit = 4000): string {
  let out = '';
  let last = -1;
  for (const row of grid.rows) {
    for (const c of row) {
      if (c.id === last) continue;
      last = c.id;
      out += labelKey(c.text) + '|';
      if (out.length > limit) return out;
    }
  }
  return out;
}

/** What a table is, from its words: legacy 统计表 and unknown tables are 'other'. */
export function classifyGrid(grid: Grid): TableKind {
  const key = gridKey(grid);
  if (LEGACY_TABLE_MARKERS.some((m) => key.includes(m))) return 'other';
  if (REVIEW_TABLE_MARKERS.all.every((m) => key.includes(m)) && REVIEW_TABLE_MARKERS.any.some((m) => key.includes(m))) return 'reviewLitigation';
  if (APPLICATION_TABLE_MARKERS.some((m) => key.includes(m))) return 'applications';
  if (ACTIVE_TABLE_MARKERS.some((m) => key.includes(m))) return 'active';
  return 'other';
}
