/**
 * Shrinking a failing input while it keeps failing the same way:
 * generated inputs are replayed through fast-check (its own shrinkers); any input is then cut down by
 * byte-range bisection (delta debugging: drop halves, quarters, … as long as the failure stays).
 */
import fc from 'fast-check';
import { generators } from './generated.ts';

export type StillFails = (bytes: Uint8Array) => Promise<boolean>;

export interface ShrinkBudget {
  /** Stop after this long (ms); the smallest failing input so far is kept. */
  timeMs: number;
}

export async function bisectBytes(input: Uint8Array, stillFails: StillFails, budget: ShrinkBudget): Promise<Uint8Array> {
  const deadline = Date.now() + budget.timeMs;
  let current = input;
  let chunk = Math.max(1, Math.ceil(current.length / 2));
  while (chunk >= 1 && Date.now() < deadline) {
    let removed = false;
    for (let at = 0; at < current.length && Date.now() < deadline; ) {
      const candidate = new Uint8Array(current.length - Math.min(chunk, current.length - at));
      candidate.set(current.subarray(0, at));
      candidate.set(current.subarray(at + chunk), at);
      if (candidate.length < current.length && (await stillFails(candidate))) {
        current = candidate;
        removed = true;
      } else {
        at += chunk;
      }
    }
    if (!removed) {
      if (chunk === 1) break;
      chunk = Math.ceil(chunk / 2);
    }
  }
  return current;
}

/** Replays generator `name` with `seed` under fast-check and lets it shrink; null when the replay does not fail. */
export async function shrinkGenerated(name: string, seed: number, stillFails: StillFails, budget: ShrinkBudget): Promise<Uint8Array | null> {
  const gen = generators.find((g) => g.name === name);
  if (!gen) return null;
  const encoder = new TextEncoder();
  const result = await fc.check(
    fc.asyncProperty(gen.arbitrary, async (text) => !(await stillFails(encoder.encode(text)))),
    { seed, numRuns: 1, interruptAfterTimeLimit: budget.timeMs },
  );
  return result.failed && result.counterexample ? encoder.encode(result.counterexample[0]) : null;
}
