import type { FormatVersion } from '../model/keys.ts';
import type { Table } from '../model/report.ts';
import { ACTIVE_2019_MARKERS, ACTIVE_2021_MARKERS } from './labels/active.ts';
import { LEGACY_SECTION_MARKERS, LEGACY_TABLE_MARKERS } from './labels/sections.ts';

export interface VersionEvidence {
  /** Label keys of the 表二 grids. */
  activeKey: string;
  applications: Table;
  applicationsFound: boolean;
  /** Label keys of tables classified 'other'. */
  otherKey: string;
  sectionTitles: readonly string[];
  year: number | null;
}

/** report-format.md §6.3. A 2021 表二 with the old single （六） row stays '2021' (mixed; rules see other.combined). */
export function detectFormatVersion(e: VersionEvidence): FormatVersion {
  const has2021Leaves = ['other.noCorrection', 'other.unpaidFee', 'other.other'].some((k) => e.applications[k]);
  if (ACTIVE_2021_MARKERS.some((m) => e.activeKey.includes(m)) || has2021Leaves) return '2021';
  if (ACTIVE_2019_MARKERS.some((m) => e.activeKey.includes(m)) || e.applications['other.combined']) return '2019';
  if (e.applicationsFound || e.activeKey) return e.year !== null && e.year >= 2021 ? '2021' : e.year !== null && e.year >= 2019 ? '2019' : 'unknown';
  if (LEGACY_TABLE_MARKERS.some((m) => e.otherKey.includes(m)) || e.sectionTitles.some((t) => LEGACY_SECTION_MARKERS.some((m) => t.includes(m)))) return 'legacy';
  if (e.year !== null && e.year <= 2018) return 'legacy';
  return 'unknown';
}
