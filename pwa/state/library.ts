import { useLayoutEffect, useState } from 'preact/hooks';
import { getDb, libraryVersion } from '../db/instance.ts';
import { listReports } from '../db/queries/index.ts';
import type { ReportRow } from '../db/records.ts';
import { useStore } from './store.ts';

/**
 * Loads start in a layout effect, right after the view is first committed: a plain effect would wait for the next
 * painted frame before even sending the IndexedDB request (each chained load would cost a frame).
 */

/** The rows of the last read and the library version they belong to: returning to a view needs no re-read. */
let cached: { version: number; rows: ReportRow[] } | null = null;
// Another tab may have written meanwhile: coming back to this one, the next view re-reads (as it did before caching).
if (typeof document !== 'undefined') document.addEventListener('visibilitychange', () => document.hidden || (cached = null));

/** All listing rows, re-read after every write (kept between views until then). null while loading. */
export function useLibraryRows(): ReportRow[] | null {
  const version = useStore(libraryVersion);
  const [rows, setRows] = useState<ReportRow[] | null>(() => (cached?.version === version ? cached.rows : null));
  useLayoutEffect(() => {
    if (cached?.version === version) {
      if (rows !== cached.rows) setRows(cached.rows);
      return;
    }
    let live = true;
    listReports(getDb()).then((r) => {
      if (libraryVersion.get() === version) cached = { version, rows: r };
      if (live) setRows(r);
    });
    return () => {
      live = false;
    };
  }, [version]);
  return rows;
}

/** Runs an async loader when deps or the library change. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): T | undefined {
  const version = useStore(libraryVersion);
  const [value, setValue] = useState<T | undefined>(undefined);
  useLayoutEffect(() => {
    let live = true;
    load().then((v) => live && setValue(v));
    return () => {
      live = false;
    };
  }, [...deps, version]);
  return value;
}
