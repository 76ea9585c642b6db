import type { Cell } from '../../model/cell.ts';
import { APPLICATION_COLUMNS, type ApplicationColumn, type ApplicationRow } from '../../model/keys.ts';
import type { ExtraRow, Table, TableInfo } from '../../model/report.ts';
import type { Diagnostics } from '../diagnostics.ts';
import { type Grid, type GridCell, uniqueCells } from '../grid.ts';
import { APPLICATION_COLUMN_LABELS, APPLICATION_NOTE_MARKER, APPLICATION_RESULTS_LABEL } from '../labels/applications.ts';
import { ordinalOf } from '../text/normalize.ts';
import { hasNumber, keyOf, matchesLabel, toCell, trimTrailingBlanks, valueLike } from './cells.ts';
import { groupOf, matchApplicationRow } from './match-application-row.ts';

type ColumnKey = ApplicationColumn | 'subtotal';
const VALUE_COLUMNS = APPLICATION_COLUMNS.length; // 7

function columnKeyOf(text: string): ColumnKey | null {
  const key = keyOf({ text } as GridCell);
  const hits = APPLICATION_COLUMN_LABELS.filter((c) => matchesLabel(key, c));
  return hits.length === 1 ? hits[0].key : null;
}

/** Column header above a grid column: the lowest header row with text at that column (misaligned Word spans). */
function headerAt(headerRows: readonly GridCell[][], col: number): GridCell | null {
  for (let r = headerRows.length - 1; r >= 0; r--) {
    const c = headerRows[r][col];
    if (c && c.text && !c.text.includes(APPLICATION_NOTE_MARKER) && !/申请人情况/.test(c.text)) return c;
  }
  return null;
}

export interface MappedTable {
  table: Table;
  info: Partial<TableInfo>;
}

/** Maps the 表三 grids (one or more <table>s, split tables included) to canonical rows and columns. */
export function mapApplications(grids: readonly Grid[], diag: Diagnostics): MappedTable {
  const table: Table = {};
  const rowLabels: TableInfo['rowLabels'] = {};
  const columnLabels: TableInfo['columnLabels'] = {};
  const extraRows: ExtraRow[] = [];
  const extraColumn: Record<string, Cell> = {};
  let extraColumnLabel: string | null = null;
  let notePresent = false;
  let group: number | null = null;
  let plan: ColumnKey[] | null = null;

  for (const grid of grids) {
    const headerRows: GridCell[][] = [];
    let seenData = false;
    for (const row of grid.rows) {
      const all = uniqueCells(row);
      if (all.some((c) => c.text.includes(APPLICATION_NOTE_MARKER))) notePresent = true;
      const cells = trimTrailingBlanks(all);
      if (cells.length === 0) continue;
      // The label ends at the last text cell that still leaves room for the value columns.
      let labelEnd = -1;
      for (let i = 0; i < cells.length; i++) if (!valueLike(cells[i]) && i <= cells.length - VALUE_COLUMNS) labelEnd = i;
      const values = cells.slice(labelEnd + 1);
      const filled = values.filter((c) => c.text !== '');
      const readable = filled.some(valueLike);
      const allBlankRow = labelEnd >= 0 && filled.length === 0 && values.length >= VALUE_COLUMNS;
      const blankButLabelled = allBlankRow && matchApplicationRow(keyOf(cells[labelEnd]), group).kind === 'row';
      if (labelEnd < 0 || (!readable && !blankButLabelled)) {
        // Header, group or blank row: track the block label, keep header rows for the column labels.
        for (const c of cells) {
          const g = groupOf(keyOf(c));
          if (g !== null) group = g;
        }
        if (!seenData) headerRows.push(row);
        if (labelEnd < 0 && hasNumber(cells)) {
          diag.add('warning', 'row-unlabelled', 'a 表三 row with numbers but no label', { tableIndex: grid.tableIndex, cells: cells.map((c) => c.text) });
        }
        continue;
      }
      seenData = true;
      const labelCells = cells.slice(0, labelEnd + 1);
      const leaf = cells[labelEnd];
      const leafKey = keyOf(leaf);
      // Block context: a group label among the other label cells of this row (expanded spans) or carried from above.
      let rowGroup: number | null = null;
      for (const c of labelCells.slice(0, -1)) {
        const g = groupOf(keyOf(c));
        if (g !== null) rowGroup = g;
      }
      const ord = ordinalOf(leafKey);
      if (rowGroup === null && (ord?.level === 'top' || ord?.level === 'sub') && groupOf(leafKey) === null) group = null;
      const contextGroup = rowGroup ?? (ord?.level === 'leaf' || !ord ? group : null);
      const match = matchApplicationRow(leafKey, contextGroup);
      const printed = labelCells.filter((c) => c.text && !APPLICATION_RESULTS_LABEL.some((l) => keyOf(c).includes(l)));
      const label = printed.map((c) => c.text).join(' ') || leaf.text;
      const where = { table: 'applications', tableIndex: grid.tableIndex, label: leaf.text };

      if (match.kind === 'group' || match.kind === 'subtotal') {
        if (match.kind === 'group') {
          group = match.group;
          // A block label carrying numbers: the 2019 single （六） row is matched above; other blocks are subtotals.
        }
        extraRows.push({ label, kind: 'subtotal', cells: values.map((c) => toCell(c, diag, where)), ...(leaf.anchor ? { anchor: leaf.anchor } : {}) });
        continue;
      }
      if (match.kind === 'ambiguous' || match.kind === 'none') {
        diag.add('warning', match.kind === 'ambiguous' ? 'label-ambiguous' : 'row-unmapped', `表三 row label not mapped: ${leaf.text}`, {
          ...where,
          ...(match.kind === 'ambiguous' ? { candidates: match.candidates } : {}),
        });
        extraRows.push({ label, kind: 'unknown', cells: values.map((c) => toCell(c, diag, where)), ...(leaf.anchor ? { anchor: leaf.anchor } : {}) });
        continue;
      }
      const key: ApplicationRow = match.key;
      if (rowGroup !== null) group = rowGroup;
      if (key === 'other.combined') group = 6;
      if (table[key]) {
        diag.add('warning', 'row-duplicate', `表三 row appears twice: ${leaf.text}`, { ...where, key });
        continue;
      }
      // Columns are planned on the first data row whose headers can be read, then applied by position to rows of the
      // same width (Word tables often shift a row by a missing label cell).
      let columns: ColumnKey[] | null;
      if (plan && plan.length === values.length) columns = plan;
      else {
        columns = columnsFor(values, headerRows, grid, diag, where);
        if (columns) plan = columns;
      }
      if (!columns) continue;
      const out: Record<string, Cell> = {};
      columns.forEach((col, i) => {
        const cell = toCell(values[i], diag, where, key, col);
        if (col === 'subtotal') {
          extraColumn[key] = cell;
          if (!extraColumnLabel) extraColumnLabel = headerAt(headerRows, values[i].anchor?.col ?? -1)?.text ?? '法人或其他组织';
        } else out[col] = cell;
      });
      table[key] = out;
      rowLabels[key] = { raw: leaf.text, ...(leaf.anchor ? { anchor: leaf.anchor } : {}) };
      if (Object.keys(columnLabels).length === 0) {
        columns.forEach((col, i) => {
          const h = headerAt(headerRows, values[i].anchor?.col ?? -1);
          if (h && col !== 'subtotal') columnLabels[col] = { raw: h.text, ...(h.anchor ? { anchor: h.anchor } : {}) };
        });
      }
    }
  }
  const info: Partial<TableInfo> = { rowLabels, columnLabels, extraRows, notePresent };
  if (extraColumnLabel) info.extraColumns = [{ label: extraColumnLabel, cells: extraColumn }];
  return { table, info };
}

/** Column keys for the value cells of one data row; null (with a diagnostic) when they cannot be told apart. */
function columnsFor(
  values: readonly GridCell[],
  headerRows: readonly GridCell[][],
  grid: Grid,
  diag: Diagnostics,
  where: Record<string, unknown>,
): ColumnKey[] | null {
  const fromHeader = values.map((v) => (v.anchor ? headerAt(headerRows, v.anchor.col) : null)).map((h) => (h ? columnKeyOf(h.text) : null));
  const headerComplete = fromHeader.every((k) => k !== null) && new Set(fromHeader).size === fromHeader.length;
  if (values.length === VALUE_COLUMNS) {
    if (headerComplete && !fromHeader.includes('subtotal')) {
      const positional = APPLICATION_COLUMNS.join();
      if (fromHeader.join() !== positional) diag.add('info', 'columns-reordered', '表三 columns follow the printed headers, not the standard order', { ...where, columns: fromHeader });
      return fromHeader as ColumnKey[];
    }
    return [...APPLICATION_COLUMNS];
  }
  if (values.length === VALUE_COLUMNS + 1) {
    const sub = fromHeader.indexOf('subtotal');
    if (sub >= 0 && fromHeader.filter((k) => k === 'subtotal').length === 1) {
      const rest: ColumnKey[] = [...APPLICATION_COLUMNS];
      rest.splice(sub, 0, 'subtotal');
      return rest;
    }
  }
  diag.add('warning', 'row-shape', `表三 row has ${values.length} value cells, expected ${VALUE_COLUMNS}`, { ...where, count: values.length, tableIndex: grid.tableIndex });
  return null;
}
