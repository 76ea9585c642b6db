import type { Capture, Severity } from '../../core/index.ts';
import type { LibraryDb } from '../db/app-db.ts';
import { packCapture } from '../db/library-file-v2.ts';
import { severityCounts } from '../db/convert.ts';
import type { CommitResult, PreviewItem, PreviewStatus } from '../db/queries/index.ts';
import type { ImportError, FileKind, FileResult } from './read-file.ts';
import { batchOf, commitBatch, previewBatch, type Batch } from './run-import.ts';

/** One file of the batch as the preview shows it (no captures: they stay where the session runs). */
export type FileSummary = { name: string; ok: true; kind: FileKind; reports: number } | { name: string; ok: false; kind: FileKind | 'unknown'; error: ImportError };

/** One report of the batch as the preview shows it. */
export interface ItemSummary {
  source: string;
  id: string;
  status: PreviewStatus;
  captureId: string;
  title: string;
  agency: string | null;
  year: number | null;
  counts: Record<Severity, number>;
}

export interface SessionPreview {
  files: FileSummary[];
  items: ItemSummary[];
  /** Reports in the readable files. */
  candidates: number;
}

function fileSummary(f: FileResult): FileSummary {
  return f.ok ? { name: f.name, ok: true, kind: f.kind, reports: f.captures.length } : { name: f.name, ok: false, kind: f.kind, error: f.error };
}

function itemSummary(p: PreviewItem): ItemSummary {
  const r = p.capture.report;
  return { source: p.source, id: p.id, status: p.status, captureId: p.capture.id, title: r.title, agency: r.agency, year: r.year, counts: severityCounts(p.capture.findings) };
}

/**
 * An import in progress: the files read so far, their preview against the library, and the commit. It holds the
 * (large) captures itself and hands out only summaries, so it can run in a worker next to its own database
 * connection: the reports are then read, validated and written without ever being copied to the page.
 */
export class ImportSession {
  private batch: Batch = batchOf([]);
  private items: PreviewItem[] = [];

  constructor(private readonly db: LibraryDb) {}

  /** Replaces the batch with these files (in order: a report repeated later in the batch wins) and previews it. */
  async setFiles(files: FileResult[]): Promise<SessionPreview> {
    this.batch = batchOf(files);
    return this.preview();
  }

  /** A batch of captures received from elsewhere (the extension; checked by the bridge). */
  async setCaptures(source: string, captures: Capture[]): Promise<SessionPreview> {
    return this.setFiles([{ ok: true, name: source, kind: 'library', captures: captures.map(packCapture), agencies: [] }]);
  }

  /** Leaves out the rejected files and previews the rest. */
  async dropRejected(): Promise<SessionPreview> {
    return this.setFiles(this.batch.files.filter((f) => f.ok));
  }

  async preview(): Promise<SessionPreview> {
    this.items = await previewBatch(this.db, this.batch);
    return { files: this.batch.files.map(fileSummary), items: this.items.map(itemSummary), candidates: this.batch.candidates.length };
  }

  /** Writes the previewed batch in one transaction (commitImport): everything or nothing. */
  commit(replaceConflicts: boolean, parserVersion: string): Promise<CommitResult> {
    return commitBatch(this.db, this.batch, this.items, replaceConflicts, parserVersion);
  }
}
