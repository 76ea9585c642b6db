import type { LibraryDb } from '../app-db.ts';
import { ZH_COLLATOR } from './collator.ts';

/**
 * Distinct agency names of the stored reports, zh-CN order: read from the `agency` index (keys only, no rows). All
 * keys in one getAllKeys request, deduplicated here: Dexie's uniqueKeys() walks a cursor, one round trip per name.
 */
export async function agencyNames(db: LibraryDb): Promise<string[]> {
  const keys = (await db.reports.orderBy('agency').keys()) as string[];
  const names: string[] = [];
  for (let i = 0; i < keys.length; i++) if (i === 0 || keys[i] !== keys[i - 1]) names.push(keys[i]);
  return names.sort(ZH_COLLATOR.compare);
}

/** The first agency (in the given order) with more than one stored report, else the first one: the compare view's default. */
export async function firstAgencyWithYears(db: LibraryDb, names: readonly string[]): Promise<string | null> {
  for (const name of names) if ((await db.reports.where('agency').equals(name).count()) > 1) return name;
  return names[0] ?? null;
}
