/** What each benchmark suite hands back: figures for the last-line JSON, rows for the printed table, notes. */
export interface Row {
  figure: string;
  value: number | null;
  unit: string;
  target: string;
  /** true = target met, false = missed, null = no target (reported only). */
  met: boolean | null;
  detail: string;
}

export interface SuiteResult {
  figures: Record<string, number | null>;
  rows: Row[];
  /** Per-item measurements kept in results.json. */
  details: Record<string, unknown>;
}

export function row(figure: string, value: number | null, unit: string, target: string, met: boolean | null, detail = ''): Row {
  return { figure, value, unit, target, met, detail };
}

export function renderTable(rows: readonly Row[]): string {
  const head = ['figure', 'value', 'target', 'ok', 'detail'];
  const cells = rows.map((r) => [
    r.figure,
    r.value === null ? 'n/a' : `${formatNumber(r.value)} ${r.unit}`.trim(),
    r.target,
    r.met === null ? '–' : r.met ? 'yes' : 'NO',
    r.detail,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((x, i) => (i === c.length - 1 ? x : x.padEnd(widths[i]))).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const a = Math.abs(x);
  return a >= 100 ? x.toFixed(0) : a >= 10 ? x.toFixed(1) : a >= 1 ? x.toFixed(2) : x.toFixed(3);
}
