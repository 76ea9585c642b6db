import type { CellSemantics } from '../model/cell.ts';
import { collapseSpace, toHalfWidth } from './text/normalize.ts';

export interface ReadValue {
  value: number | null;
  semantics: CellSemantics;
  unit?: string;
}

/** Placeholders that stand for "nothing to report" (report-format.md §8). Compared after removing spaces. */
export const PLACEHOLDERS: readonly string[] = ['/', '／', '\\', '—', '——', '-', '--', '---', '－', '─', '–', '无', '不适用', '暂无', 'x', 'X', '×', '*'];

const UNITS = ['万元', '亿元', '元', '件', '个', '项', '次', '条', '人次', '人', '%'];
const UNIT_RE = new RegExp(`(${UNITS.join('|')})$`);
const NUMBER_RE = /^([+-]?)(\d+(?:,\d{3})*|\d*)(?:\.(\d+))?$/;

/**
 * Reads a table cell's text into a value and its semantics, never guessing:
 * full-width digits, thousands separators (「1,234」「1，234」), spaces inside numbers, a trailing unit and a minus sign are
 * understood; anything else is 'text' with a null value.
 */
export function readValue(rawText: string): ReadValue {
  let read = READ_VALUES.get(rawText);
  if (read === undefined) {
    read = computeReadValue(rawText);
    if (READ_VALUES.size >= MEMO_LIMIT) READ_VALUES.clear();
    READ_VALUES.set(rawText, read);
  }
  return { ...read }; // a fresh object: callers may keep or change it
}

/** readValue is pure and asked many times for the same cell text while tables are mapped: memoised (bounded). */
const READ_VALUES = new Map<string, ReadValue>();
const MEMO_LIMIT = 4096;

function computeReadValue(rawText: string): ReadValue {
  const raw = collapseSpace(rawText);
  if (raw === '') return { value: null, semantics: 'blank' };
  let s = toHalfWidth(raw).replace(/\s+/g, '');
  if (PLACEHOLDERS.includes(s)) return { value: null, semantics: 'placeholder' };
  let unit: string | undefined;
  const um = UNIT_RE.exec(s);
  if (um && um.index > 0) {
    unit = um[1];
    s = s.slice(0, um.index);
  }
  s = s.replace(/[−–—]/g, '-').replace(/，/g, ',');
  const m = NUMBER_RE.exec(s);
  if (!m || (m[2] === '' && m[3] === undefined)) return { value: null, semantics: 'text' };
  const digits = m[2].replace(/,/g, '');
  const value = Number(`${m[1]}${digits || '0'}${m[3] !== undefined ? `.${m[3]}` : ''}`);
  // Beyond 2^53 a count is no longer exact (and sums overflow): keep it as unreadable text, never a wrong number.
  if (!Number.isFinite(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER) return { value: null, semantics: 'text' };
  const out: ReadValue = { value: Object.is(value, -0) ? 0 : value, semantics: value === 0 ? 'zero' : 'number' };
  if (unit) out.unit = unit;
  return out;
}

/** True when the cell reads as something a data cell may hold (number, zero, blank, placeholder). */
export function isValueLike(rawText: string): boolean {
  return readValue(rawText).semantics !== 'text';
}
