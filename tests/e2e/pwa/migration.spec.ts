import { expect, test } from '../network-guard.ts'; // fails the test if the PWA sends a request off 127.0.0.1
import fs from 'node:fs';
import { SCHEMA_V1 } from '../../../pwa/db/versions.ts';
import { openApp } from './helpers.ts';

interface StoreSpec {
  name: string;
  keyPath: string;
  indexes: { name: string; keyPath: string | string[]; multiEntry: boolean }[];
}

/** Dexie's schema syntax → raw IndexedDB stores, exactly as Dexie version 1 created them. */
function storesOf(schema: Record<string, string>): StoreSpec[] {
  return Object.entries(schema).map(([name, spec]) => {
    const [primary, ...rest] = spec.split(',').map((s) => s.trim());
    return {
      name,
      keyPath: primary,
      indexes: rest.map((ix) => {
        const multiEntry = ix.startsWith('*');
        const clean = ix.replace(/^\*/, '');
        const keyPath = clean.startsWith('[') ? clean.slice(1, -1).split('+') : clean;
        return { name: clean, keyPath, multiEntry };
      }),
    };
  });
}

test('a database created by the previous schema version opens with all its records', async ({ page }) => {
  const fixture = JSON.parse(fs.readFileSync('tests/pwa/fixtures/db-v1.json', 'utf8')) as { tables: Record<string, Record<string, unknown>[]> };
  await page.goto('/manifest.webmanifest'); // same origin, without the app (which would create the current schema)
  await page.evaluate(
    ({ stores, tables }) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('nianbao-library', 10); // Dexie version 1 = IndexedDB version 10
        req.onupgradeneeded = () => {
          for (const s of stores) {
            const store = req.result.createObjectStore(s.name, { keyPath: s.keyPath });
            for (const ix of s.indexes) store.createIndex(ix.name, ix.keyPath, { multiEntry: ix.multiEntry });
          }
        };
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction(Object.keys(tables), 'readwrite');
          for (const [name, rows] of Object.entries(tables)) for (const row of rows) tx.objectStore(name).add(row);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { stores: storesOf(SCHEMA_V1), tables: fixture.tables },
  );

  await openApp(page);
  await expect(page.getByTestId('report-row')).toHaveCount(fixture.tables.reports.length);
  const after = await page.evaluate(
    (names) =>
      new Promise<{ version: number; counts: Record<string, number>; regions: string[] }>((resolve) => {
        const req = indexedDB.open('nianbao-library');
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction([...names, 'reports'], 'readonly');
          const counts: Record<string, number> = {};
          for (const n of names) tx.objectStore(n).count().onsuccess = (e) => (counts[n] = (e.target as IDBRequest<number>).result);
          const all = tx.objectStore('reports').getAll();
          tx.oncomplete = () => {
            resolve({ version: db.version, counts, regions: (all.result as { region: string }[]).map((r) => r.region).sort() });
            db.close();
          };
        };
      }),
    Object.keys(fixture.tables),
  );
  expect(after.version).toBe(20);
  for (const [name, rows] of Object.entries(fixture.tables)) expect(after.counts[name], name).toBeGreaterThanOrEqual(rows.length);
  expect(after.counts.reports).toBe(fixture.tables.reports.length);
  expect(after.counts.findings).toBe(fixture.tables.findings.length);
  expect(after.counts.reviews).toBe(fixture.tables.reviews.length);
  expect(after.regions).toEqual(['', '某省', '某省']);

  // The reviewed finding keeps its decision and reason.
  await page.getByTestId('search').fill('2022');
  await page.getByTestId('report-row').first().locator('a').click();
  await expect(page.getByTestId('finding').first()).toHaveAttribute('data-status', 'dismissed');
  await expect(page.getByTestId('findings')).toContainText('表四 另有说明');
});
