/**
 * Builds pwa/public/samples/library.json: the demo library offered on a first run with an empty library.
 *
 * - The real fixture pages (tests/fixtures/pages/<slug>/source.html) parsed by core under linkedom, checked by the
 *   rules with the previous year's report (so the cross-year rules have something to say). A page the parser cannot
 *   read falls back to its verified expected.json (the checker's JSON shape), so the demo never breaks.
 * - Derived, clearly fictional agencies (「示例…」) made from those reports with altered numbers, for several agencies
 *   and consecutive years; one of them has a carry-over mismatch between 2022 and 2023 (表三 二 vs last year's 四).
 *   The fictional names have the same length as the real one, so every text offset stays valid.
 *
 * Run: node --import tsx scripts/build-samples.ts  (npm run build:pwa runs it first, as prebuild:pwa).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import {
  decodeHtml,
  LIBRARY_FILE_TYPE,
  LIBRARY_FILE_VERSION,
  LibraryFileSchema,
  parseReport,
  reportHash,
  runRules,
  type Agency,
  type Capture,
  type LibraryFile,
  type Report,
} from '../core/index.ts';
import { CheckerLineSchema, checkerReport } from '../pwa/import/checker-json.ts';
import { currentRulesVersion } from '../pwa/engine/versions.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const PAGES = path.join(ROOT, 'tests/fixtures/pages');
const OUT = path.join(ROOT, 'pwa/public/samples/library.json');
const REAL_AGENCY = '平潭综合实验区';
const REGION = '福建省（示例地区）';
/** A fixed date keeps the file byte-stable between builds. */
const CAPTURED_AT = '2025-01-01T00:00:00.000Z';

interface Entry {
  slug: string;
  report: Report;
  html: string;
}

function readPage(slug: string): Entry | null {
  const dir = path.join(PAGES, slug);
  const sourceFile = path.join(dir, 'source.html');
  if (!fs.existsSync(sourceFile)) return null;
  const meta = JSON.parse(fs.readFileSync(path.join(dir, 'meta.json'), 'utf8')) as { url: string };
  const html = decodeHtml(new Uint8Array(fs.readFileSync(sourceFile)));
  const doc = parseHTML(html).document as unknown as Document;
  const parsed = parseReport(doc, { url: meta.url });
  if (parsed.ok && parsed.report.year) return { slug, report: parsed.report, html };
  const expectedFile = path.join(dir, 'expected.json');
  if (!fs.existsSync(expectedFile)) return null;
  const line = CheckerLineSchema.safeParse(JSON.parse(fs.readFileSync(expectedFile, 'utf8')));
  if (!line.success) return null;
  console.warn(`build-samples: ${slug}: parser gave ${parsed.ok ? 'no year' : parsed.reason}; using expected.json`);
  return { slug, report: { ...checkerReport(line.data), sourceUrl: meta.url }, html };
}

/** Same-length rename (offsets stay valid) and integer scaling (every table identity still holds). */
function derive(report: Report, name: string, factor: number, url: string): Report {
  if (name.length !== REAL_AGENCY.length) throw new Error(`derived name must have ${REAL_AGENCY.length} characters: ${name}`);
  const renamed = JSON.parse(JSON.stringify(report).replaceAll(REAL_AGENCY, name)) as Report;
  for (const table of Object.values(renamed.tables)) {
    for (const row of Object.values(table)) {
      for (const cell of Object.values(row)) {
        if (cell.value === null) continue;
        const scaled = Math.round(cell.value * factor * 10000) / 10000;
        cell.value = scaled;
        cell.raw = String(scaled);
      }
    }
  }
  return { ...renamed, sourceUrl: url, title: `${renamed.title}（示例数据）` };
}

/** Moves `n` natural-person applications from 「一、本年新收」 to 「二、上年结转」: the year balances, the carry-over does not. */
function breakCarryover(report: Report, n: number): Report {
  const copy = structuredClone(report);
  const a = copy.tables.applications;
  for (const col of ['naturalPerson', 'total']) {
    const over = a.carriedOver?.[col];
    const received = a.received?.[col];
    if (!over || !received || over.value === null || received.value === null || received.value < n) throw new Error('cannot derive the carry-over mismatch');
    over.value += n;
    over.raw = String(over.value);
    over.semantics = 'number';
    received.value -= n;
    received.raw = String(received.value);
  }
  return copy;
}

function capture(id: string, report: Report, html: string, previous: Report | null): Capture {
  const { findings } = runRules(report, { previous, lang: 'zh-CN' });
  return {
    id,
    url: report.sourceUrl,
    capturedAt: CAPTURED_AT,
    contentHash: reportHash(report),
    html,
    report,
    findings,
    reviews: [],
    rulesVersion: currentRulesVersion(),
  };
}

function build(): LibraryFile {
  const slugs = fs.existsSync(PAGES) ? fs.readdirSync(PAGES).filter((s) => fs.existsSync(path.join(PAGES, s, 'source.html'))).sort() : [];
  const real = slugs.map(readPage).filter((e): e is Entry => e !== null).sort((a, b) => (a.report.year ?? 0) - (b.report.year ?? 0));
  const byYear = new Map(real.map((e) => [e.report.year!, e.report]));
  const captures: Capture[] = [];
  for (const e of real) captures.push(capture(`sample-${e.slug}`, e.report, e.html, byYear.get(e.report.year! - 1) ?? null));

  const series = (name: string, slug: string, factor: number, years: number[], tweak?: (year: number, r: Report) => Report) => {
    let previous: Report | null = null;
    for (const year of years) {
      const base = byYear.get(year);
      if (!base) continue;
      let report = derive(base, name, factor, `https://www.example.gov.cn/sample/${slug}/${year}.html`);
      if (tweak) report = tweak(year, report);
      captures.push(capture(`sample-${slug}-${year}`, report, '', previous));
      previous = report;
    }
  };
  series('示例县人民政府', 'county-a', 2, [2021, 2022, 2023, 2024]);
  series('示例区人民政府', 'district-b', 3, [2022, 2023], (year, r) => (year === 2023 ? breakCarryover(r, 2) : r));

  const agencies: Agency[] = [
    { name: REAL_AGENCY, region: REGION, level: 'city' },
    { name: '示例县人民政府', region: REGION, level: 'county' },
    { name: '示例区人民政府', region: REGION, level: 'county' },
    { name: '示例镇人民政府', region: REGION, level: 'township' },
  ];
  return LibraryFileSchema.parse({
    type: LIBRARY_FILE_TYPE,
    version: LIBRARY_FILE_VERSION,
    exportedAt: CAPTURED_AT,
    app: { name: 'nianbao-inspector-samples', version: '1' },
    captures,
    agencies,
  });
}

const file = build();
fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(OUT, JSON.stringify(file));
const findings = file.captures.reduce((n, c) => n + c.findings.length, 0);
console.log(`build-samples: ${file.captures.length} reports, ${findings} findings → ${path.relative(ROOT, OUT)} (${(fs.statSync(OUT).size / 1024).toFixed(0)} KB)`);
