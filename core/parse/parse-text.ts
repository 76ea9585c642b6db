import type { ParseOptions, ParseResult } from './index.ts';
/** STUB: replaced by the parser work. */
export function parseText(_text: string, _options: ParseOptions = {}): ParseResult {
  return { ok: false, reason: 'unreadable', detail: 'text parser not implemented yet' };
}
