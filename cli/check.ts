/**
 * 年报审查助手 command-line checker: `npm run check -- <files or folders…>`.
 * Exit code: 0 no errors, 1 errors found, 2 an input could not be read.
 */
import { availableParallelism } from 'node:os';
import { parseArgs, USAGE, UsageError } from './args.ts';
import { collectInputs } from './inputs.ts';
import { checkAll } from './pool.ts';
import { checkFile, type CheckedFile } from './check-file.ts';
import { applyCrossYear } from './cross-year.ts';
import { renderText } from './render-text.ts';
import { toJson } from './render-json.ts';

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
  const results: CheckedFile[] = new Array(files.length);
  const progress = process.stderr.isTTY && files.length > 1;
  let done = 0;
  await checkAll(files, {
    jobs: args.jobs ?? availableParallelism(),
    lang: args.lang,
    timeoutMs: args.timeoutMs,
    onResult(index, result) {
      results[index] = result;
      done++;
      if (progress) process.stderr.write(`\r\x1b[K[${done}/${files.length}] ${result.source.slice(-60)}`);
    },
  });
  if (progress) process.stderr.write('\r\x1b[K');

  let prev = null;
  if (args.prev) {
    const checked = await checkFile(args.prev, args.lang);
    if (!checked.ok) {
      process.stderr.write(`--prev ${args.prev}: ${checked.reason} — ${checked.detail}\n`);
      return 2;
    }
    prev = checked.report;
  }
  applyCrossYear(results, prev, args.lang);

  const all: CheckedFile[] = [...missing.map((m) => ({ source: m.path, ok: false as const, reason: 'unreadable', detail: m.detail })), ...results];
  const color = process.stdout.isTTY && !process.env.NO_COLOR;
  for (const result of all) {
    process.stdout.write((args.json ? JSON.stringify(toJson(result)) : renderText(result, args.lang, { color }) + '\n') + '\n');
  }
  if (all.some((r) => !r.ok)) return 2;
  if (all.some((r) => r.ok && r.findings.some((f) => f.severity === 'error'))) return 1;
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
