import type { Capture } from '../../core/index.ts';
import type { CommitResult } from '../db/queries/index.ts';
import type { FileResult } from './read-file.ts';
import type { SessionPreview } from './session.ts';

/** A file for the worker to read (library and checker JSON), or one the page read already (HTML needs DOMParser). */
export type WorkerFile = { file: File } | { result: FileResult };

export type ToWorker =
  | { type: 'files'; files: WorkerFile[]; now: string; rulesVersion: string }
  | { type: 'captures'; source: string; captures: Capture[] }
  | { type: 'drop-rejected' }
  | { type: 'commit'; replaceConflicts: boolean; parserVersion: string };

export type FromWorker =
  | { type: 'progress'; done: number; total: number; name: string }
  | { type: 'preview'; preview: SessionPreview }
  | { type: 'committed'; result: CommitResult }
  | { type: 'error'; message: string; storageFull: boolean };

/** Files the worker reads itself: library and checker JSON (pages and text are parsed and checked by the page). */
export function readableInWorker(name: string): boolean {
  return /\.(json|jsonl|ndjson)$/i.test(name);
}
