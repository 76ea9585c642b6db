import { useEffect, useState } from 'preact/hooks';
import { getDb, libraryVersion } from '../db/instance.ts';
import { listReports } from '../db/queries/index.ts';
import type { ReportRow } from '../db/records.ts';
import { useStore } from './store.ts';

/** All listing rows, re-read after every write. null while loading. */
export function useLibraryRows(): ReportRow[] | null {
  const version = useStore(libraryVersion);
  const [rows, setRows] = useState<ReportRow[] | null>(null);
  useEffect(() => {
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
  useEffect(() => {
    let live = true;
    load().then((v) => live && setValue(v));
    return () => {
      live = false;
    };
  }, [...deps, version]);
  return value;
}
