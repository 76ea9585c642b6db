/**
 * Reads one saved page or text file and checks it: bytes → decoded text → DOM → parse → rules.
 * The DOM is the checker's own lite DOM (cli/lite-dom: built straight from htmlparser2's events, several times cheaper
 * than linkedom); linkedom is the fallback should the lite DOM ever throw.
 * Never throws: every failure becomes a one-line reason.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname } from 'node:path';
import { parseLiteDocument } from './lite-dom/index.ts';
import { decodeHtml } from '../core/parse/decode.ts';
import { parseReport } from '../core/parse/parse-document.ts';
import { parseText } from '../core/parse/parse-text.ts';
import type { ParseResult } from '../core/parse/index.ts';
import { runRules } from '../core/engine/run.ts';
import type { Finding, Lang } from '../core/model/finding.ts';
import type { Report } from '../core/model/report.ts';
import type { RuleOutcome } from '../core/engine/run.ts';

/** Larger inputs are refused: no report is this big, and a DOM of it would exhaust memory. */
export const MAX_INPUT_BYTES = 30 * 1024 * 1024;

export type CheckedFile =
  | { source: string; ok: true; report: Report; findings: Finding[]; outcomes: Record<string, RuleOutcome> }
  | { source: string; ok: false; reason: string; detail: string };

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.1;
}

const requireHere = createRequire(import.meta.url);

/** linkedom's Document, loaded on first use only (it is a fallback; loading it costs a worker ≈ 0.5 s). */
function linkedomDocument(text: string): Document {
  const { parseHTML } = requireHere('linkedom') as typeof import('linkedom');
  return parseHTML(text).document as unknown as Document;
}

/** The lite DOM of the page; linkedom's if the lite DOM throws (it should not: it is a fallback, not a path). */
function documentOf(text: string): Document {
  try {
    return parseLiteDocument(text);
  } catch {
    return linkedomDocument(text);
  }
}

export function parseBytes(bytes: Uint8Array, source: string): ParseResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty', detail: 'the file is empty' };
  if (bytes.length > MAX_INPUT_BYTES) return { ok: false, reason: 'too-large', detail: `${(bytes.length / 1048576).toFixed(1)} MB is larger than the ${MAX_INPUT_BYTES / 1048576} MB limit` };
  if (looksBinary(bytes)) return { ok: false, reason: 'unreadable', detail: 'binary data, not an HTML page or text' };
  const text = decodeHtml(bytes);
  if (text.trim() === '') return { ok: false, reason: 'empty', detail: 'the file holds only whitespace' };
  const isText = extname(source).toLowerCase() === '.txt' || !/<(html|body|table|div|p|head|meta)\b/i.test(text.slice(0, 65536));
  if (isText) return parseText(text, { url: null });
  const parsed = parseReport(documentOf(text), { url: null });
  // An internal error on the lite DOM (a DOM feature it lacks) gets a second chance on linkedom.
  if (!parsed.ok && parsed.reason === 'unreadable') return parseReport(linkedomDocument(text), { url: null });
  return parsed;
}

export async function checkFile(source: string, lang: Lang): Promise<CheckedFile> {
  let bytes: Uint8Array;
  try {
    // Synchronous: on a worker thread a blocking read costs nothing, where the promise API takes four thread-pool
    // round trips (open, stat, read, close), each waiting for a scheduler slot on a loaded machine.
    bytes = readFileSync(source);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { source, ok: false, reason: 'unreadable', detail: code === 'EISDIR' ? 'is a folder' : code === 'ENOENT' ? 'no such file' : (error as Error).message };
  }
  try {
    const parsed = parseBytes(bytes, source);
    if (!parsed.ok) return { source, ok: false, reason: parsed.reason, detail: parsed.detail };
    const { findings, outcomes } = runRules(parsed.report, { lang });
    return { source, ok: true, report: parsed.report, findings, outcomes };
  } catch (error) {
    return { source, ok: false, reason: 'unreadable', detail: `internal error while reading: ${(error as Error)?.message ?? String(error)}` };
  }
}
