import { z } from 'zod';
import { CaptureSchema } from '../model/capture.ts';

export const LIBRARY_FILE_TYPE = 'nianbao-inspector/library';
export const LIBRARY_FILE_VERSION = 1;

export const AgencySchema = z.object({
  name: z.string().min(1),
  region: z.string().optional(),
  level: z.enum(['province', 'city', 'county', 'township', 'department', 'unknown']).optional(),
});
export type Agency = z.infer<typeof AgencySchema>;

/** Versioned envelope of a library file (extension export → PWA import, PWA export ↔ PWA import). */
export const LibraryFileSchema = z.object({
  type: z.literal(LIBRARY_FILE_TYPE),
  version: z.literal(LIBRARY_FILE_VERSION),
  exportedAt: z.string(),
  app: z.object({ name: z.string(), version: z.string() }),
  captures: z.array(CaptureSchema),
  agencies: z.array(AgencySchema).default([]),
});
export type LibraryFile = z.infer<typeof LibraryFileSchema>;

export type ParsedLibraryFile = { ok: true; file: LibraryFile } | { ok: false; error: string };

/** Parses a library file's text. All-or-nothing: any invalid part rejects the whole file with a readable reason. */
export function parseLibraryFile(text: string): ParsedLibraryFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `not valid JSON: ${(error as Error).message}` };
  }
  const result = LibraryFileSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    return { ok: false, error: `${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}` };
  }
  return { ok: true, file: result.data };
}
