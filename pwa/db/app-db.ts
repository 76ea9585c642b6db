import { Dexie, type Table } from 'dexie';
import type { AgencyRow, BodyRow, FindingRow, ImportLogRow, ReportRow, ReviewRow, PackedBody, StoredBody } from './records.ts';
import { fromStoredBody } from './stored-body.ts';
import { declareVersions } from './versions.ts';

export const DB_NAME = 'nianbao-library';

export class LibraryDb extends Dexie {
  reports!: Table<ReportRow, string>;
  /** Read as BodyRow (the reading hook unpacks), written as StoredBody (toStoredBody). */
  bodies!: Table<BodyRow, string, PackedBody>;
  findings!: Table<FindingRow, string>;
  reviews!: Table<ReviewRow, string>;
  agencies!: Table<AgencyRow, string>;
  imports!: Table<ImportLogRow, number>;

  constructor(name: string = DB_NAME) {
    super(name);
    declareVersions(this);
    this.bodies.hook('reading', (stored: StoredBody) => fromStoredBody(stored));
  }
}

/** The tables an import or a re-check writes, in one transaction. */
export function writeTables(db: LibraryDb) {
  return [db.reports, db.bodies, db.findings, db.reviews, db.agencies, db.imports];
}
