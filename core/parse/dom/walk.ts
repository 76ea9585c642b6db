import { collapseSpace } from '../text/normalize.ts';
import { cellsOf, rowsOf } from '../grid.ts';

/** A table met while walking the body: its element, its index among all document tables and where it sits in the text. */
export interface BodyTable {
  el: Element;
  tableIndex: number;
  /** Offset in the body text where the table stands. */
  offset: number;
  /** The last short text lines before the table (captions such as 「（一）主动公开情况」). */
  before: string[];
  /** The text of each of its cells, as read once by the layout test (handed to the grid builder). */
  cellTexts: Map<Element, string>;
}

export interface BodyWalk {
  text: string;
  tables: BodyTable[];
  /** Offsets of <img> elements in the body text. */
  images: number[];
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SELECT', 'BUTTON', 'INPUT', 'TEXTAREA', 'OBJECT', 'SVG', 'CANVAS', 'HEAD']);
const BLOCK = new Set([
  'P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'TR', 'TD', 'TH', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'SECTION', 'ARTICLE',
  'BLOCKQUOTE', 'PRE', 'DL', 'DT', 'DD', 'HR', 'ADDRESS', 'CENTER', 'FORM', 'HEADER', 'FOOTER', 'NAV', 'ASIDE', 'MAIN', 'FIGURE',
  'FIGCAPTION', 'UCAPCONTENT', 'CAPTION',
]);

/**
 * A table used for layout: it nests another table, or one of its cells holds a long run of prose.
 * Each cell's text read here is kept in `texts` (when given), so the grid builder does not read it a second time.
 */
export function isLayoutTable(table: Element, texts?: Map<Element, string>): boolean {
  if (table.querySelector('table')) return true;
  for (const tr of rowsOf(table)) {
    for (const td of cellsOf(tr)) {
      const text = td.textContent ?? '';
      if (text.length > 400) return true;
      texts?.set(td, text);
    }
  }
  return false;
}

function hidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none/i.test(style);
}

/**
 * One pass over the body container: prose as lines ('\n' between blocks and at <br>), data tables left out but recorded
 * with their position. Whitespace is collapsed by our own rules, so the text is the same in every DOM implementation.
 */
export function walkBody(container: Element, tableIndexes: Map<Element, number>): BodyWalk {
  const lines: string[] = [];
  let length = 0; // length of lines.join('\n') so far
  let current = '';
  const tables: BodyTable[] = [];
  const images: number[] = [];
  const flush = (): void => {
    const line = collapseSpace(current);
    current = '';
    if (!line) return;
    length += (lines.length ? 1 : 0) + line.length;
    lines.push(line);
  };
  const offsetNow = (): number => length + (lines.length ? 1 : 0);
  // Iterative depth-first walk with an explicit stack: deeply nested pages (thousands of levels) must not
  // overflow the call stack (fuzz regression swallowed-error-html-0c2a7458).
  const stack: { next: ChildNode | null; block: boolean }[] = [{ next: container.firstChild, block: false }];
  while (stack.length) {
    const frame = stack[stack.length - 1];
    const n = frame.next;
    if (!n) {
      stack.pop();
      if (frame.block) flush();
      continue;
    }
    frame.next = n.nextSibling;
    if (n.nodeType === 3) {
      current += n.nodeValue ?? '';
      continue;
    }
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag) || hidden(el)) continue;
    if (tag === 'BR') {
      flush();
      continue;
    }
    if (tag === 'IMG') {
      flush();
      images.push(offsetNow());
      continue;
    }
    const cellTexts = tag === 'TABLE' ? new Map<Element, string>() : undefined;
    if (cellTexts && !isLayoutTable(el, cellTexts)) {
      flush();
      const index = tableIndexes.get(el);
      if (index !== undefined) tables.push({ el, tableIndex: index, offset: offsetNow(), before: lines.slice(-2), cellTexts });
      continue;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    stack.push({ next: el.firstChild, block });
  }
  flush();
  return { text: lines.join('\n'), tables, images };
}
