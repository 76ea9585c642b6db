import type { LibraryDb } from '../app-db.ts';
import { ZH_COLLATOR } from './collator.ts';

/** Distinct agency names of the stored reports, zh-CN order: read from the `agency` index (keys only, no rows). */
export async function agencyNames(db: LibraryDb): Promise<string[]> {
  const keys = (await db.reports.orderBy('agency').uniqueKeys()) as string[];
  return keys.sort(ZH_COLLATOR.compare);
}

/** The first agency (in the given order) with more than one stored report, else the first one: the compare view's default. */
export async function firstAgencyWithYears(db: LibraryDb, names: readonly string[]): Promise<string | null> {
  for (const name of names) if ((await db.reports.where('agency').equals(name).count()) > 1) return name;
  return names[0] ?? null;
}
