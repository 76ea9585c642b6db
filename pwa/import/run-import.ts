import type { Agency, Capture } from '../../core/index.ts';
import type { LibraryDb } from '../db/app-db.ts';
import { commitImport, previewImport, type CommitResult, type ImportCandidate, type PreviewItem } from '../db/queries/index.ts';
import { readImportFile, type FileResult, type ImportEnv } from './read-file.ts';

export interface ReadProgress {
  done: number;
  total: number;
  name: string;
}

const nextTick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Reads many files one after the other, yielding to the page between files so that progress is painted.
 * (DOMParser is not available in workers, so HTML is parsed on the main thread, in file-sized chunks.)
 */
export async function readFiles(files: readonly File[], env: ImportEnv, onProgress: (p: ReadProgress) => void): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (let i = 0; i < files.length; i++) {
    onProgress({ done: i, total: files.length, name: files[i].name });
    await nextTick();
    const bytes = new Uint8Array(await files[i].arrayBuffer());
    results.push(readImportFile(files[i].name, bytes, env));
  }
  onProgress({ done: files.length, total: files.length, name: '' });
  return results;
}

export interface Batch {
  files: FileResult[];
  candidates: ImportCandidate[];
  agencies: Agency[];
}

export function batchOf(files: FileResult[]): Batch {
  const candidates: ImportCandidate[] = [];
  const agencies: Agency[] = [];
  for (const f of files) {
    if (!f.ok) continue;
    for (const capture of f.captures) candidates.push({ source: f.name, capture });
    agencies.push(...f.agencies);
  }
  return { files, candidates, agencies };
}

export function batchFromCaptures(source: string, captures: readonly Capture[], agencies: readonly Agency[] = []): Batch {
  return {
    files: [{ ok: true, name: source, kind: 'library', captures: [...captures], agencies: [...agencies] }],
    candidates: captures.map((capture) => ({ source, capture })),
    agencies: [...agencies],
  };
}

export function previewBatch(db: LibraryDb, batch: Batch): Promise<PreviewItem[]> {
  return previewImport(db, batch.candidates);
}

export function commitBatch(db: LibraryDb, batch: Batch, preview: PreviewItem[], replaceConflicts: boolean, parserVersion: string): Promise<CommitResult> {
  return commitImport(db, preview, {
    replaceConflicts,
    agencies: batch.agencies,
    files: batch.files.map((f) => f.name),
    parserVersion,
  });
}
