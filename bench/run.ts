/**
 * `npm run bench` (every benchmark of issue 6) and `npm run bench -- --quick` (fewer repetitions and smaller inputs,
 * for routine checks). Prints a table, writes bench/results.json, and prints as its LAST line one JSON object with
 * every figure. Builds dist/extension and dist/pwa first when they are missing (the full run always rebuilds them);
 * `--no-build` skips that. `--only a,b` runs some suites (parse, cli, extension, pwa).
 */
import { execSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { runCli } from './suites/cli.ts';
import { runExtension } from './suites/extension.ts';
import { runParseVsDom } from './suites/parse-vs-dom.ts';
import { runPwa } from './suites/pwa.ts';
import { EXTENSION_DIST, PWA_DIST, RESULTS_FILE, ROOT } from './lib/paths.ts';
import { renderTable, type Row, type SuiteResult } from './lib/report.ts';
import { round } from './lib/stats.ts';

const SUITES: Record<string, (quick: boolean) => Promise<SuiteResult>> = {
  parse: runParseVsDom,
  cli: runCli,
  extension: runExtension,
  pwa: runPwa,
};

/** Every key of the last-line JSON, present even when a suite failed (null then). */
const KEYS = ['parseVsDom', 'scaling', 'cliVsTokenize', 'cliReportsPerSec', 'cliSpeedup', 'nonReportPageMs', 'annotateMs', 'import10kSec', 'filter10kMs', 'compareMs', 'heapMBPer1kReports'];

function ensureBuilt(full: boolean): void {
  const run = (script: string) => execSync(`npm run --silent ${script}`, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (full || !existsSync(`${EXTENSION_DIST}/manifest.json`)) run('build:ext');
  if (full || !existsSync(`${PWA_DIST}/index.html`)) run('build:pwa');
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const quick = argv.includes('--quick');
  const onlyArg = argv.find((a) => a.startsWith('--only'));
  const only = onlyArg ? (onlyArg.includes('=') ? onlyArg.split('=')[1] : argv[argv.indexOf(onlyArg) + 1]).split(',') : Object.keys(SUITES);
  const started = performance.now();
  if (!argv.includes('--no-build')) ensureBuilt(!quick);

  const figures: Record<string, number | null> = Object.fromEntries(KEYS.map((k) => [k, null]));
  const rows: Row[] = [];
  const details: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  for (const name of only) {
    const suite = SUITES[name];
    if (!suite) throw new Error(`unknown suite ${name} (known: ${Object.keys(SUITES).join(', ')})`);
    const t0 = performance.now();
    process.stderr.write(`bench: ${name}…\n`);
    try {
      const result = await suite(quick);
      Object.assign(figures, result.figures);
      rows.push(...result.rows);
      details[name] = { ...result.details, seconds: round((performance.now() - t0) / 1000, 1) };
    } catch (error) {
      errors[name] = (error as Error)?.stack ?? String(error);
      process.stderr.write(`bench: ${name} failed: ${(error as Error)?.message ?? String(error)}\n`);
    }
  }
  const seconds = round((performance.now() - started) / 1000, 1);
  const meta = { date: new Date().toISOString(), mode: quick ? 'quick' : 'full', seconds, cpus: cpus().length, cpu: cpus()[0]?.model ?? '', node: process.version };
  process.stdout.write(`\nNianbao Inspector benchmarks (${meta.mode}, ${seconds} s, ${meta.cpus} cores, Node ${meta.node})\n\n${renderTable(rows)}\n\n`);
  writeFileSync(RESULTS_FILE, JSON.stringify({ meta, figures, rows, details, errors }, null, 2) + '\n');
  process.stdout.write(`results: ${RESULTS_FILE}\n`);
  if (Object.keys(errors).length) process.exitCode = 1;
  process.stdout.write(JSON.stringify(figures) + '\n');
}

await main();
