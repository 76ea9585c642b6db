import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { LibraryDb } from '../../pwa/db/app-db.ts';
import { declareVersions } from '../../pwa/db/versions.ts';

let n = 0;
/** A fresh, uniquely named database per test. */
export function freshDb(): LibraryDb {
  return new LibraryDb(`test-${process.pid}-${Date.now()}-${n++}`);
}

export interface DbFixture {
  version: number;
  tables: Record<string, Record<string, unknown>[]>;
}

/** Builds a database exactly as schema version `fixture.version` stored it, then closes it. */
export async function createOldDb(name: string, fixture: DbFixture): Promise<void> {
  const old = new Dexie(name);
  declareVersions(old, fixture.version);
  await old.open();
  await old.transaction('rw', Object.keys(fixture.tables), async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
  });
  old.close();
}
