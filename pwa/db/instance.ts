import { LibraryDb } from './app-db.ts';
import { createStore } from '../state/store.ts';

let db: LibraryDb | null = null;

/** 'blocked': another tab keeps an older version open; 'upgraded': another tab upgraded the schema (we reload). */
export const dbEvents = createStore<'ok' | 'blocked' | 'upgraded'>('ok');

/** Bumped after every write, so views re-read. */
export const libraryVersion = createStore(0);
export function libraryChanged(): void {
  libraryVersion.set(libraryVersion.get() + 1);
}

/** The app's database. Another tab upgrading the schema closes this connection and reloads this tab. */
export function getDb(): LibraryDb {
  if (db) return db;
  db = new LibraryDb();
  db.on('versionchange', () => {
    db?.close();
    dbEvents.set('upgraded');
    setTimeout(() => location.reload(), 300);
    return false;
  });
  db.on('blocked', () => dbEvents.set('blocked'));
  return db;
}
