/**
 * parseVsDom and scaling, in Chromium (the real client): for each fixture page and for generated 10× / 100× pages,
 * (isProbablyReport + parseReport + runRules on the parsed Document) ÷ DOMParser.parseFromString of the same HTML,
 * both timed in the same page and run; medians over repeated runs after a warm-up.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHtml } from '../../core/parse/decode.ts';
import { bundleIife } from '../lib/bundle.ts';
import { launchPlain } from '../lib/chromium.ts';
import { fixturePages, ROOT } from '../lib/paths.ts';
import { row, type SuiteResult } from '../lib/report.ts';
import { median, round } from '../lib/stats.ts';
import type { PageTiming } from '../browser/core-entry.ts';

interface BenchGlobal {
  NianbaoBench: {
    timePage(html: string, url: string, reps: number, warmup: number): PageTiming;
    growRows(html: string, factor: number): string;
  };
  __pages: Record<string, string>;
}

export interface PageFigure {
  page: string;
  kb: number;
  cells: number;
  domMs: number;
  coreMs: number;
  ratio: number;
  parsed: boolean;
  findings: number;
}

export async function runParseVsDom(quick: boolean): Promise<SuiteResult> {
  const code = await bundleIife(join(ROOT, 'bench/browser/core-entry.ts'), 'NianbaoBench');
  const browser = await launchPlain();
  try {
    const page = await browser.newPage();
    await page.setContent('<!DOCTYPE html><html><head><meta charset="utf-8"><title>bench</title></head><body></body></html>');
    await page.addScriptTag({ content: code });
    const reps = quick ? 5 : 15;
    const warmup = quick ? 2 : 3;

    const time = async (name: string, html: string | null, r: number): Promise<PageFigure> => {
      const t = await page.evaluate(
        ([n, h, rr, w]) => {
          const g = globalThis as unknown as BenchGlobal;
          return g.NianbaoBench.timePage(h ?? g.__pages[n], `https://bench.invalid/${n}`, rr, w);
        },
        [name, html, r, warmup] as const,
      );
      const domMs = median(t.domMs);
      const coreMs = median(t.coreMs);
      const kb = html ? html.length / 1024 : await page.evaluate((n) => (globalThis as unknown as BenchGlobal).__pages[n].length / 1024, name);
      return { page: name, kb: round(kb, 0), cells: t.cells, domMs: round(domMs), coreMs: round(coreMs), ratio: round(coreMs / domMs), parsed: t.ok, findings: t.findings };
    };

    const pages: PageFigure[] = [];
    for (const p of fixturePages()) {
      const html = decodeHtml(new Uint8Array(readFileSync(p.file)));
      pages.push(await time(p.slug, html, reps));
    }
    // Generated large pages: a clean modern report with its tables grown 10× and 100× (built by the browser's DOM).
    const base = fixturePages().find((p) => p.slug === 'pingtan-2023') ?? fixturePages()[0];
    const baseHtml = decodeHtml(new Uint8Array(readFileSync(base.file)));
    await page.evaluate(([h]) => {
      const g = globalThis as unknown as BenchGlobal;
      g.__pages = { x1: h, x10: g.NianbaoBench.growRows(h, 10), x100: g.NianbaoBench.growRows(h, 100) };
    }, [baseHtml] as const);
    const x1 = await time('x1', null, reps);
    const x10 = await time('x10', null, Math.max(3, reps >> 1));
    const x100 = await time('x100', null, quick ? 3 : 5);
    x1.page = `${base.slug} ×1`;
    x10.page = `${base.slug} ×10 rows`;
    x100.page = `${base.slug} ×100 rows`;
    pages.push(x10, x100);

    const parseVsDom = round(median(pages.map((p) => p.ratio)));
    const perCell = (p: PageFigure) => p.coreMs / p.cells;
    const scaling10 = round(perCell(x10) / perCell(x1));
    const scaling100 = round(perCell(x100) / perCell(x1));
    const scaling = Math.max(scaling10, scaling100);
    const worst = pages.reduce((a, b) => (b.ratio > a.ratio ? b : a));
    return {
      figures: { parseVsDom, scaling, scaling10, scaling100 },
      rows: [
        row('parseVsDom', parseVsDom, '×', '≤ 0.5', parseVsDom <= 0.5, `median of ${pages.length} pages; worst ${worst.page} ${worst.ratio} (${worst.coreMs} ms vs DOM ${worst.domMs} ms)`),
        row('scaling', scaling, '×', '≤ 1.5', scaling <= 1.5, `per-cell time ×10 rows ${scaling10}, ×100 rows ${scaling100} (1× ${round(perCell(x1) * 1000, 2)} µs/cell)`),
      ],
      details: { pages, scalingBase: x1 },
    };
  } finally {
    await browser.close();
  }
}
