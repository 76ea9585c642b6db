import type { ParseOptions, ParseResult } from './index.ts';
import { buildReport } from './build-report.ts';
import { findContainer } from './container.ts';
import { Diagnostics } from './diagnostics.ts';
import { walkBody } from './dom/walk.ts';
import { buildGrid } from './grid.ts';
import { isoDateOf, publishedInText } from './metadata.ts';
import { DATE_META, TITLE_META } from './profiles/containers.ts';
import { type DocumentScan, scanDocument } from './dom/scan.ts';
import { collapseSpace } from './text/normalize.ts';

/** Limits beyond which a page is refused rather than parsed slowly. */
export const LIMITS = { maxTextChars: 20_000_000, maxCells: 200_000 } as const;

/** Content of the first <meta name|property> among `names` (in priority order, names compared case-insensitively). */
function metaContent(metas: readonly Element[], names: readonly string[]): string | null {
  for (const name of names) {
    const lower = name.toLowerCase();
    for (const m of metas) {
      const n = (m.getAttribute('name') ?? m.getAttribute('property') ?? '').toLowerCase();
      const v = m.getAttribute('content');
      if (n === lower && v && v.trim()) return v.trim();
    }
  }
  return null;
}

function sourceUrlOf(scan: DocumentScan, options: ParseOptions): string | null {
  if (options.url) return options.url;
  if (scan.canonicalUrl) return scan.canonicalUrl;
  return metaContent(scan.metas, ['og:url']);
}

function titleCandidates(doc: Document, scan: DocumentScan): string[] {
  const out: string[] = [];
  const meta = metaContent(scan.metas, TITLE_META);
  if (meta) out.push(meta);
  for (const el of scan.titleElements) {
    const t = collapseSpace(el.textContent ?? '');
    if (t && t.length <= 120) out.push(t);
  }
  if (doc.title) out.push(doc.title);
  return out;
}

/** Publication date: meta PubDate & co., else 「发布日期：…」 near the title (outside the body). */
function publishedOf(doc: Document, scan: DocumentScan, container: Element): string | null {
  const meta = metaContent(scan.metas, DATE_META);
  const fromMeta = meta ? isoDateOf(meta) : null;
  if (fromMeta) return fromMeta;
  // Text between the start of the page's main area and the body container, bounded.
  const parent = container.parentElement?.parentElement ?? container.parentElement;
  const scope = parent ?? doc.body;
  if (!scope) return null;
  let text = '';
  for (let el = scope.firstElementChild; el && text.length < 4000; el = el.nextElementSibling) {
    if (el === container || el.contains(container)) {
      // Text before the container inside this branch.
      for (let c = el.firstElementChild; c && c !== container && !c.contains(container); c = c.nextElementSibling) text += ` ${c.textContent ?? ''}`;
      break;
    }
    text += ` ${el.textContent ?? ''}`;
  }
  return publishedInText(text.slice(0, 4000));
}

/**
 * Parses a report page. Reads only; never throws (failures come back as {ok:false}).
 * Cost: one pass to index the tables, one pass over the container, one grid per data table.
 */
export function parseReport(doc: Document, options: ParseOptions = {}): ParseResult {
  try {
    if (!doc || !doc.documentElement) return { ok: false, reason: 'empty', detail: 'no document' };
    const body = doc.body;
    if (!body || !body.firstChild) return { ok: false, reason: 'empty', detail: 'empty body' };
    const scan = scanDocument(doc);
    const allTables = scan.tables;
    const tableIndexes = new Map<Element, number>();
    allTables.forEach((t, i) => tableIndexes.set(t, i));
    if (scan.cellCount > LIMITS.maxCells) return { ok: false, reason: 'too-large', detail: `${scan.cellCount} table cells` };
    const choice = findContainer(doc, scan);
    if (!choice) return { ok: false, reason: 'empty', detail: 'no body' };
    const walk = walkBody(choice.el, tableIndexes);
    if (walk.text.length > LIMITS.maxTextChars) return { ok: false, reason: 'too-large', detail: `${walk.text.length} characters of text` };
    if (!walk.text && walk.tables.length === 0) return { ok: false, reason: 'not-a-report', detail: 'the body container is empty' };
    const diagnostics = new Diagnostics();
    return buildReport({
      kind: 'html',
      text: walk.text,
      tables: walk.tables.map((t) => ({ grid: buildGrid(t.el, t.tableIndex, t.cellTexts), offset: t.offset, before: t.before })),
      images: walk.images,
      titles: titleCandidates(doc, scan),
      published: publishedOf(doc, scan, choice.el),
      sourceUrl: sourceUrlOf(scan, options),
      container: choice.description,
      tableCount: allTables.length,
      diagnostics,
    });
  } catch (error) {
    return { ok: false, reason: 'unreadable', detail: error instanceof Error ? error.message : String(error) };
  }
}
