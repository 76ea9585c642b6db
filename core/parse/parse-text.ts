import type { ParseOptions, ParseResult } from './index.ts';
import { buildReport } from './build-report.ts';
import { Diagnostics } from './diagnostics.ts';
import type { Grid, GridCell } from './grid.ts';
import { ACTIVE_COLUMN_LABELS, ACTIVE_HEADER_FIRST, ACTIVE_BLOCK_MARKER, ACTIVE_ROW_LABELS } from './labels/active.ts';
import { canonicalSection } from './sections.ts';
import { applicationRowCheck, reviewRowCheck, splitGlued } from './text/glued.ts';
import { collapseSpace, labelKey, stripOrdinal } from './text/normalize.ts';
import { matchApplicationRow } from './tables/match-application-row.ts';
import { matchesLabel } from './tables/cells.ts';
import { LIMITS } from './parse-document.ts';
import type { TableKind } from './tables/classify.ts';

interface TextTable {
  grid: Grid;
  offset: number;
  before: string[];
  kind?: TableKind;
}

const KIND_OF_SECTION: Record<number, TableKind> = { 2: 'active', 3: 'applications', 4: 'reviewLitigation' };

/** Flattened table text: the numbers at the end of a line, glued (「6233440」) or separated (「62 33 440」). */
const ROW_TAIL = /^(.*?[^\d\s.,，-])?\s*((?:-?\d[\d.,，]*)(?:\s+-?\d[\d.,，]*)*)\s*$/;

/**
 * Parses a report given as plain text. Two table shapes are understood:
 * - one cell per line, rows separated by empty lines (tab-indented cells, as copied from a browser or Word);
 * - one row per line with the numbers at the end («行政规范性文件 62 33 440»). When those numbers are glued together
 *   («6233440»), they are split ONLY by the table identities: a unique split gives low-confidence values and a
 *   'glued-digits' diagnostic; several splits give nulls and 'glued-digits-ambiguous'.
 */
export function parseText(input: string, options: ParseOptions = {}): ParseResult {
  try {
    if (typeof input !== 'string' || !input.trim()) return { ok: false, reason: 'empty', detail: 'no text' };
    if (input.length > LIMITS.maxTextChars) return { ok: false, reason: 'too-large', detail: `${input.length} characters` };
    const diagnostics = new Diagnostics();
    const lines = input.replace(/\r\n?/g, '\n').split('\n');
    const prose: string[] = [];
    let length = 0;
    const tables: TextTable[] = [];
    let rows: GridCell[][] | null = null;
    let row: GridCell[] | null = null;
    let ids = 0;
    let tableOffset = 0;
    let cellCount = 0;
    let section: number | null = null;
    let glued: { kind: number; rows: GridCell[][]; offset: number; header: number } | null = null;

    const cell = (text: string, preset?: GridCell['preset']): GridCell => ({ id: ids++, text: collapseSpace(text), anchor: null, el: null, ...(preset ? { preset } : {}) });
    const endRow = (): void => {
      if (row && rows) rows.push(row);
      row = null;
    };
    const endTable = (): void => {
      endRow();
      if (rows && rows.length) tables.push({ grid: { tableIndex: null, rows }, offset: tableOffset, before: prose.slice(-2) });
      rows = null;
    };
    const endGlued = (): void => {
      if (glued && glued.rows.length) tables.push({ grid: { tableIndex: null, rows: glued.rows }, offset: glued.offset, before: prose.slice(-2), kind: KIND_OF_SECTION[glued.kind] });
      glued = null;
    };
    const offsetNow = (): number => length + (prose.length ? 1 : 0);
    const pushProse = (line: string): void => {
      length += (prose.length ? 1 : 0) + line.length;
      prose.push(line);
    };

    for (const rawLine of lines) {
      if (/^\t/.test(rawLine)) {
        endGlued();
        if (!rows) {
          rows = [];
          tableOffset = offsetNow();
        }
        row ??= [];
        row.push(cell(rawLine));
        if (++cellCount > LIMITS.maxCells) return { ok: false, reason: 'too-large', detail: `${cellCount} cells` };
        continue;
      }
      const line = collapseSpace(rawLine);
      if (!line) {
        endRow();
        continue;
      }
      endTable();
      const canonical = /^[一二三四五六七八九十]{1,3}\s*[、.．]/.test(line) && line.length <= 40 ? canonicalSection(line) : null;
      if (canonical !== null) {
        endGlued();
        section = canonical;
        pushProse(line);
        continue;
      }
      const flat = section !== null && section >= 2 && section <= 4 ? flatRow(line, section, glued?.header ?? 0, cell, diagnostics) : null;
      if (flat) {
        if (!glued || glued.kind !== section) {
          endGlued();
          glued = { kind: section as number, rows: [], offset: offsetNow(), header: 0 };
        }
        if (flat.header !== undefined) glued.header = flat.header;
        glued.rows.push(flat.cells);
        continue;
      }
      pushProse(line);
    }
    endTable();
    endGlued();
    return buildReport({
      kind: 'text',
      text: prose.join('\n'),
      tables: tables.sort((a, b) => a.offset - b.offset),
      images: [],
      titles: [],
      published: null,
      sourceUrl: options.url ?? null,
      container: null,
      tableCount: 0,
      diagnostics,
    });
  } catch (error) {
    return { ok: false, reason: 'unreadable', detail: error instanceof Error ? error.message : String(error) };
  }
}

type MakeCell = (text: string, preset?: GridCell['preset']) => GridCell;

/** One flattened table row (section 二/三/四), or null when the line is prose. */
function flatRow(line: string, section: number, headerCount: number, cell: MakeCell, diag: Diagnostics): { cells: GridCell[]; header?: number } | null {
  const key = labelKey(line);
  if (section === 2) {
    if (key.includes(ACTIVE_BLOCK_MARKER) && key.length <= 14) return { cells: [cell(line)], header: 0 };
    if (ACTIVE_HEADER_FIRST.some((h) => key.startsWith(h))) {
      const found: { at: number; text: string }[] = [];
      for (const c of ACTIVE_COLUMN_LABELS) {
        const hit = c.phrases.map((p) => ({ at: key.indexOf(p), text: p })).find((h) => h.at >= 0);
        if (hit && !found.some((f) => f.at <= hit.at && hit.at < f.at + f.text.length)) found.push(hit);
      }
      found.sort((a, b) => a.at - b.at);
      return { cells: [cell(ACTIVE_HEADER_FIRST[0]), ...found.map((f) => cell(f.text))], header: found.length };
    }
  }
  const m = ROW_TAIL.exec(line);
  if (!m || !m[2]) return null;
  const label = (m[1] ?? '').trim();
  const tail = m[2].trim();
  let expected: number;
  let check: (v: readonly number[]) => boolean = () => true;
  if (section === 2) {
    const body = stripOrdinal(labelKey(label));
    if (!label || !ACTIVE_ROW_LABELS.some((r) => matchesLabel(body, r))) return null;
    expected = headerCount || 1;
  } else if (section === 3) {
    if (!label || matchApplicationRow(labelKey(label), null).kind === 'none') return null;
    expected = 7;
    check = applicationRowCheck;
  } else {
    if (label && !/行政复议|行政诉讼|复议|诉讼/.test(label)) return null;
    expected = 15;
    check = reviewRowCheck;
  }
  const labelCells = label ? [cell(label)] : [];
  const parts = tail.split(/\s+/);
  if (parts.length === expected || parts.length > 1) return { cells: [...labelCells, ...parts.map((p) => cell(p))] };
  // One run of digits for several cells: glued.
  if (expected === 1) return { cells: [...labelCells, cell(tail)] };
  const result = splitGlued(tail, expected, check);
  const where = { line, run: tail, expected };
  if (result.kind === 'unique') {
    diag.add('warning', 'glued-digits', `glued digits 「${tail}」 split by the table identities`, { ...where, values: result.values });
    return { cells: [...labelCells, ...result.values.map((v) => cell(String(v), { value: v, semantics: v === 0 ? 'zero' : 'number', confidence: 'low' }))] };
  }
  diag.add('warning', result.kind === 'ambiguous' ? 'glued-digits-ambiguous' : 'glued-digits-unsplittable', `glued digits 「${tail}」 cannot be split safely`, {
    ...where,
    ...(result.kind === 'ambiguous' ? { examples: result.examples } : {}),
  });
  return { cells: [...labelCells, ...Array.from({ length: expected }, () => cell(tail, { value: null, semantics: 'text', confidence: 'low' }))] };
}
