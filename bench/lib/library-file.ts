/**
 * A library file (core/export/library-file.ts envelope) of N reports for the PWA benchmarks: N/5 agencies in 20
 * regions, 5 consecutive years each (2020–2024), every report a real fixture page of that year parsed by core and
 * checked by the rules, renamed to its agency. The captured page HTML is left empty: with the real pages (100–370 KB
 * each) a 10,000-report file would be about 3 GB, beyond what one JavaScript string can hold (see BENCHMARKS.md).
 * Written capture by capture (no giant string in Node). Version 2 (packed reports, what the library exports) unless
 * `version` is 1 (what the extension exports, and every library file written before version 2).
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { decodeHtml, LIBRARY_FILE_TYPE, LIBRARY_FILE_VERSION, parseReport, runRules, type Capture } from '../../core/index.ts';
import { PACKED_LIBRARY_VERSION, packCapture } from '../../pwa/db/library-file-v2.ts';
import { PAGES_DIR } from './paths.ts';

const AGENCY = '平潭综合实验区';
export const YEARS = [2020, 2021, 2022, 2023, 2024] as const;

export function agencyName(i: number): string {
  return `示例县${String(i).padStart(5, '0')}人民政府`;
}
export function regionName(i: number): string {
  return `示例地区${String(i % 20).padStart(2, '0')}`;
}

function templates(): Map<number, { report: string; findings: string }> {
  const out = new Map<number, { report: string; findings: string }>();
  for (const year of YEARS) {
    const html = decodeHtml(new Uint8Array(readFileSync(join(PAGES_DIR, `pingtan-${year}`, 'source.html'))));
    const parsed = parseReport(parseHTML(html).document as unknown as Document, { url: `https://bench.invalid/${year}` });
    if (!parsed.ok) throw new Error(`library-file: pingtan-${year} did not parse: ${parsed.reason}`);
    const { findings } = runRules(parsed.report);
    out.set(year, { report: JSON.stringify(parsed.report), findings: JSON.stringify(findings) });
  }
  return out;
}

/** Writes the file and returns its size in bytes and the agencies it holds. */
export function writeLibraryFile(file: string, reports: number, version: 1 | 2 = PACKED_LIBRARY_VERSION): { bytes: number; agencies: number } {
  const tpl = templates();
  const agencies = Math.ceil(reports / YEARS.length);
  const fd = openSync(file, 'w');
  let bytes = 0;
  const write = (s: string) => (bytes += writeSync(fd, s));
  try {
    write(`{"type":${JSON.stringify(LIBRARY_FILE_TYPE)},"version":${version === 1 ? LIBRARY_FILE_VERSION : PACKED_LIBRARY_VERSION},"exportedAt":"2025-01-01T00:00:00.000Z","app":{"name":"bench","version":"0"},"captures":[`);
    let n = 0;
    for (let a = 0; a < agencies && n < reports; a++) {
      const name = agencyName(a);
      for (const year of YEARS) {
        if (n >= reports) break;
        const t = tpl.get(year)!;
        const url = `https://bench.invalid/${a}/${year}.html`;
        const report = { ...(JSON.parse(t.report.split(AGENCY).join(name)) as object), sourceUrl: url };
        const capture: Capture = {
          id: `bench-${a}-${year}`,
          url,
          capturedAt: '2025-01-01T00:00:00.000Z',
          contentHash: `bench${a}x${year}`,
          html: '',
          report: report as Capture['report'],
          findings: JSON.parse(t.findings.split(AGENCY).join(name)) as Capture['findings'],
          reviews: [],
          rulesVersion: 'bench',
        };
        write((n ? ',' : '') + JSON.stringify(version === 1 ? capture : packCapture(capture)));
        n++;
      }
    }
    write('],"agencies":[');
    for (let a = 0; a < agencies; a++) write((a ? ',' : '') + JSON.stringify({ name: agencyName(a), region: regionName(a), level: 'county' }));
    write(']}');
  } finally {
    closeSync(fd);
  }
  return { bytes, agencies };
}
