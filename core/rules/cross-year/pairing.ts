/** Whether two reports of the same agency can be compared year over year. */
import type { Report } from '../../model/report.ts';
import { sameAgency } from '../prose/agency.ts';

/** previous is the report of year Y-1. Unknown years are not consecutive. */
export function isConsecutive(report: Report, previous: Report | null): previous is Report {
  return !!previous && report.year !== null && previous.year !== null && previous.year === report.year - 1;
}

/** Same table format and, as far as names tell, the same unit: an identity across years can then be asserted. */
export function sameFormatAndScope(report: Report, previous: Report): boolean {
  const standard = report.formatVersion === '2021' || report.formatVersion === '2019';
  const agencies = report.agency && previous.agency ? sameAgency(report.agency, previous.agency) : true;
  return standard && report.formatVersion === previous.formatVersion && agencies;
}

const VERSION_RANK: Record<string, number> = { legacy: 0, '2019': 1, '2021': 2 };

/** Rank of a format version (older is lower); null for unknown. */
export function versionRank(version: string): number | null {
  return version in VERSION_RANK ? VERSION_RANK[version] : null;
}
