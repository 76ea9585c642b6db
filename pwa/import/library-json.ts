import { z } from 'zod';
import { CaptureSchema, LIBRARY_FILE_VERSION, LibraryFileSchema, type LibraryFile } from '../../core/index.ts';
import { PACKED_LIBRARY_VERSION, packCapture, type PackedCapture } from '../db/library-file-v2.ts';
import { PackedCaptureSchema } from '../db/packed-schema.ts';

/** The envelope without its captures: they are checked one by one (same schema), so progress can be reported. */
const EnvelopeSchema = LibraryFileSchema.extend({ captures: z.array(z.unknown()) });
/** Version 2 (packed reports, pwa/db/library-file-v2.ts): the same envelope. */
const EnvelopeSchemaV2 = EnvelopeSchema.extend({ version: z.literal(PACKED_LIBRARY_VERSION) });

/**
 * A checked library file as the import keeps it: the envelope (version 1's, whatever version was read) and every
 * capture with its report in the packed form (pwa/db/pack-report.ts), the form the library stores.
 */
export interface CheckedLibraryFile extends Omit<LibraryFile, 'captures'> {
  captures: PackedCapture[];
}
export type ParsedImportLibrary = { ok: true; file: CheckedLibraryFile } | { ok: false; error: string };

function describe(prefix: (string | number)[], issue: z.core.$ZodIssue | undefined): string {
  const path = [...prefix, ...(issue?.path ?? [])].map(String).join('.');
  return `${path || '(root)'}: ${issue?.message ?? 'invalid'}`;
}

/**
 * Checks an already parsed library file (core's LibraryFileSchema, all-or-nothing) without parsing the text twice.
 * Same verdicts and messages as core's parseLibraryFile: the first problem, by its path (`captures.1.report.year: …`).
 * `onProgress(done, total)` is called every `every` captures.
 */
export function validateLibraryJson(json: unknown, onProgress?: (done: number, total: number) => void, every = 100): ParsedImportLibrary {
  const raw = (json as { captures?: unknown } | null)?.captures;
  return validateLibrary(json, Array.isArray(raw) ? raw.length : 0, (i) => (raw as unknown[])[i], onProgress, every);
}

/**
 * The same check with the captures supplied one at a time (`captureAt(i)`, e.g. parsed from their own byte range),
 * so that only the checked copies are kept. `envelope.captures` must be an array (its items are not looked at).
 */
export function validateLibrary(
  envelope: unknown,
  count: number,
  captureAt: (i: number) => unknown,
  onProgress?: (done: number, total: number) => void,
  every = 100,
): ParsedImportLibrary {
  const packed = (envelope as { version?: unknown } | null)?.version === PACKED_LIBRARY_VERSION;
  const checked = (packed ? EnvelopeSchemaV2 : EnvelopeSchema).safeParse(envelope);
  // An envelope problem after the captures (agencies) is reported only if every capture is valid, as a whole-file check would.
  let late: string | null = null;
  if (!checked.success) {
    const issue = checked.error.issues[0];
    if (issue?.path[0] !== 'agencies') return { ok: false, error: describe([], issue) };
    late = describe([], issue);
  }
  const captures: PackedCapture[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const raw = captureAt(i);
    // Version 2: the packed capture is checked as it is (core's schemas for its packed form); version 1 by core's
    // CaptureSchema, then packed as the library stores it.
    if (packed) {
      const result = PackedCaptureSchema.safeParse(raw);
      if (!result.success) return { ok: false, error: describe(['captures', i], result.error.issues[0]) };
      captures[i] = result.data;
    } else {
      const result = CaptureSchema.safeParse(raw);
      if (!result.success) return { ok: false, error: describe(['captures', i], result.error.issues[0]) };
      captures[i] = packCapture(result.data);
    }
    if (onProgress && (i + 1) % every === 0) onProgress(i + 1, count);
  }
  if (late !== null || !checked.success) return { ok: false, error: late ?? 'invalid' };
  onProgress?.(count, count);
  const file: CheckedLibraryFile = { ...checked.data, version: LIBRARY_FILE_VERSION, captures };
  return { ok: true, file };
}
