import type { Dexie, Transaction } from 'dexie';
import type { AgencyRow, FindingRow, ReportRow } from './records.ts';

/**
 * Every schema version, kept forever and only added to (house-style: storage is additive).
 * Never remove a version or reuse a removed field name. Each version has a fixture in tests/pwa/fixtures/db-v<N>.json.
 */
export const SCHEMA_V1 = {
  reports: 'id, agency, year, [agency+year], contentHash, importedAt',
  bodies: 'id',
  findings: 'id, reportId, ruleId, severity',
  reviews: 'id, reportId, status',
  agencies: 'name',
} as const;

/** v2: region/level on reports and agencies (library filters by index), rule ids per report, import log. */
export const SCHEMA_V2 = {
  reports: 'id, agency, year, [agency+year], contentHash, importedAt, region, level, [region+year], *ruleIds',
  agencies: 'name, region, level',
  imports: '++id, at',
} as const;

async function upgradeToV2(tx: Transaction): Promise<void> {
  const agencies = new Map<string, AgencyRow>();
  await tx.table<AgencyRow, string>('agencies').toCollection().modify((a) => {
    a.region ??= '';
    a.level ??= 'unknown';
    agencies.set(a.name, a);
  });
  const rulesByReport = new Map<string, Set<string>>();
  await tx.table<FindingRow, string>('findings').each((f) => {
    let set = rulesByReport.get(f.reportId);
    if (!set) rulesByReport.set(f.reportId, (set = new Set()));
    set.add(f.ruleId);
  });
  const missingAgencies: AgencyRow[] = [];
  await tx.table<ReportRow, string>('reports').toCollection().modify((r) => {
    const agency = agencies.get(r.agency);
    if (!agency && r.agency) {
      const created: AgencyRow = { name: r.agency, region: '', level: 'unknown' };
      agencies.set(r.agency, created);
      missingAgencies.push(created);
    }
    r.region = agency?.region ?? '';
    r.level = agency?.level ?? 'unknown';
    r.ruleIds = [...(rulesByReport.get(r.id) ?? [])].sort();
  });
  if (missingAgencies.length) await tx.table<AgencyRow, string>('agencies').bulkPut(missingAgencies);
}

export const LATEST_VERSION = 2;

/** Declares schema versions 1..upTo on a Dexie instance (tests declare older versions to build old databases). */
export function declareVersions(db: Dexie, upTo: number = LATEST_VERSION): void {
  db.version(1).stores(SCHEMA_V1);
  if (upTo >= 2) db.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
}
