import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { LibraryDb } from '../../pwa/db/app-db.ts';
import { LATEST_VERSION } from '../../pwa/db/versions.ts';
import { regionYear, reportsWithRule } from '../../pwa/db/queries/index.ts';
import { createOldDb, type DbFixture } from './db-helpers.ts';

const fixtureFile = (v: number) => new URL(`./fixtures/db-v${v}.json`, import.meta.url);
const load = (v: number) => JSON.parse(fs.readFileSync(fixtureFile(v), 'utf8')) as DbFixture;
const keyOf = (table: string, row: Record<string, unknown>) => String(table === 'agencies' ? row.name : row.id);

describe('schema migrations', () => {
  it('has a fixture for every schema version', () => {
    for (let v = 1; v <= LATEST_VERSION; v++) expect(fs.existsSync(fixtureFile(v)), `db-v${v}.json`).toBe(true);
  });

  for (let v = 1; v <= LATEST_VERSION; v++) {
    it(`opens a v${v} database with the current schema and loses no record`, async () => {
      const fixture = load(v);
      const name = `migrate-v${v}-${Date.now()}`;
      await createOldDb(name, fixture);
      const db = new LibraryDb(name);
      await db.open();
      expect(db.verno).toBe(LATEST_VERSION);
      for (const [table, rows] of Object.entries(fixture.tables)) {
        const stored = (await db.table(table).toArray()) as Record<string, unknown>[];
        const ids = new Set(stored.map((r) => keyOf(table, r)));
        for (const row of rows) expect(ids.has(keyOf(table, row)), `${table} ${keyOf(table, row)}`).toBe(true);
        // Every original field survives unchanged.
        for (const row of rows) {
          const after = stored.find((r) => keyOf(table, r) === keyOf(table, row))!;
          for (const [field, value] of Object.entries(row)) expect(after[field], `${table}.${field}`).toEqual(value);
        }
      }
      db.close();
    });
  }

  it('v1 → v2 fills region, level and rule ids, and registers agencies the reports name', async () => {
    const fixture = load(1);
    const name = `migrate-derived-${Date.now()}`;
    await createOldDb(name, fixture);
    const db = new LibraryDb(name);
    const reports = await db.reports.toArray();
    const county = reports.filter((r) => r.agency === '某某县人民政府办公室');
    expect(county.map((r) => r.region)).toEqual(['某省', '某省']);
    expect(county.every((r) => r.level === 'county')).toBe(true);
    const other = reports.find((r) => r.agency === '无地区登记的局')!;
    expect(other.region).toBe('');
    expect(other.ruleIds).toEqual(['t4-block-total']);
    expect((await db.agencies.get('无地区登记的局'))?.level).toBe('unknown');
    // The new indexes answer queries.
    expect((await regionYear(db, '某省', 2023)).reports.map((r) => r.year)).toEqual([2023]);
    expect((await reportsWithRule(db, 't4-block-total')).length).toBe(2);
    db.close();
  });
});
