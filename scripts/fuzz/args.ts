/** Command-line options of `npm run fuzz`. */
export interface FuzzArgs {
  iterations: number;
  seed: number;
  start: number;
  msPerKb: number;
  baseMs: number;
  small: boolean;
  maxRepeat: number;
  shrink: boolean;
  save: boolean;
  maxShrinks: number;
  shrinkMs: number;
  json: string | null;
  mutationCheckEvery: number;
  generatedShare: number;
  /** Stop starting new cases after this many minutes (the summary counts the inputs actually run). */
  maxMinutes: number | null;
}

export const USAGE = `usage: npm run fuzz -- [--iterations N] [--seed S] [--start I] [--max-ms-per-kb X] [--base-ms B]
       [--small] [--max-repeat R] [--generated-share P] [--mutation-check-every K]
       [--max-minutes M] [--no-shrink] [--no-save] [--max-shrinks M] [--shrink-ms T] [--json FILE]`;

export function parseArgs(argv: string[]): FuzzArgs {
  const args: FuzzArgs = {
    iterations: 1000,
    seed: Math.floor(Math.random() * 0x7fffffff),
    start: 0,
    msPerKb: 20,
    baseMs: 50,
    small: false,
    maxRepeat: 10_000,
    shrink: true,
    save: true,
    maxShrinks: 8,
    shrinkMs: 90_000,
    json: null,
    mutationCheckEvery: 10,
    generatedShare: 0.2,
    maxMinutes: null,
  };
  const num = (name: string, v: string | undefined): number => {
    const n = Number(v);
    if (v === undefined || !Number.isFinite(n) || n < 0) throw new Error(`${name} needs a non-negative number\n${USAGE}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--iterations': args.iterations = Math.floor(num(flag, value())); break;
      case '--seed': args.seed = Math.floor(num(flag, value())); break;
      case '--start': args.start = Math.floor(num(flag, value())); break;
      case '--max-ms-per-kb': args.msPerKb = num(flag, value()); break;
      case '--base-ms': args.baseMs = num(flag, value()); break;
      case '--small': args.small = true; break;
      case '--max-repeat': args.maxRepeat = Math.max(1, Math.floor(num(flag, value()))); break;
      case '--generated-share': args.generatedShare = Math.min(1, num(flag, value())); break;
      case '--mutation-check-every': args.mutationCheckEvery = Math.floor(num(flag, value())); break;
      case '--no-shrink': args.shrink = false; break;
      case '--no-save': args.save = false; break;
      case '--max-shrinks': args.maxShrinks = Math.floor(num(flag, value())); break;
      case '--shrink-ms': args.shrinkMs = num(flag, value()); break;
      case '--max-minutes': args.maxMinutes = num(flag, value()); break;
      case '--json': args.json = value() ?? null; break;
      case '-h':
      case '--help': throw new Error(USAGE);
      default: throw new Error(`unknown option ${a}\n${USAGE}`);
    }
  }
  return args;
}
