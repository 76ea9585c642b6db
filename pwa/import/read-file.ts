import {
  decodeHtml,
  hashString,
  LIBRARY_FILE_TYPE,
  parseReport,
  parseText,
  reportHash,
  type Agency,
  type Finding,
  type Report,
} from '../../core/index.ts';
import { packCapture, type PackedCapture } from '../db/library-file-v2.ts';
import { CheckerLineSchema, checkerFindings, checkerReport } from './checker-json.ts';
import { validateLibrary, validateLibraryJson } from './library-json.ts';
import { splitLibraryBytes } from './split-library.ts';
import { savedPageUrl } from './page-url.ts';

export interface ImportEnv {
  /** HTML string → Document (the browser's DOMParser; linkedom in tests). */
  parseHtml: (html: string) => Document;
  runRules: (report: Report) => Finding[];
  rulesVersion: string;
  now: string;
}

/** Captures checked so far in a library file, and how many it holds. */
export type CaptureProgress = (done: number, total: number) => void;

export type FileKind = 'library' | 'checker-json' | 'html' | 'text';

/**
 * What one file yields: all its reports, or why the whole file is rejected (all-or-nothing per file). The reports are
 * in the packed form the library stores (pwa/db/pack-report.ts; unpackCapture gives core's Capture back).
 */
export type FileResult =
  | { ok: true; name: string; kind: FileKind; captures: PackedCapture[]; agencies: Agency[] }
  | { ok: false; name: string; kind: FileKind | 'unknown'; error: ImportError };

/** A message id (pwa/i18n) and its data: the UI renders it in the user's language. */
export interface ImportError {
  id: 'import.error.json' | 'import.error.schema' | 'import.error.parse' | 'import.error.unsupported' | 'import.error.empty' | 'import.error.notLibrary';
  data: Record<string, string | number>;
}

function fail(name: string, kind: FileKind | 'unknown', id: ImportError['id'], data: ImportError['data'] = {}): FileResult {
  return { ok: false, name, kind, error: { id, data } };
}

function captureOf(report: Report, html: string, findings: Finding[], env: Pick<ImportEnv, 'rulesVersion' | 'now'>, url: string | null): PackedCapture {
  const contentHash = reportHash(report);
  return packCapture({
    id: `import-${contentHash}-${hashString(url ?? report.title).slice(0, 8)}`,
    url,
    capturedAt: env.now,
    contentHash,
    html,
    report,
    findings,
    reviews: [],
    rulesVersion: env.rulesVersion,
  });
}

function readJson(name: string, text: string, env: ImportEnv, onProgress?: CaptureProgress): FileResult {
  const trimmed = text.trim();
  if (!trimmed) return fail(name, 'unknown', 'import.error.empty');
  let whole: unknown;
  let wholeOk = true;
  try {
    whole = JSON.parse(trimmed);
  } catch {
    wholeOk = false;
  }
  if (wholeOk && whole && typeof whole === 'object' && !Array.isArray(whole) && 'type' in whole) {
    if ((whole as { type: unknown }).type !== LIBRARY_FILE_TYPE) return fail(name, 'library', 'import.error.notLibrary', { type: String((whole as { type: unknown }).type) });
    const parsed = validateLibraryJson(whole, onProgress);
    if (!parsed.ok) return fail(name, 'library', 'import.error.schema', { line: 1, detail: parsed.error });
    return { ok: true, name, kind: 'library', captures: parsed.file.captures, agencies: parsed.file.agencies };
  }
  // The checker's JSON: one object per line (a single object is one line).
  const lines = wholeOk ? [trimmed] : trimmed.split(/\r?\n/);
  const captures: PackedCapture[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      return fail(name, 'checker-json', 'import.error.json', { line: i + 1, detail: (error as Error).message });
    }
    const result = CheckerLineSchema.safeParse(json);
    if (!result.success) {
      const issue = result.error.issues[0];
      return fail(name, 'checker-json', 'import.error.schema', { line: i + 1, detail: `${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}` });
    }
    let report: Report;
    try {
      report = checkerReport(result.data);
    } catch (error) {
      return fail(name, 'checker-json', 'import.error.schema', { line: i + 1, detail: (error as Error).message });
    }
    const url = report.sourceUrl ?? (/^https?:/i.test(result.data.source) ? result.data.source : null);
    captures.push(captureOf({ ...report, sourceUrl: url }, '', checkerFindings(result.data), { ...env, rulesVersion: 'checker' }, url));
  }
  if (!captures.length) return fail(name, 'checker-json', 'import.error.empty');
  return { ok: true, name, kind: 'checker-json', captures, agencies: [] };
}

/** Thrown when a capture's own bytes are not JSON: the file is then read as a whole, for the exact error. */
const NOT_JSON = Symbol('not json');

/**
 * A library file read capture by capture (pwa/import/split-library.ts): never one string of the whole file, and
 * never two copies of every report. null when the file is not a well-formed library file: the caller then reads
 * it as text, which also names what is wrong.
 */
function readLibraryBytes(name: string, bytes: Uint8Array, onProgress?: CaptureProgress): FileResult | null {
  const split = splitLibraryBytes(bytes);
  if (!split) return null;
  let envelope: unknown;
  try {
    envelope = JSON.parse(split.envelope);
  } catch {
    return null;
  }
  if ((envelope as { type?: unknown }).type !== LIBRARY_FILE_TYPE) return null;
  const decoder = new TextDecoder('utf-8');
  const captureAt = (i: number) => {
    const [start, end] = split.captures[i];
    try {
      return JSON.parse(decoder.decode(bytes.subarray(start, end))) as unknown;
    } catch {
      throw NOT_JSON;
    }
  };
  try {
    const parsed = validateLibrary(envelope, split.captures.length, captureAt, onProgress);
    if (!parsed.ok) return fail(name, 'library', 'import.error.schema', { line: 1, detail: parsed.error });
    return { ok: true, name, kind: 'library', captures: parsed.file.captures, agencies: parsed.file.agencies };
  } catch (error) {
    if (error === NOT_JSON) return null;
    throw error;
  }
}

/** Reads one file's bytes into captures. Never throws: any problem rejects the whole file with a reason. */
export function readImportFile(name: string, bytes: Uint8Array, env: ImportEnv, onProgress?: CaptureProgress): FileResult {
  const lower = name.toLowerCase();
  try {
    if (/\.(json|jsonl|ndjson)$/.test(lower)) return readLibraryBytes(name, bytes, onProgress) ?? readJson(name, new TextDecoder('utf-8').decode(bytes), env, onProgress);
    if (/\.(html?|shtml|xhtml)$/.test(lower)) {
      const html = decodeHtml(bytes);
      if (!html.trim()) return fail(name, 'html', 'import.error.empty');
      const doc = env.parseHtml(html);
      const url = savedPageUrl(html, doc);
      const parsed = parseReport(doc, { url });
      if (!parsed.ok) return fail(name, 'html', 'import.error.parse', { reason: parsed.reason, detail: parsed.detail });
      return { ok: true, name, kind: 'html', captures: [captureOf(parsed.report, html, env.runRules(parsed.report), env, url)], agencies: [] };
    }
    if (lower.endsWith('.txt')) {
      const text = decodeHtml(bytes);
      if (!text.trim()) return fail(name, 'text', 'import.error.empty');
      const parsed = parseText(text);
      if (!parsed.ok) return fail(name, 'text', 'import.error.parse', { reason: parsed.reason, detail: parsed.detail });
      return { ok: true, name, kind: 'text', captures: [captureOf(parsed.report, '', env.runRules(parsed.report), env, null)], agencies: [] };
    }
    return fail(name, 'unknown', 'import.error.unsupported');
  } catch (error) {
    return fail(name, 'unknown', 'import.error.parse', { reason: 'unreadable', detail: (error as Error).message });
  }
}
