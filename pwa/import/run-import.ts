import type { Agency } from '../../core/index.ts';
import type { LibraryDb } from '../db/app-db.ts';
import type { PackedCapture } from '../db/library-file-v2.ts';
import { commitImport, previewImport, type CommitResult, type ImportCandidate, type PreviewItem } from '../db/queries/index.ts';
import type { FileResult } from './read-file.ts';

export interface ReadProgress {
  done: number;
  total: number;
  name: string;
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

export function batchFromCaptures(source: string, captures: readonly PackedCapture[], agencies: readonly Agency[] = []): Batch {
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
