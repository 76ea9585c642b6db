/**
 * Fuzzes the core: real fixture pages mutated (rows, cells, spans, bytes, truncation, nesting, huge tables, odd Unicode,
 * labels, numbers) and generated inputs (fast-check), each run through the checker's read path and the rules in a
 * watched worker. Every input must end in a valid report or a clear {ok:false}, within 50 ms + X ms per KB.
 *
 *   npm run fuzz -- --iterations 20000 --seed 1
 *
 * Exit code 0: no failure. 1: failures (minimal inputs saved in tests/fixtures/fuzz-regressions/). 2: bad options.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs, type FuzzArgs } from './fuzz/args.ts';
import type { CaseOptions } from './fuzz/cases.ts';
import { saveFailures } from './fuzz/minimize.ts';
import { runFuzz, type FuzzStats } from './fuzz/run-fuzz.ts';
import { formatSummary, headline } from './fuzz/summary.ts';

function progressPrinter(total: number): (done: number, stats: FuzzStats) => void {
  const tty = process.stderr.isTTY;
  const startedAt = Date.now();
  const every = Math.min(1000, Math.max(50, Math.floor(total / 20)));
  let last = 0;
  return (done, stats) => {
    const now = Date.now();
    if (tty ? now - last < 500 && done !== total : done % every !== 0 && done !== total) return;
    last = now;
    const h = headline(stats);
    const line = `fuzz ${done}/${total}  ${((now - startedAt) / 1000).toFixed(0)} s  crashes ${h.crashes}  hangs ${h.hangs}  schema ${h.schema}  invariants ${h.invariants}`;
    process.stderr.write(tty ? `\r${line}` : `${line}\n`);
    if (tty && done === total) process.stderr.write('\n');
  };
}

async function main(): Promise<number> {
  let args: FuzzArgs;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  const caseOptions: CaseOptions = { generatedShare: args.generatedShare, smallOnly: args.small, maxRepeat: args.maxRepeat };
  const bound = { baseMs: args.baseMs, msPerKb: args.msPerKb };
  const stats = await runFuzz({
    seed: args.seed,
    iterations: args.iterations,
    start: args.start,
    caseOptions,
    bound,
    mutationCheckEvery: args.mutationCheckEvery,
    deadline: args.maxMinutes === null ? undefined : Date.now() + args.maxMinutes * 60_000,
    onProgress: progressPrinter(args.iterations),
  });
  console.log(formatSummary(stats));
  const command = `npm run fuzz -- ${process.argv.slice(2).join(' ')}${process.argv.includes('--seed') ? '' : ` --seed ${args.seed}`}`;
  if (args.json) writeFileSync(args.json, `${JSON.stringify({ command, ...stats }, null, 2)}\n`);
  if (stats.failingInputs === 0) return 0;
  if (args.save) {
    const saved = await saveFailures(stats.failures, {
      seed: args.seed,
      caseOptions,
      bound,
      shrink: args.shrink,
      maxShrinks: args.maxShrinks,
      shrinkMs: args.shrinkMs,
      command,
      log: (line) => console.log(line),
    });
    console.log(saved.length ? `saved ${saved.length} regression fixture(s) in tests/fixtures/fuzz-regressions/: ${saved.join(', ')}` : 'no new regression fixture (already saved)');
  }
  return 1;
}

process.exitCode = await main();
