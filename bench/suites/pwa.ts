/**
 * Library PWA figures, driving the built app (dist/pwa) in Chromium through its UI (no test hook needed):
 * - import10kSec: one library file of N reports picked in the import view → preview → commit → "done".
 * - filter10kMs: in the library view, choosing a region in the filter until the frame after the list re-rendered.
 * - compareMs: from the library, opening the year-over-year view of one agency (5 years) until its last cross-year
 *   section is drawn and the next frame ran.
 * - heapMBPer1kReports: JS heap of the library tab (after a forced GC) with the library view open, full vs empty.
 * --quick uses N = 1,000: the import time is scaled linearly to 10,000 (it is linear: every report is read, validated
 * and written); filter and compare are reported as measured on the 1,000-report library (they are not linear, so they
 * are not extrapolated) and say so. The full run uses N = 10,000 and reports measured values only.
 */
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { launchPlain } from '../lib/chromium.ts';
import { agencyName, regionName, writeLibraryFile } from '../lib/library-file.ts';
import { PWA_DIST, scratchDir } from '../lib/paths.ts';
import { row, type SuiteResult } from '../lib/report.ts';
import { serveDir } from '../lib/static-server.ts';
import { readHeaders } from '../../pwa/tools/headers.ts';
import { median, round } from '../lib/stats.ts';

async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize / 1048576;
}

/**
 * Runs `act` in the page and returns ms until the frame after `done` first holds. The in-page code is a plain string:
 * tsx (esbuild keepNames) would wrap named inner functions of a compiled callback in a helper the page lacks.
 */
const TIME_UNTIL = `(async ([actSrc, doneSrc]) => new Promise((resolve, reject) => {
  const isDone = new Function('return (' + doneSrc + ');');
  let observer = null;
  const timer = setTimeout(() => reject(new Error('timed out waiting for ' + doneSrc)), 60000);
  const t0 = performance.now();
  new Function(actSrc)();
  const check = () => {
    if (!isDone()) return false;
    clearTimeout(timer);
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
    return true;
  };
  observer = new MutationObserver(() => void check());
  observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
  queueMicrotask(() => void check());
}))`;

async function timeUntil(page: Page, act: string, done: string): Promise<number> {
  return page.evaluate(`${TIME_UNTIL}(${JSON.stringify([act, done])})`) as Promise<number>;
}

export async function runPwa(quick: boolean): Promise<SuiteResult> {
  const n = quick ? 1000 : 10_000;
  const scale = 10_000 / n;
  const dir = scratchDir('library');
  const file = join(dir, `library-${n}.json`);
  // PWA_LIBRARY_FILE_VERSION=1 measures an old-format (or extension-exported) file; the default is what the library exports.
  const version = process.env.PWA_LIBRARY_FILE_VERSION === '1' ? 1 : 2;
  const { bytes, agencies } = writeLibraryFile(file, n, version);
  const { origin, server } = await serveDir(PWA_DIST, readHeaders());
  const browser = await launchPlain();
  try {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${origin}/#/`);
    await page.getByTestId('empty-library').waitFor({ timeout: 30_000 });
    const heapEmpty = await heapMB(page);

    // --- import
    await page.goto(`${origin}/#/import`);
    const t0 = Date.now();
    await page.getByTestId('file-input').setInputFiles(file);
    const commit = page.getByTestId('commit-import');
    await commit.waitFor({ timeout: 600_000 });
    await page.waitForFunction(() => !(document.querySelector('[data-testid=commit-import]') as HTMLButtonElement | null)?.disabled, undefined, { timeout: 600_000 });
    const t1 = Date.now();
    await commit.click();
    await page.getByTestId('import-done').waitFor({ timeout: 600_000 });
    const t2 = Date.now();
    const importSec = (t2 - t0) / 1000;

    // --- library view, filter
    await page.goto(`${origin}/#/`);
    await page.getByTestId('report-row').first().waitFor({ timeout: 120_000 });
    const heapFull = await heapMB(page);
    const filterRuns: number[] = [];
    const runs = quick ? 5 : 9;
    for (let i = 0; i < runs; i++) {
      const region = regionName(i + 1);
      const ms = await timeUntil(
        page,
        `const s = document.querySelector('[data-testid=filter-region]'); s.value = ${JSON.stringify(region)}; s.dispatchEvent(new Event('change', { bubbles: true }));`,
        `[...document.querySelectorAll('[data-testid=report-row] .lib-sub')].slice(0, 3).every((e) => e.textContent.includes(${JSON.stringify(region)})) && document.querySelectorAll('[data-testid=report-row]').length > 0`,
      );
      filterRuns.push(ms);
      await page.evaluate(() => {
        const s = document.querySelector<HTMLSelectElement>('[data-testid=filter-region]')!;
        s.value = '';
        s.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await page.waitForTimeout(100);
    }

    // --- compare view of one agency (5 years)
    const compareRuns: number[] = [];
    for (let i = 0; i < runs; i++) {
      const agency = agencyName(Math.floor((agencies * (i + 1)) / (runs + 1)));
      const ms = await timeUntil(page, `location.hash = ${JSON.stringify(`#/compare/agency?agency=${encodeURIComponent(agency)}`)};`, `!!document.querySelector('[data-testid=cross-year-2024]') && !!document.querySelector('[data-testid=series-table]')`);
      compareRuns.push(ms);
      await page.goto(`${origin}/#/`);
      await page.getByTestId('report-row').first().waitFor({ timeout: 60_000 });
    }

    const filterMs = median(filterRuns);
    const compareMs = median(compareRuns);
    const import10kSec = round(importSec * scale, 2);
    const filter10kMs = round(filterMs, 1);
    const compare10kMs = round(compareMs, 1);
    const heapMBPer1kReports = round(((heapFull - heapEmpty) / n) * 1000, 2);
    const how = quick ? ` (measured on ${n} reports; --quick)` : ` (${n} reports)`;
    const importHow = quick ? ` (measured on ${n} reports: ${round(importSec, 2)} s, scaled ×${scale})` : ` (${n} reports)`;
    return {
      figures: { import10kSec, filter10kMs, compareMs: compare10kMs, heapMBPer1kReports, pwaLibraryReports: n },
      rows: [
        row('import10kSec', import10kSec, 's', '≤ 10', import10kSec <= 10, `read+validate+preview ${round((t1 - t0) / 1000, 2)} s, commit ${round((t2 - t1) / 1000, 2)} s; file v${version} ${round(bytes / 1048576, 0)} MB${importHow}`),
        row('filter10kMs', filter10kMs, 'ms', '≤ 50', filter10kMs <= 50, `region filter → list re-rendered, median of ${runs}${how}`),
        row('compareMs', compare10kMs, 'ms', '≤ 100', compare10kMs <= 100, `agency with 5 years, median of ${runs}${how}`),
        row('heapMBPer1kReports', heapMBPer1kReports, 'MB', 'report it', null, `JS heap ${round(heapEmpty, 1)} MB empty → ${round(heapFull, 1)} MB with ${n} reports in the library view`),
      ],
      details: { reports: n, fileVersion: version, fileBytes: statSync(file).size, importSec, filterRuns, compareRuns, heapEmpty, heapFull },
    };
  } finally {
    await browser.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
