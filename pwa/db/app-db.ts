import { Dexie, type Table } from 'dexie';
import type { AgencyRow, BodyRow, FindingRow, ImportLogRow, ReportRow, ReviewRow } from './records.ts';
import { declareVersions } from './versions.ts';

export const DB_NAME = 'nianbao-library';

export class LibraryDb extends Dexie {
  reports!: Table<ReportRow, string>;
  bodies!: Table<BodyRow, string>;
  findings!: Table<FindingRow, string>;
  reviews!: Table<ReviewRow, string>;
  agencies!: Table<AgencyRow, string>;
  imports!: Table<ImportLogRow, number>;

  constructor(name: string = DB_NAME) {
    super(name);
    declareVersions(this);
  }
}

/** The tables an import or a re-check writes, in one transaction. */
export function writeTables(db: LibraryDb) {
  return [db.reports, db.bodies, db.findings, db.reviews, db.agencies, db.imports];
}
