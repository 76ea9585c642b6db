/**
 * Public parsing API. Works on a standard DOM `Document` (the browser's, or jsdom/linkedom in Node) and on plain text.
 * The parser only reads: it never mutates the document.
 */
import type { Report } from '../model/report.ts';

export type ParseFailureReason = 'empty' | 'not-a-report' | 'too-large' | 'unreadable';

export type ParseResult =
  | { ok: true; report: Report }
  | { ok: false; reason: ParseFailureReason; detail: string };

export interface ParseOptions {
  /** The page's URL (kept as report.sourceUrl). */
  url?: string | null;
}

// Implementations live in their own modules; re-exported here.
export { isProbablyReport } from './detect.ts';
export { parseReport } from './parse-document.ts';
export { parseText } from './parse-text.ts';
export { decodeHtml } from './decode.ts';
/** Finds the <td>/<th> a table anchor points at (for overlays). */
export { locateCell } from './grid.ts';
