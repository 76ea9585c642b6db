import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import type { Report } from '../../core/model/report.ts';
import { parseLiteDocument } from '../../cli/lite-dom/index.ts';
import type { TableAnchor } from '../../core/model/cell.ts';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const ROOT = path.resolve(import.meta.dirname, '../..');

/** Every page a gate test must get right: the demo portal's pages, the real fixture pages and the variants. */
export function gatePageFiles(): { file: string; name: string }[] {
  const dir = (d: string, page: string) => (fs.existsSync(d) ? fs.readdirSync(d).map((s) => path.join(d, s, page)) : []);
  return [...dir(path.join(ROOT, 'demo/pages'), 'index.html'), ...dir(path.join(FIXTURES, 'pages'), 'source.html'), ...dir(path.join(FIXTURES, 'variants'), 'source.html')]
    .filter((f) => fs.existsSync(f))
    .map((file) => ({ file, name: path.relative(ROOT, file) }));
}

/** linkedom and jsdom (Node DOMs core must work on) and the checker's own lite DOM (cli/lite-dom). */
export type DomKind = 'linkedom' | 'jsdom' | 'lite';
export const DOMS: readonly DomKind[] = ['linkedom', 'jsdom', 'lite'];

export function loadDocument(html: string, kind: DomKind): Document {
  if (kind === 'jsdom') return new JSDOM(html).window.document;
  if (kind === 'lite') return parseLiteDocument(html);
  return parseHTML(html).document as unknown as Document;
}

export function readJson<T = unknown>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

/** Independent of the parser's grid code: a plain matrix fill over `tr` rows whose closest table is this one. */
export function cellElementAt(doc: Document, anchor: TableAnchor): Element | null {
  const table = doc.querySelectorAll('table')[anchor.tableIndex];
  if (!table) return null;
  const trs = Array.from(table.querySelectorAll('tr')).filter((tr) => tr.closest('table') === table);
  const grid: (Element | undefined)[][] = trs.map(() => []);
  trs.forEach((tr, r) => {
    let c = 0;
    for (const td of Array.from(tr.children).filter((e) => /^(td|th)$/i.test(e.tagName))) {
      while (grid[r][c]) c++;
      const rs = Math.min(Number(td.getAttribute('rowspan') ?? 1) || 1, trs.length - r);
      const cs = Number(td.getAttribute('colspan') ?? 1) || 1;
      for (let i = 0; i < rs; i++) for (let j = 0; j < cs; j++) grid[r + i][c + j] = td;
      c += cs;
    }
  });
  return grid[anchor.row]?.[anchor.col] ?? null;
}

export function collapse(s: string): string {
  return s.replace(/[\u200b-\u200d\ufeff]/g, '').replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

/** All table cells of a report with their canonical address. */
export function allCells(report: Report): { table: string; row: string; col: string; cell: Report['tables']['active'][string][string] }[] {
  const out: ReturnType<typeof allCells> = [];
  for (const [table, rows] of Object.entries(report.tables)) for (const [row, cols] of Object.entries(rows)) for (const [col, cell] of Object.entries(cols)) out.push({ table, row, col, cell });
  return out;
}
