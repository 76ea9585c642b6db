/** Reading table values for comparisons: blanks count as 0, placeholders/text/low-confidence make a value uncertain. */
import type { CellRef } from '../../model/finding.ts';
import type { TableKey } from '../../model/keys.ts';
import { RESULT_LEAVES_2019, RESULT_LEAVES_2021 } from '../../model/keys.ts';
import type { Report } from '../../model/report.ts';

export interface TableValue {
  /** Sum of the cells (blank = 0); null when no cell exists or every cell is unreadable text. */
  value: number | null;
  cells: CellRef[];
  /** A cell is a placeholder, text or low-confidence: a mismatch should be reviewed, not asserted. */
  uncertain: boolean;
}

export function ref(table: TableKey, row: string, col: string): CellRef {
  return { table, row, col };
}

/** Sum of the given cells. Cells missing from the report are skipped; if none exists the value is null. */
export function sumCells(report: Report, refs: readonly CellRef[]): TableValue {
  let value = 0;
  let found = 0;
  let uncertain = false;
  const cells: CellRef[] = [];
  for (const r of refs) {
    const cell = report.tables[r.table]?.[r.row]?.[r.col];
    if (!cell) continue;
    cells.push(r);
    found++;
    if (cell.confidence === 'low') uncertain = true;
    if (cell.semantics === 'text' || cell.semantics === 'placeholder') {
      uncertain = true;
      continue;
    }
    value += cell.value ?? 0;
  }
  return { value: found ? Math.round(value * 1e6) / 1e6 : null, cells, uncertain };
}

export function cellValue(report: Report, table: TableKey, row: string, col: string): TableValue {
  return sumCells(report, [ref(table, row, col)]);
}

/** The 表三 leaves of a group (e.g. 'denied.'), in the row set the report actually has (2019 vs 2021 （六）). */
export function applicationGroupRows(report: Report, prefix: string): string[] {
  const rows = report.tables.applications;
  const leaves = rows['other.other'] || rows['other.noCorrection'] ? RESULT_LEAVES_2021 : RESULT_LEAVES_2019;
  const keys = leaves.filter((r) => r.startsWith(prefix));
  if (prefix === 'other.' && rows['other.combined'] && !keys.includes('other.combined')) keys.push('other.combined');
  return keys.filter((r) => rows[r] !== undefined);
}

const APPLICANTS = ['naturalPerson', 'commercial', 'research', 'publicInterest', 'legalService', 'otherOrg'];

/**
 * 表三 总计 column of several rows, summed. A blank 总计 cell whose applicant cells hold numbers (上海 2019) is
 * replaced by the sum of those cells: the prose is compared with what the row says, not with the missing total.
 */
export function applicationsTotal(report: Report, rows: readonly string[]): TableValue {
  const refs: CellRef[] = [];
  for (const row of rows) {
    const cells = report.tables.applications[row];
    if (!cells) continue;
    const total = cells.total;
    const blankTotal = !total || total.semantics === 'blank' || total.semantics === 'placeholder';
    const parts = APPLICANTS.filter((c) => cells[c] && cells[c].value !== null && cells[c].value !== 0);
    if (blankTotal && parts.length > 0) refs.push(...parts.map((c) => ref('applications', row, c)));
    else refs.push(ref('applications', row, 'total'));
  }
  return sumCells(report, refs);
}
