/**
 * cliVsTokenize: the checker's worker pool (cli/pool.ts, the code `npm run check` runs) over a generated folder of
 * report pages, as wall time per report per core in steady state (worker start-up excluded: timing starts at the
 * first result), ÷ the time htmlparser2's streaming parser (no handlers: the floor for any Node HTML reader) takes to
 * read + decode + tokenize the same pages on one thread. Also reports/s and the all-core vs one-worker speed-up.
 * cliCpuVsTokenize (reported, no target) is the same ratio in CPU time: the process's CPU time (all threads: main,
 * workers, GC) per report in the same steady-state window ÷ the tokenizer's CPU time per page. On a shared machine
 * it moves far less than the wall-time figure, which also counts the other processes' share of the cores.
 */
import { readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Parser } from 'htmlparser2';
import { decodeHtml } from '../../core/parse/decode.ts';
import { checkAll } from '../../cli/pool.ts';
import type { PrintedResult } from '../../cli/printed.ts';
import { writeCorpus } from '../lib/corpus.ts';
import { scratchDir } from '../lib/paths.ts';
import { row, type SuiteResult } from '../lib/report.ts';
import { round, sum } from '../lib/stats.ts';

const cpuMs = (): number => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

function tokenizeMs(files: readonly string[]): number[] {
  const out: number[] = [];
  for (const f of files) {
    const t0 = performance.now();
    const text = decodeHtml(new Uint8Array(readFileSync(f)));
    const parser = new Parser({}, { decodeEntities: true });
    parser.end(text);
    out.push(performance.now() - t0);
  }
  return out;
}

interface PoolRun {
  jobs: number;
  reports: number;
  /** Steady-state wall time per report (ms), all workers together. */
  wallPerReportMs: number;
  reportsPerSec: number;
  /** Steady-state CPU time of the whole process (all threads) per report (ms). */
  cpuPerReportMs: number;
  failed: number;
  startupMs: number;
}

async function runPool(files: readonly string[], jobs: number): Promise<PoolRun> {
  const stamps: number[] = [];
  let cpuFirst = 0;
  let cpuLast = 0;
  let failed = 0;
  const t0 = performance.now();
  const pool = await checkAll([...files], {
    jobs,
    output: { json: true, lang: 'zh-CN', color: false },
    timeoutMs: 60_000,
    onResult(_i: number, r: PrintedResult) {
      stamps.push(performance.now());
      cpuLast = cpuMs();
      if (stamps.length === 1) cpuFirst = cpuLast;
      if (!r.ok) failed++;
    },
  });
  await pool.close();
  stamps.sort((a, b) => a - b);
  // Steady state: from the first result to the last; the first `jobs` reports were (mostly) done before it.
  const counted = Math.max(1, files.length - jobs);
  const wall = stamps[stamps.length - 1] - stamps[0];
  const wallPerReportMs = wall / counted;
  return { jobs, reports: files.length, wallPerReportMs, reportsPerSec: 1000 / wallPerReportMs, cpuPerReportMs: (cpuLast - cpuFirst) / counted, failed, startupMs: stamps[0] - t0 };
}

export async function runCli(quick: boolean): Promise<SuiteResult> {
  const dir = scratchDir('corpus');
  try {
    const corpus = writeCorpus(dir, quick ? 150 : 1000);
    const allCoreFiles = quick ? corpus.slice(0, 100) : corpus;
    const oneWorkerFiles = quick ? corpus.slice(100, 150) : corpus.slice(0, 250);
    const cores = availableParallelism();

    tokenizeMs(allCoreFiles.slice(0, 20)); // warm-up
    const tokCpu0 = cpuMs();
    const tok = tokenizeMs(allCoreFiles);
    const tokenizeCpuPerPageMs = (cpuMs() - tokCpu0) / tok.length;
    const tokenizePerPageMs = sum(tok) / tok.length;

    const all = await runPool(allCoreFiles, cores);
    const one = await runPool(oneWorkerFiles, 1);
    const perReportPerCoreMs = all.wallPerReportMs * cores;
    const cliVsTokenize = round(perReportPerCoreMs / tokenizePerPageMs);
    const speedup = round(all.reportsPerSec / one.reportsPerSec, 2);
    const cliReportsPerSec = round(all.reportsPerSec, 1);
    const cliCpuVsTokenize = round(all.cpuPerReportMs / tokenizeCpuPerPageMs);
    return {
      figures: { cliVsTokenize, cliReportsPerSec, cliSpeedup: speedup, cliMsPerReportPerCore: round(perReportPerCoreMs, 2), tokenizeMsPerPage: round(tokenizePerPageMs, 2), cliCpuVsTokenize },
      rows: [
        row('cliVsTokenize', cliVsTokenize, '×', '≤ 2', cliVsTokenize <= 2, `${round(perReportPerCoreMs, 1)} ms/report/core vs htmlparser2 ${round(tokenizePerPageMs, 2)} ms/page; ${all.reports} of ${corpus.length} generated pages, ${cores} workers${all.failed ? `, ${all.failed} unreadable` : ''}`),
        row('cliCpuVsTokenize', cliCpuVsTokenize, '×', 'report it', null, `CPU time: ${round(all.cpuPerReportMs, 1)} ms/report (all threads) vs htmlparser2 ${round(tokenizeCpuPerPageMs, 2)} ms/page`),
        row('cliReportsPerSec', cliReportsPerSec, 'reports/s', 'report it', null, `all ${cores} cores, steady state (worker start-up ${round(all.startupMs, 0)} ms excluded)`),
        row('cliSpeedup', speedup, '×', 'report it', null, `${cores} workers vs 1 worker (${round(one.reportsPerSec, 1)} reports/s over ${one.reports} pages)`),
      ],
      details: { cores, corpusPages: corpus.length, tokenizePerPageMs, tokenizeCpuPerPageMs, all, one },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
