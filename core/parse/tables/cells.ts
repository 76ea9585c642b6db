import type { Cell } from '../../model/cell.ts';
import type { GridCell } from '../grid.ts';
import { readValue } from '../numbers.ts';
import type { Diagnostics } from '../diagnostics.ts';
import { labelKey } from '../text/normalize.ts';

/**
 * A model Cell from a grid cell: value, raw text, semantics, unit, anchor. Unreadable text is reported, never guessed.
 * `where` locates the cell in the diagnostic; `key` / `col` (the cell's row and column, when mapped) are added to it
 * only when a diagnostic is written, so a readable cell costs no object of its own.
 */
export function toCell(gc: GridCell, diag: Diagnostics, where: Record<string, unknown>, key?: string, col?: string): Cell {
  if (gc.preset) return { value: gc.preset.value, raw: gc.text, semantics: gc.preset.semantics, confidence: gc.preset.confidence };
  const r = readValue(gc.text);
  const cell: Cell = { value: r.value, raw: gc.text, semantics: r.semantics, confidence: 'high' };
  if (r.unit) cell.unit = r.unit;
  if (gc.anchor) cell.anchor = gc.anchor;
  if (r.semantics === 'text') {
    const at = key === undefined ? where : { ...where, key, col };
    diag.add('warning', 'cell-unreadable', `cell text is not a number: ${gc.text}`, { ...at, raw: gc.text, anchor: gc.anchor });
  }
  return cell;
}

export function isBlank(gc: GridCell): boolean {
  return gc.text === '' && !gc.preset;
}

/** Is a grid cell a data value (number, zero, blank, placeholder) rather than text? */
export function valueLike(gc: GridCell): boolean {
  if (gc.preset) return true;
  return readValue(gc.text).semantics !== 'text';
}

/** True when the row holds at least one number (zero included). */
export function hasNumber(cells: readonly GridCell[]): boolean {
  return cells.some((c) => {
    const s = c.preset ? c.preset.semantics : readValue(c.text).semantics;
    return s === 'number' || s === 'zero';
  });
}

/** Removes trailing blank cells (Word's empty last cells) but keeps at least `keep` cells. */
export function trimTrailingBlanks(cells: GridCell[], keep = 0): GridCell[] {
  let end = cells.length;
  while (end > keep && isBlank(cells[end - 1])) end--;
  return end === cells.length ? cells : cells.slice(0, end);
}

export function keyOf(gc: GridCell): string {
  return labelKey(gc.text);
}

/** Does a label key match a list of phrases (contained) or exact words? */
export function matchesLabel(key: string, spec: { phrases?: readonly string[]; exact?: readonly string[] }): boolean {
  return (spec.exact?.includes(key) ?? false) || (spec.phrases?.some((p) => key.includes(p)) ?? false);
}
