/** Turns the distinct failures of a run into minimal regression fixtures (shrunk, then saved with a note). */
import { makeCase, type CaseOptions } from './cases.ts';
import type { Failure } from './check-case.ts';
import { saveRegression } from './regressions.ts';
import type { FailureRecord, TimeBound } from './run-fuzz.ts';
import { boundFor, hardLimitFor } from './run-fuzz.ts';
import { bisectBytes, shrinkGenerated, type StillFails } from './shrink.ts';
import { WorkerHost } from './worker-host.ts';

export interface MinimizeOptions {
  seed: number;
  caseOptions: CaseOptions;
  bound: TimeBound;
  shrink: boolean;
  maxShrinks: number;
  shrinkMs: number;
  command: string;
  log: (line: string) => void;
}

function sameFailure(target: Failure, failures: readonly Failure[]): boolean {
  return failures.some((f) => f.category === target.category && f.path === target.path && f.signature === target.signature);
}

export async function saveFailures(records: readonly FailureRecord[], options: MinimizeOptions): Promise<string[]> {
  const saved: string[] = [];
  const host = new WorkerHost((size) => hardLimitFor(options.bound, size));
  try {
    // One failure per kind first (hangs, crashes, then each rule's invariant), so a flood of one kind does not crowd out the rest.
    const kinds = new Set<string>();
    const kindOf = (r: FailureRecord) => `${r.failure.category}|${r.failure.signature.split(' ')[0]}|${r.failure.signature.match(/\(([\w-]+)\)/)?.[1] ?? ''}`;
    const firstOfKind = records.filter((r) => !kinds.has(kindOf(r)) && kinds.add(kindOf(r)));
    const order = [...firstOfKind.filter((r) => r.failure.category === 'hang'), ...firstOfKind.filter((r) => r.failure.category !== 'hang')];
    for (const rec of order.slice(0, options.maxShrinks)) {
      const c = makeCase(options.seed, rec.index, options.caseOptions);
      const target = rec.failure;
      const stillFails: StillFails = async (bytes) => {
        if (bytes.length === 0) return false;
        const out = await host.run({ type: 'bytes', bytes, ext: c.ext, checkMutation: target.category === 'document-mutated' });
        if (target.category === 'hang') return out.timedOut || out.result.ms > boundFor(options.bound, bytes.length);
        return !out.timedOut && sameFailure(target, out.result.failures);
      };
      let bytes = c.bytes;
      // A failure that does not come back (a timing hang on a busy machine) is reported, not saved as a fixture.
      if (!(await stillFails(bytes))) {
        options.log(`  #${rec.index} [${target.category}] did not fail again on replay: not saved (${target.detail.slice(0, 120)})`);
        continue;
      }
      if (options.shrink) {
        const t0 = Date.now();
        if (c.kind === 'generated' && c.genSeed !== null) {
          bytes = (await shrinkGenerated(c.operators[0], c.genSeed, stillFails, { timeMs: options.shrinkMs / 2 })) ?? bytes;
        }
        bytes = await bisectBytes(bytes, stillFails, { timeMs: Math.max(5000, options.shrinkMs - (Date.now() - t0)) });
        options.log(`  shrunk #${rec.index} [${target.category}] ${c.bytes.length} → ${bytes.length} bytes in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      }
      const file = saveRegression(target, bytes, c.ext, {
        command: options.command,
        seed: options.seed,
        index: rec.index,
        operators: c.operators,
        base: c.base,
        originalBytes: c.bytes.length,
      });
      if (file) saved.push(file);
    }
  } finally {
    await host.close();
  }
  return saved;
}
