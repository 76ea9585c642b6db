import type { Cell, Label, Report, Section, Table, TableAnchor, TableInfo, TextAnchor } from '../../core/index.ts';

/**
 * A compact, lossless form of core's Report for storage (and the library file, version 2). The model spends most of
 * its bytes on table cells (value, raw text, semantics, confidence and an anchor object each) and printed labels;
 * most of those fields are derivable. Here:
 * - a cell whose raw text is its value as printed by String() (or '' for a blank), whose semantics follow from the
 *   value, with confidence 'high', no unit and a table anchor (or none) is an array: [value] or
 *   [value, tableIndex, row, col]; any other cell stays the object it is;
 * - a label with a table anchor (or none) is [raw] or [raw, tableIndex, row, col];
 * - a section's text and its sub-items' texts (copies of parts of report.text) are [offset, length] into report.text,
 *   and their title anchors [start, end] when the snippet is report.text between them.
 * Everything else (keys included: canonical row and column keys stay readable) is unchanged.
 * unpackReport(packReport(r)) deep-equals r for every Report (tests/pwa/pack-report.test.ts).
 */
export type PackedCell = Cell | [number | null] | [number | null, number, number, number];
export type PackedLabel = Label | [string] | [string, number, number, number];
export type PackedTable = Record<string, Record<string, PackedCell>>;

export interface PackedTableInfo extends Omit<TableInfo, 'rowLabels' | 'columnLabels' | 'extraRows' | 'extraColumns'> {
  rowLabels: Record<string, PackedLabel>;
  columnLabels: Record<string, PackedLabel>;
  extraRows: (Omit<TableInfo['extraRows'][number], 'cells'> & { cells: PackedCell[] })[];
  extraColumns: { label: string; cells: Record<string, PackedCell> }[];
}

type Tables<T> = { active: T; applications: T; reviewLitigation: T };

/** A string that is report.text.slice(offset, offset + length), or the string itself. */
export type TextRef = string | [number, number];
export type PackedAnchor = TextAnchor | [number, number];

export interface PackedSection extends Omit<Section, 'text' | 'titleAnchor' | 'subItems'> {
  titleAnchor: PackedAnchor;
  text: TextRef;
  subItems: { title: string; text: TextRef; anchor: PackedAnchor }[];
}

export interface PackedReport extends Omit<Report, 'tables' | 'tableInfo' | 'sections'> {
  sections: PackedSection[];
  tables: Tables<PackedTable>;
  tableInfo: Tables<PackedTableInfo>;
}

const TABLE_KEYS = ['active', 'applications', 'reviewLitigation'] as const;
const CELL_KEYS = new Set(['value', 'raw', 'semantics', 'confidence', 'anchor']);

/** The semantics a plain value implies: a number that is not 0, an explicit 0, or a blank (null, no text). */
function plainRaw(value: number | null, semantics: Cell['semantics']): string | null {
  if (value === null) return semantics === 'blank' ? '' : null;
  if (!Number.isFinite(value)) return null;
  if (value === 0) return semantics === 'zero' ? String(value) : null;
  return semantics === 'number' ? String(value) : null;
}

function isTableAnchor(a: Cell['anchor']): a is TableAnchor {
  return a !== undefined && a.kind === 'table' && Object.keys(a).length === 4;
}

export function packCell(cell: Cell): PackedCell {
  if (cell.confidence !== 'high' || cell.unit !== undefined) return cell;
  if (plainRaw(cell.value, cell.semantics) !== cell.raw) return cell;
  for (const k in cell) if (!CELL_KEYS.has(k)) return cell;
  if (!('anchor' in cell)) return [cell.value];
  if (!isTableAnchor(cell.anchor)) return cell;
  return [cell.value, cell.anchor.tableIndex, cell.anchor.row, cell.anchor.col];
}

/** A packed value read from a file that is not what packReport writes (the file is then rejected). */
export class PackedShapeError extends Error {
  override readonly name = 'PackedShapeError';
}

const isIndex = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

function checkAnchorTail(p: unknown[]): void {
  if (p.length !== 1 && p.length !== 4) throw new PackedShapeError(`a packed cell or label has ${p.length} items (1 or 4 expected)`);
  if (p.length === 4 && !(isIndex(p[1]) && isIndex(p[2]) && isIndex(p[3]))) throw new PackedShapeError('a packed table anchor is not three indexes');
}

export function unpackCell(p: PackedCell): Cell {
  if (!Array.isArray(p)) return p;
  checkAnchorTail(p);
  const value = p[0];
  if (value !== null && typeof value !== 'number') throw new PackedShapeError('a packed cell value is not a number or null');
  const semantics: Cell['semantics'] = value === null ? 'blank' : value === 0 ? 'zero' : 'number';
  const cell: Cell = { value, raw: value === null ? '' : String(value), semantics, confidence: 'high' };
  if (p.length === 4) cell.anchor = { kind: 'table', tableIndex: p[1], row: p[2], col: p[3] };
  return cell;
}

function packLabel(label: Label): PackedLabel {
  const keys = Object.keys(label);
  if (!('anchor' in label)) return keys.length === 1 ? [label.raw] : label;
  if (keys.length !== 2 || !isTableAnchor(label.anchor)) return label;
  return [label.raw, label.anchor.tableIndex, label.anchor.row, label.anchor.col];
}

function unpackLabel(p: PackedLabel): Label {
  if (!Array.isArray(p)) return p;
  checkAnchorTail(p);
  if (typeof p[0] !== 'string') throw new PackedShapeError('a packed label is not text');
  return p.length === 4 ? { raw: p[0], anchor: { kind: 'table', tableIndex: p[1], row: p[2], col: p[3] } } : { raw: p[0] };
}

function mapValues<A, B>(record: Record<string, A>, fn: (a: A) => B): Record<string, B> {
  // Never turn a missing or malformed record into an empty one (that would make a broken file valid).
  if (typeof record !== 'object' || record === null || Array.isArray(record)) throw new PackedShapeError('a packed table, row or label set is not an object');
  const out: Record<string, B> = {};
  for (const k in record) out[k] = fn(record[k]);
  return out;
}

const packTable = (t: Table): PackedTable => mapValues(t, (row) => mapValues(row, packCell));
const unpackTable = (t: PackedTable): Table => mapValues(t, (row) => mapValues(row, unpackCell));

function packInfo(info: TableInfo): PackedTableInfo {
  return {
    ...info,
    rowLabels: mapValues(info.rowLabels, packLabel),
    columnLabels: mapValues(info.columnLabels, packLabel),
    extraRows: info.extraRows.map((r) => ({ ...r, cells: r.cells.map(packCell) })),
    extraColumns: info.extraColumns.map((c) => ({ ...c, cells: mapValues(c.cells, packCell) })),
  };
}

function unpackInfo(info: PackedTableInfo): TableInfo {
  return {
    ...info,
    rowLabels: mapValues(info.rowLabels, unpackLabel),
    columnLabels: mapValues(info.columnLabels, unpackLabel),
    extraRows: info.extraRows.map((r) => ({ ...r, cells: r.cells.map(unpackCell) })),
    extraColumns: info.extraColumns.map((c) => ({ ...c, cells: mapValues(c.cells, unpackCell) })),
  };
}

function byTable<A, B>(t: Tables<A>, fn: (a: A) => B): Tables<B> {
  const out = { ...t } as unknown as Tables<B>;
  for (const k of TABLE_KEYS) out[k] = fn(t[k]);
  return out;
}

/** Texts shorter than this are kept as they are (a reference would not be shorter). */
const MIN_REF = 12;

function textRef(full: string, s: string, hint: number): TextRef {
  if (s.length < MIN_REF) return s;
  let at = full.startsWith(s, hint) ? hint : full.indexOf(s, hint);
  if (at < 0) at = full.indexOf(s);
  return at < 0 ? s : [at, s.length];
}

/** The two offsets of a text reference or anchor, checked against the text they point into. */
function span(full: string, p: unknown[], what: string): void {
  if (p.length !== 2 || !isIndex(p[0]) || !isIndex(p[1])) throw new PackedShapeError(`a packed ${what} is not two offsets`);
}

function derefText(full: string, t: TextRef): string {
  if (!Array.isArray(t)) return t;
  span(full, t, 'text reference');
  if (t[0] + t[1] > full.length) throw new PackedShapeError('a packed text reference points past report.text');
  return full.slice(t[0], t[0] + t[1]);
}

function packAnchor(full: string, a: TextAnchor): PackedAnchor {
  return Object.keys(a).length === 4 && full.slice(a.start, a.end) === a.snippet ? [a.start, a.end] : a;
}

function unpackAnchor(full: string, a: PackedAnchor): TextAnchor {
  if (!Array.isArray(a)) return a;
  span(full, a, 'text anchor');
  if (a[0] > a[1] || a[1] > full.length) throw new PackedShapeError('a packed text anchor points outside report.text');
  return { kind: 'text', start: a[0], end: a[1], snippet: full.slice(a[0], a[1]) };
}

function packSection(full: string, s: Section): PackedSection {
  return {
    ...s,
    titleAnchor: packAnchor(full, s.titleAnchor),
    text: textRef(full, s.text, s.start),
    subItems: s.subItems.map((x) => ({ ...x, text: textRef(full, x.text, x.anchor.end), anchor: packAnchor(full, x.anchor) })),
  };
}

function unpackSection(full: string, s: PackedSection): Section {
  return {
    ...s,
    titleAnchor: unpackAnchor(full, s.titleAnchor),
    text: derefText(full, s.text),
    subItems: s.subItems.map((x) => ({ ...x, text: derefText(full, x.text), anchor: unpackAnchor(full, x.anchor) })),
  };
}

export function packReport(report: Report): PackedReport {
  return {
    ...report,
    sections: report.sections.map((s) => packSection(report.text, s)),
    tables: byTable(report.tables, packTable),
    tableInfo: byTable(report.tableInfo, packInfo),
  };
}

/**
 * The report a packed report stands for. Throws PackedShapeError (or a TypeError) on shapes packReport never writes;
 * the result of packed data read from a file must still be checked with core's ReportSchema (the authority).
 */
export function unpackReport(packed: PackedReport): Report {
  if (typeof packed.text !== 'string') throw new PackedShapeError('report.text is not text');
  return {
    ...packed,
    sections: packed.sections.map((s) => unpackSection(packed.text, s)),
    tables: byTable(packed.tables, unpackTable),
    tableInfo: byTable(packed.tableInfo, unpackInfo),
  };
}
