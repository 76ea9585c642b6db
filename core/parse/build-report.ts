import type { Report, TableInfo } from '../model/report.ts';
import type { TextAnchor } from '../model/cell.ts';
import { Diagnostics } from './diagnostics.ts';
import type { Grid } from './grid.ts';
import { uniqueCells } from './grid.ts';
import { findSections } from './sections.ts';
import { agencyOf, cleanTitle, looksLikeReportTitle, periodOf, titleYearOf } from './metadata.ts';
import { classifyGrid, gridKey, type TableKind } from './tables/classify.ts';
import { mapActive } from './tables/active.ts';
import { mapApplications, type MappedTable } from './tables/applications.ts';
import { mapReview } from './tables/review.ts';
import { detectFormatVersion } from './format-version.ts';
import type { ParseResult } from './index.ts';

/** What the HTML and text front-ends hand over: prose, the tables as grids, and page metadata. */
export interface BodyInput {
  kind: 'html' | 'text';
  text: string;
  tables: { grid: Grid; offset: number; before: readonly string[]; kind?: TableKind }[];
  images: readonly number[];
  /** Title candidates in priority order (meta, heading, <title>); the first that names a report wins. */
  titles: readonly string[];
  published: string | null;
  sourceUrl: string | null;
  container: string | null;
  tableCount: number;
  diagnostics: Diagnostics;
}

const CANONICAL: readonly Exclude<TableKind, 'other'>[] = ['active', 'applications', 'reviewLitigation'];
const SECTION_OF: Record<Exclude<TableKind, 'other'>, number> = { active: 2, applications: 3, reviewLitigation: 4 };

function emptyInfo(): TableInfo {
  return { found: false, tableIndexes: [], rowLabels: {}, columnLabels: {}, extraRows: [], extraColumns: [], captions: [] };
}

/** Builds the Report (metadata, sections, tables) from a parsed body. Shared by parseReport and parseText. */
export function buildReport(input: BodyInput): ParseResult {
  const diag = input.diagnostics;
  const text = input.text;
  const sections = findSections(text);

  // Title: the first candidate that names a report, else the first line of the body that does.
  let title = '';
  let titleAnchor: TextAnchor | undefined;
  for (const t of input.titles) {
    const c = cleanTitle(t);
    if (c && looksLikeReportTitle(c)) {
      title = c;
      break;
    }
  }
  const firstLines = text.slice(0, 2000).split('\n');
  let offset = 0;
  for (const line of firstLines.slice(0, 12)) {
    if (looksLikeReportTitle(line) && line.length <= 80) {
      if (!title) title = line;
      titleAnchor = { kind: 'text', start: offset, end: offset + line.length, snippet: line };
      break;
    }
    offset += line.length + 1;
  }
  if (!title) title = cleanTitle(input.titles[0] ?? '') || '';

  const titleYear = titleYearOf(title);
  const period = periodOf(text);
  const year = titleYear ?? (period ? Number(period.end.slice(0, 4)) : null);

  // Tables by kind, in document order.
  const byKind: Record<TableKind, typeof input.tables> = { active: [], applications: [], reviewLitigation: [], other: [] };
  for (const t of input.tables) byKind[t.kind ?? classifyGrid(t.grid)].push(t);

  const tables: Report['tables'] = { active: {}, applications: {}, reviewLitigation: {} };
  const tableInfo: Report['tableInfo'] = { active: emptyInfo(), applications: emptyInfo(), reviewLitigation: emptyInfo() };
  const mappers: Record<Exclude<TableKind, 'other'>, (g: Grid[], d: Diagnostics) => MappedTable> = {
    active: mapActive,
    applications: mapApplications,
    reviewLitigation: mapReview,
  };
  for (const kind of CANONICAL) {
    const list = byKind[kind];
    const info = tableInfo[kind];
    if (list.length === 0) continue;
    const mapped = mappers[kind](list.map((t) => t.grid), diag);
    tables[kind] = mapped.table;
    Object.assign(info, mapped.info);
    info.found = true;
    info.tableIndexes = list.map((t) => t.grid.tableIndex).filter((i): i is number => i !== null);
    info.captions = list.flatMap((t) => t.before.filter((l) => l.length <= 60 && /表|情况|（\d{4}年）|\d{4}年/.test(l))).slice(0, 4);
  }
  const otherTables = byKind.other
    .filter((t) => t.grid.tableIndex !== null)
    .map((t) => ({ tableIndex: t.grid.tableIndex as number, rows: t.grid.rows.map((r) => uniqueCells(r).map((c) => c.text)) }));

  const formatVersion = detectFormatVersion({
    activeKey: byKind.active.map((t) => gridKey(t.grid)).join(''),
    applications: tables.applications,
    applicationsFound: tableInfo.applications.found,
    otherKey: byKind.other.map((t) => gridKey(t.grid, 600)).join(''),
    sectionTitles: sections.map((s) => s.title),
    year,
  });

  // Missing tables: an image where the table should be, or simply absent (legacy reports have none by design).
  if (formatVersion !== 'legacy') {
    for (const kind of CANONICAL) {
      const info = tableInfo[kind];
      if (info.found) continue;
      const section = sections.find((s) => s.canonical === SECTION_OF[kind]);
      const image = section ? input.images.some((o) => o >= section.start && o <= section.end) : false;
      if (image) info.image = true;
      diag.add(image ? 'warning' : 'error', image ? 'table-image' : 'table-missing', `${kind} table not found${image ? ' (an image stands in its section)' : ''}`, { table: kind });
    }
  }

  const isReport =
    tableInfo.applications.found || tableInfo.reviewLitigation.found || tableInfo.active.found || sections.filter((s) => s.canonical !== null).length >= 3;
  if (!isReport) {
    return { ok: false, reason: 'not-a-report', detail: `no report tables and ${sections.length} section headings found` };
  }

  const report: Report = {
    title,
    ...(titleAnchor ? { titleAnchor } : {}),
    agency: title ? agencyOf(title) : null,
    year,
    titleYear,
    period: period ? { start: period.start, end: period.end } : null,
    ...(period ? { periodAnchor: period.anchor } : {}),
    published: input.published,
    formatVersion,
    sourceUrl: input.sourceUrl,
    text,
    sections,
    tables,
    tableInfo,
    otherTables,
    source: { kind: input.kind, container: input.container, tableCount: input.tableCount },
    diagnostics: diag.list,
  };
  if (!period) diag.add('warning', 'period-missing', 'no statistics period sentence found');
  if (titleYear === null) diag.add('warning', 'title-year-missing', 'the title has no year');
  return { ok: true, report };
}
