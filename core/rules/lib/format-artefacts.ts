import type { CellRef } from '../../model/finding.ts';
import { RESULT_LEAVES_2019, RESULT_LEAVES_2021, type ApplicationRow } from '../../model/keys.ts';
import type { Report, Table } from '../../model/report.ts';

/** Format-version evidence found in the tables (report-format.md §6.3). */
export type DetectedVersion = '2021' | '2019' | 'mixed' | 'legacy' | 'unknown';

const ACTIVE_2019_COLUMNS = new Set(['made', 'published', 'total', 'previousCount', 'change']);
const ACTIVE_2021_COLUMNS = new Set(['issued', 'repealed', 'inForce', 'amountWan']);
const ACTIVE_2019_ROWS = new Set(['otherServices', 'procurement']);
const OTHER_2021_ROWS = ['other.noCorrection', 'other.unpaidFee', 'other.other'] as const;

const LABEL_2019 = /本年新制作数量|对外公开总数量|上一年项目数量|其他对外管理服务事项|第二十条第[（(]九[）)]项/;
const LABEL_2021 = /本年制发件数|本年收费金额/;
const LEGACY_MARKERS = /政府信息公开情况统计表|受理依申请公开信息总数|主动公开文件数|对申请的答复总数|历年累计|指标名称/;

export interface Artefact {
  /** Canonical row and, for a column artefact, column. */
  table: 'active' | 'applications';
  row: string;
  col?: string;
}

/** 2019-format artefacts in 表二 (rows and columns the 2021 format dropped). */
export function active2019Artefacts(active: Table): Artefact[] {
  const out: Artefact[] = [];
  const cols = new Set<string>();
  for (const [row, cells] of Object.entries(active)) {
    if (ACTIVE_2019_ROWS.has(row)) {
      out.push({ table: 'active', row });
      continue;
    }
    for (const col of Object.keys(cells)) if (ACTIVE_2019_COLUMNS.has(col)) cols.add(col);
  }
  for (const col of cols) out.push({ table: 'active', row: '*', col });
  return out;
}

export function has2021Active(active: Table): boolean {
  return Object.values(active).some((cells) => Object.keys(cells).some((c) => ACTIVE_2021_COLUMNS.has(c)));
}

/** 表三 uses the single 2019 （六）其他处理 row. */
export function hasCombinedOtherRow(applications: Table): boolean {
  return applications['other.combined'] !== undefined;
}

export function hasSplitOtherRows(applications: Table): boolean {
  return OTHER_2021_ROWS.some((r) => applications[r] !== undefined);
}

function labelsText(report: Report, table: 'active' | 'applications'): string {
  const info = report.tableInfo[table];
  return [
    ...Object.values(info.rowLabels).map((l) => l.raw),
    ...Object.values(info.columnLabels).map((l) => l.raw),
    ...info.extraRows.map((r) => r.label),
  ].join('\n');
}

export interface VersionEvidence {
  v2021: boolean;
  v2019: boolean;
  legacy: boolean;
}

export function versionEvidence(report: Report): VersionEvidence {
  const { active, applications } = report.tables;
  const labels = labelsText(report, 'active') + '\n' + labelsText(report, 'applications');
  const v2021 = has2021Active(active) || hasSplitOtherRows(applications) || LABEL_2021.test(labels);
  const v2019 = active2019Artefacts(active).length > 0 || hasCombinedOtherRow(applications) || LABEL_2019.test(labels);
  const legacy = legacyMarker(report) !== null;
  return { v2021, v2019, legacy };
}

/** The detected format version: from the tables first, then the parser's verdict. */
export function detectVersion(report: Report): DetectedVersion {
  const e = versionEvidence(report);
  if (e.v2021 && e.v2019) return 'mixed';
  if (e.v2021) return '2021';
  if (e.v2019) return '2019';
  if (e.legacy || report.formatVersion === 'legacy') return 'legacy';
  return report.formatVersion;
}

/** The version the reporting year requires (§8.5): Y ≥ 2021 → 2021; 2019–2020 → 2019; ≤ 2018 → legacy. */
export function requiredVersion(year: number | null): '2021' | '2019' | 'legacy' | null {
  if (year === null) return null;
  if (year >= 2021) return '2021';
  if (year >= 2019) return '2019';
  return 'legacy';
}

/** A legacy 「统计表」 marker in the other tables or the text, with where it was found. */
export function legacyMarker(report: Report): { marker: string; tableIndex?: number; textIndex?: number } | null {
  for (const t of report.otherTables) {
    for (const row of t.rows) {
      for (const c of row) {
        const m = LEGACY_MARKERS.exec(c);
        if (m) return { marker: m[0], tableIndex: t.tableIndex };
      }
    }
  }
  const m = /政府信息公开情况统计表/.exec(report.text);
  return m ? { marker: m[0], textIndex: m.index } : null;
}

/** Standard-format tables (2019 or 2021) are expected: not a legacy or pre-2019 report. */
export function isLegacyReport(report: Report): boolean {
  if (report.formatVersion === 'legacy') return true;
  if (report.formatVersion === 'unknown' && report.year !== null && report.year <= 2018) return true;
  return false;
}

/** The leaves of 三、本年度办理结果 present in this table: 21 (2021), 19 (2019), or the mixed case. */
export function resultLeaves(applications: Table): readonly ApplicationRow[] {
  if (hasSplitOtherRows(applications)) return RESULT_LEAVES_2021;
  if (hasCombinedOtherRow(applications)) return RESULT_LEAVES_2019;
  return RESULT_LEAVES_2021;
}

export function cellsOfRow(table: 'active' | 'applications' | 'reviewLitigation', row: string, cols: Iterable<string>): CellRef[] {
  return Array.from(cols, (col) => ({ table, row, col }));
}
