import { defineRule } from './define-rule.ts';
import { APPLICATION_COLUMNS, APPLICATION_ROWS } from '../model/keys.ts';
import type { Cell } from '../model/cell.ts';
import type { CellRef } from '../model/finding.ts';
import type { ExtraRow, Table } from '../model/report.ts';
import { isLegacyReport } from './lib/format-artefacts.ts';
import { isBlankLike } from './lib/cells.ts';
import { tidy } from './lib/identity.ts';

/** 表三 result groups a 「小计」 row can close. */
const GROUPS: { prefix: string; words: RegExp }[] = [
  { prefix: 'denied.', words: /不予公开/ },
  { prefix: 'unavailable.', words: /无法提供/ },
  { prefix: 'notProcessed.', words: /不予处理/ },
  { prefix: 'other.', words: /其他处理/ },
];
/** The five legal-person columns a 「法人或其他组织」 subtotal column adds up. */
const LEGAL_PERSON_COLUMNS = APPLICATION_COLUMNS.slice(1, 6);

/** The group a subtotal row closes: named in its label, or else the group of the canonical row just above it. */
function groupOf(extra: ExtraRow, table: Table): string | null {
  const named = GROUPS.find((g) => g.words.test(extra.label));
  if (named) return named.prefix;
  if (!extra.anchor) return null;
  let best: { row: string; gridRow: number } | null = null;
  for (const row of APPLICATION_ROWS) {
    const a = Object.values(table[row] ?? {}).find((c) => c.anchor?.kind === 'table')?.anchor;
    if (!a || a.kind !== 'table' || a.tableIndex !== extra.anchor.tableIndex || a.row >= extra.anchor.row) continue;
    if (!best || a.row > best.gridRow) best = { row, gridRow: a.row };
  }
  const prefix = best && GROUPS.find((g) => best!.row.startsWith(g.prefix));
  return prefix ? prefix.prefix : null;
}

/** Canonical column of each source grid column (table index + column), from the anchors of the mapped cells. */
function columnsByGridPosition(table: Table): Map<string, string> {
  const map = new Map<string, string>();
  for (const cells of Object.values(table)) {
    for (const [col, c] of Object.entries(cells)) {
      if (c.anchor?.kind === 'table') map.set(`${c.anchor.tableIndex}:${c.anchor.col}`, col);
    }
  }
  return map;
}

/** The subtotal row's cells by canonical column: by grid position when anchored, else by position if there are exactly 7. */
function subtotalCells(extra: ExtraRow, grid: Map<string, string>): Map<string, Cell> | null {
  const out = new Map<string, Cell>();
  if (extra.cells.every((c) => c.anchor?.kind === 'table')) {
    for (const c of extra.cells) {
      const a = c.anchor!;
      const col = a.kind === 'table' ? grid.get(`${a.tableIndex}:${a.col}`) : undefined;
      if (col) out.set(col, c);
    }
    return out.size ? out : null;
  }
  if (extra.cells.length !== APPLICATION_COLUMNS.length) return null;
  APPLICATION_COLUMNS.forEach((col, i) => out.set(col, extra.cells[i]));
  return out;
}

function sumOf(cells: (Cell | undefined)[]): number | null {
  let sum = 0;
  let any = false;
  for (const c of cells) {
    if (!c) continue;
    if (c.value !== null) {
      sum += c.value;
      any = true;
    } else if (!isBlankLike(c)) return null;
  }
  return any ? tidy(sum) : 0;
}

/** Optional subtotal rows (小计) and columns (法人或其他组织) in 表三 equal their parts (report-format.md §4.4 note 5). */
export default defineRule({
  id: 'subtotal-sum',
  meta: {
    category: 'arithmetic',
    defaultSeverity: 'error',
    docs: {
      'zh-CN': {
        name: '小计等于其组成项',
        description: '格式中没有小计，但有的报告自行增加「小计」行或「法人或其他组织」合计列；这些小计必须等于其组成项之和，否则说明数字有误。',
        fix: '更正小计或其组成项；最好删除格式以外的小计行列。',
      },
      en: {
        name: 'Subtotals equal their parts',
        description: 'The format has no subtotals, but some reports add subtotal rows or a "legal persons" subtotal column; such subtotals must equal the sum of their parts.',
        fix: 'Correct the subtotal or its parts; better, remove rows and columns the format does not have.',
      },
    },
  },
  messages: {
    'zh-CN': {
      rowMismatch: '小计行「{label}」与其组成项之和不符（{items}）：组成项之和 = {expected}，小计填报 {actual}',
      columnMismatch: '合计列「{label}」与商业企业至其他五列之和不符（{items}）：五列之和 = {expected}，合计填报 {actual}',
    },
    en: {
      rowMismatch: 'Subtotal row "{label}" does not equal its parts ({items}): the parts add up to {expected}, but the subtotal reads {actual}',
      columnMismatch: 'Subtotal column "{label}" does not equal the five legal-person columns ({items}): they add up to {expected}, but the column reads {actual}',
    },
  },
  appliesTo: (report) => {
    const info = report.tableInfo.applications;
    return !isLegacyReport(report) && info.found && (info.extraRows.some((r) => r.kind === 'subtotal') || info.extraColumns.length > 0);
  },
  check(ctx) {
    const table = ctx.report.tables.applications;
    const info = ctx.report.tableInfo.applications;
    const gridColumns = columnsByGridPosition(table);
    for (const extra of info.extraRows) {
      if (extra.kind !== 'subtotal') continue;
      const byColumn = subtotalCells(extra, gridColumns);
      const prefix = groupOf(extra, table);
      if (!prefix || !byColumn) continue;
      const rows = APPLICATION_ROWS.filter((r) => r.startsWith(prefix) && table[r]);
      const bad: { col: string; expected: number; actual: number }[] = [];
      const related: CellRef[] = [];
      APPLICATION_COLUMNS.forEach((col) => {
        const sub = byColumn.get(col);
        if (!sub) return;
        const expected = sumOf(rows.map((r) => table[r][col]));
        if (sub.value === null || expected === null || Math.abs(sub.value - expected) < 1e-9) return;
        bad.push({ col, expected, actual: sub.value });
        related.push(...rows.map((row) => ({ table: 'applications' as const, row, col })));
      });
      if (bad.length) {
        ctx.fail({
          messageId: 'rowMismatch',
          data: { label: extra.label, items: bad.map((b) => ({ $label: { table: 'applications', col: b.col } })), expected: bad.map((b) => b.expected), actual: bad.map((b) => b.actual) },
          related,
          expected: Object.fromEntries(bad.map((b) => [b.col, b.expected])),
          actual: Object.fromEntries(bad.map((b) => [b.col, b.actual])),
        });
      }
    }
    for (const extra of info.extraColumns) {
      if (!/法人|小计|合计/.test(extra.label)) continue;
      const bad: { row: string; expected: number; actual: number }[] = [];
      const related: CellRef[] = [];
      for (const [row, sub] of Object.entries(extra.cells)) {
        if (!table[row] || sub.value === null) continue;
        const expected = sumOf(LEGAL_PERSON_COLUMNS.map((c) => table[row][c]));
        if (expected === null || Math.abs(sub.value - expected) < 1e-9) continue;
        bad.push({ row, expected, actual: sub.value });
        related.push(...LEGAL_PERSON_COLUMNS.map((col) => ({ table: 'applications' as const, row, col })));
      }
      if (bad.length) {
        ctx.fail({
          messageId: 'columnMismatch',
          data: { label: extra.label, items: bad.map((b) => ({ $label: { table: 'applications', row: b.row } })), expected: bad.map((b) => b.expected), actual: bad.map((b) => b.actual) },
          related,
          expected: Object.fromEntries(bad.map((b) => [b.row, b.expected])),
          actual: Object.fromEntries(bad.map((b) => [b.row, b.actual])),
        });
      }
    }
  },
});
