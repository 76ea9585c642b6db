/**
 * A short, seeded fuzz run inside the unit suite (the long runs are `npm run fuzz`): 200 mutated and generated inputs
 * through the checker's read path and the rules, in a watched worker. Any crash, hang, schema or invariant failure fails
 * the test and is listed; reproduce with
 * `npm run fuzz -- --small --max-repeat 2000 --seed 20240601 --iterations 200 --base-ms 100 --max-ms-per-kb 40`.
 */
import { describe, expect, it } from 'vitest';
import { mutators } from '../../scripts/fuzz/mutators/index.ts';
import { runFuzz, type FuzzStats } from '../../scripts/fuzz/run-fuzz.ts';
import { headline } from '../../scripts/fuzz/summary.ts';

const SEED = 20240601;
const ITERATIONS = 200;

describe('short fuzz run', () => {
  let stats: FuzzStats;

  it('ends every input in a valid report or a clear ok:false, without crash, hang or broken invariant', async () => {
    stats = await runFuzz({
      seed: SEED,
      iterations: ITERATIONS,
      start: 0,
      caseOptions: { generatedShare: 0.2, smallOnly: true, maxRepeat: 2000 },
      // Generous per-KB bound: the unit suite shares the CPU with other test files.
      bound: { baseMs: 100, msPerKb: 40 },
      mutationCheckEvery: 10,
    });
    const failures = stats.failures.map((f) => `#${f.index} ${f.info?.operators.join('+') ?? ''} [${f.failure.category}] ${f.failure.detail}`);
    expect(failures).toEqual([]);
    expect(headline(stats)).toEqual({ crashes: 0, hangs: 0, schema: 0, invariants: 0 });
    expect(stats.inputs).toBe(ITERATIONS);
  }, 90_000);

  it('exercised both outcomes and most mutators (the run is not vacuous)', () => {
    expect(stats.outcomes.html.report ?? 0).toBeGreaterThan(ITERATIONS / 4);
    const rejected = Object.entries(stats.outcomes.html).filter(([k]) => k !== 'report').reduce((s, [, n]) => s + n, 0);
    expect(rejected).toBeGreaterThan(5);
    const used = Object.keys(stats.perOperator);
    expect(used.filter((op) => op.startsWith('gen-')).length).toBeGreaterThanOrEqual(3);
    expect(used.filter((op) => mutators.some((m) => m.name === op)).length).toBeGreaterThan(mutators.length * 0.75);
  });
});
