import { useLayoutEffect, useState } from 'preact/hooks';
import { getDb, libraryVersion } from '../db/instance.ts';
import { listReports } from '../db/queries/index.ts';
import type { ReportRow } from '../db/records.ts';
import { useStore } from './store.ts';

/**
 * Loads start in a layout effect, right after the view is first committed: a plain effect would wait for the next
 * painted frame before even sending the IndexedDB request (each chained load would cost a frame).
 */

/** All listing rows, re-read after every write. null while loading. */
export function useLibraryRows(): ReportRow[] | null {
  const version = useStore(libraryVersion);
  const [rows, setRows] = useState<ReportRow[] | null>(null);
  useLayoutEffect(() => {
    let live = true;
    listReports(getDb()).then((r) => live && setRows(r));
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
