import type { ParseOptions, ParseResult } from './index.ts';
/** STUB: replaced by the parser work. */
export function parseReport(_doc: Document, _options: ParseOptions = {}): ParseResult {
  return { ok: false, reason: 'unreadable', detail: 'parser not implemented yet' };
}
