/**
 * 年报审查助手 command-line checker: `npm run check -- <files or folders…>`.
 * Exit code: 0 no errors, 1 errors found, 2 an input could not be read.
 */
import { availableParallelism } from 'node:os';
import { parseArgs, USAGE, UsageError } from './args.ts';
import { collectInputs } from './inputs.ts';
import { checkAll } from './pool.ts';
import type { CheckedFile } from './check-file.ts';
import { crossYearPairs, pairedIndexes } from './pairing.ts';
import { render, toPrinted, type OutputOptions, type PrintedResult } from './printed.ts';

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
  if (args.help || args.inputs.length === 0) {
    process.stdout.write(USAGE + '\n');
    return args.help ? 0 : 2;
  }

  const { files, missing } = await collectInputs(args.inputs);
  const output: OutputOptions = { json: args.json, lang: args.lang, color: Boolean(process.stdout.isTTY && !process.env.NO_COLOR) };
  const results: PrintedResult[] = new Array(files.length);
  const progress = process.stderr.isTTY && files.length > 1;
  let done = 0;
  const pool = await checkAll(files, {
    jobs: args.jobs ?? availableParallelism(),
    timeoutMs: args.timeoutMs,
    output,
    onResult(index, result) {
      results[index] = result;
      done++;
      if (progress) process.stderr.write(`\r\x1b[K[${done}/${files.length}] ${result.source.slice(-60)}`);
    },
  });
  if (progress) process.stderr.write('\r\x1b[K');

  let prev = null;
  if (args.prev) {
    const { checkFile } = await import('./check-file.ts');
    const checked = await checkFile(args.prev, args.lang);
    if (!checked.ok) {
      await pool.close();
      process.stderr.write(`--prev ${args.prev}: ${checked.reason} — ${checked.detail}\n`);
      return 2;
    }
    prev = checked.report;
  }
  // Cross-year rules for the reports that pair up: their full results come from the workers and are rendered again.
  const pairs = crossYearPairs(results, prev !== null);
  const full = pairs.length ? await pool.full(pairedIndexes(pairs)) : new Map<number, CheckedFile>();
  await pool.close();
  if (pairs.length) {
    // Loaded only now: core's rules cost the main thread ≈ 1 s to load, and most folders have no pair.
    const { applyCrossYear } = await import('./cross-year.ts');
    applyCrossYear(pairs, full, prev, args.lang);
  }
  for (const [i, checked] of full) results[i] = toPrinted(checked, output);

  let unreadable = missing.length > 0;
  for (const m of missing) process.stdout.write(render({ source: m.path, ok: false, reason: 'unreadable', detail: m.detail }, output));
  let errors = false;
  for (const r of results) {
    process.stdout.write(r.ok ? r.printed : render(r, output));
    if (!r.ok) unreadable = true;
    else if (r.errors > 0) errors = true;
  }
  if (unreadable) return 2;
  if (errors) return 1;
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`nianbao-inspector: ${(error as Error)?.message ?? String(error)}\n`);
    process.exitCode = 2;
  },
);
