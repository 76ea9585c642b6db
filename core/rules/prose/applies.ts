/** Applicability tests shared by the group-B rules. */
import type { Report } from '../../model/report.ts';

/** The report has the standard (2019 or 2021) tables. Legacy and unknown formats have no canonical cells. */
export function hasStandardTables(report: Report): boolean {
  return report.formatVersion === '2021' || report.formatVersion === '2019';
}

export function hasApplicationsTable(report: Report): boolean {
  return hasStandardTables(report) && report.tableInfo.applications.found && !report.tableInfo.applications.image;
}

export function hasReviewTable(report: Report): boolean {
  return hasStandardTables(report) && report.tableInfo.reviewLitigation.found && !report.tableInfo.reviewLitigation.image;
}

export function hasActiveTable(report: Report): boolean {
  return hasStandardTables(report) && report.tableInfo.active.found && !report.tableInfo.active.image;
}
