import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { parseHTML } from 'linkedom';
import { decodeHtml, parseReport, rulesById, type Report } from '../../core/index.ts';
import { agencyNames, agencyWithBodies, commitImport, firstAgencyWithYears, previewImport } from '../../pwa/db/queries/index.ts';
import { CROSS_YEAR_RULES, checkCrossYear, checkReport } from '../../pwa/engine/check.ts';
import { capture } from './capture-helpers.ts';
import { freshDb } from './db-helpers.ts';

function fixtureReport(year: number): Report {
  const bytes = fs.readFileSync(new URL(`../fixtures/pages/pingtan-${year}/source.html`, import.meta.url));
  const parsed = parseReport(parseHTML(decodeHtml(new Uint8Array(bytes))).document as unknown as Document, { url: `https://example.gov.cn/${year}` });
  if (!parsed.ok) throw new Error(`pingtan-${year} did not parse`);
  return parsed.report;
}

describe('compare view queries', () => {
  it('lists distinct agencies from the index in zh-CN order and picks the first with several years', async () => {
    const db = freshDb();
    const caps = [
      capture({ agency: '乙县人民政府', year: 2022 }),
      capture({ agency: '甲县人民政府', year: 2022 }),
      capture({ agency: '甲县人民政府', year: 2023 }),
      capture({ agency: '丙县人民政府', year: 2023 }),
    ];
    await commitImport(db, await previewImport(db, caps.map((c) => ({ source: 'x', capture: c }))), { parserVersion: 'p' });
    const names = await agencyNames(db);
    expect(names).toEqual(['丙县人民政府', '甲县人民政府', '乙县人民政府'].sort(new Intl.Collator('zh-CN').compare));
    expect(names).toHaveLength(3);
    expect(await firstAgencyWithYears(db, names)).toBe('甲县人民政府');
    expect(await firstAgencyWithYears(db, ['乙县人民政府'])).toBe('乙县人民政府');
    expect(await firstAgencyWithYears(db, [])).toBeNull();
  });

  it("reads one agency's rows and bodies at once, and only that agency's", async () => {
    const db = freshDb();
    const caps = [
      capture({ agency: '甲县', year: 2022 }),
      capture({ agency: '甲县', year: 2023 }),
      capture({ agency: '甲县|乙', year: 2023 }), // its ids start with the same prefix
      capture({ agency: ' 丙县 ', year: 2023 }), // stored untrimmed, the id is trimmed
      capture({ agency: '甲县人民政府', year: 2023 }),
    ];
    await commitImport(db, await previewImport(db, caps.map((c) => ({ source: 'x', capture: c }))), { parserVersion: 'p' });
    const jia = await agencyWithBodies(db, '甲县');
    expect(jia.rows.map((r) => r.year).sort()).toEqual([2022, 2023]);
    expect([...jia.bodies.keys()].sort()).toEqual(jia.rows.map((r) => r.id).sort());
    expect([...jia.bodies.values()].every((b) => b.report.agency === '甲县')).toBe(true);
    const bing = await agencyWithBodies(db, ' 丙县 ');
    expect(bing.rows).toHaveLength(1);
    expect(bing.bodies.get(bing.rows[0].id)?.report.agency).toBe(' 丙县 ');
    expect((await agencyWithBodies(db, '丁县')).rows).toEqual([]);
  });

  it('runs only the cross-year rules, with the same findings as all rules filtered to them', () => {
    expect(CROSS_YEAR_RULES.length).toBeGreaterThan(0);
    expect(CROSS_YEAR_RULES.every((r) => r.meta.needsPrevious)).toBe(true);
    for (const year of [2021, 2022, 2023, 2024]) {
      const prev = fixtureReport(year - 1);
      const cur = fixtureReport(year);
      const all = checkReport(cur, prev).filter((f) => rulesById.get(f.ruleId)?.meta.needsPrevious);
      expect(checkCrossYear(cur, prev)).toEqual(all);
    }
    // The prepared pair must produce at least one cross-year finding, or the equality above says little.
    const some = [2021, 2022, 2023, 2024].some((y) => checkCrossYear(fixtureReport(y), fixtureReport(y - 1)).length > 0);
    expect(some).toBe(true);
  });
});
