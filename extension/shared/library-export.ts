import { LIBRARY_FILE_TYPE, LIBRARY_FILE_VERSION, LibraryFileSchema, type LibraryFile } from '../../core/export/library-file.ts';
import type { Capture } from '../../core/model/capture.ts';

/** Wraps captures in the versioned library-file envelope (validated: an invalid file is never written). */
export function buildLibraryFile(captures: readonly Capture[], appVersion: string, now = new Date()): LibraryFile {
  const agencies = [...new Set(captures.map((c) => c.report.agency).filter((a): a is string => !!a))].map((name) => ({ name }));
  return LibraryFileSchema.parse({
    type: LIBRARY_FILE_TYPE,
    version: LIBRARY_FILE_VERSION,
    exportedAt: now.toISOString(),
    app: { name: 'nianbao-inspector-extension', version: appVersion },
    captures,
    agencies,
  });
}

export function libraryFileName(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `nianbao-library-${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}.json`;
}

/** Downloads a library file from an extension page (no downloads permission needed). */
export function downloadLibraryFile(file: LibraryFile, doc: Document = document): void {
  const blob = new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = libraryFileName(new Date(file.exportedAt));
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
