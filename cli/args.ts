import type { Lang } from '../core/model/finding.ts';

export interface CliArgs {
  inputs: string[];
  json: boolean;
  prev: string | null;
  lang: Lang;
  jobs: number | null;
  help: boolean;
  /** Per-file time limit in ms (a hang guard). */
  timeoutMs: number;
}

export class UsageError extends Error {}

export const USAGE = `用法 / usage: npm run check -- [options] <file or folder>...

  <file or folder>   saved report pages (.html .htm .shtml, GBK too) or text (.txt); folders are searched recursively
  --json             one JSON object per input, one per line (canonical keys, rule ids)
  --prev <file>      last year's report of the same agency, for the cross-year rules
                     (without it, inputs of the same agency and consecutive years are paired automatically)
  --lang en          English messages (default zh-CN)
  --jobs N           worker threads for folders (default: number of cores)
  --timeout S        give up on one input after S seconds (default 30)
  -h, --help         this help

exit code: 0 no errors, 1 errors found, 2 an input could not be read`;

export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { inputs: [], json: false, prev: null, lang: 'zh-CN', jobs: null, help: false, timeoutMs: 30_000 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--json') args.json = true;
    else if (a === '--prev') args.prev = value();
    else if (a === '--lang') {
      const v = value();
      if (v !== 'en' && v !== 'zh-CN' && v !== 'zh') throw new UsageError(`--lang must be zh-CN or en, not ${v}`);
      args.lang = v === 'en' ? 'en' : 'zh-CN';
    } else if (a === '--jobs') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) throw new UsageError('--jobs must be a positive integer');
      args.jobs = n;
    } else if (a === '--timeout') {
      const n = Number(value());
      if (!(n > 0)) throw new UsageError('--timeout must be a positive number of seconds');
      args.timeoutMs = n * 1000;
    } else if (a === '-h' || a === '--help') args.help = true;
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else args.inputs.push(a);
  }
  return args;
}
