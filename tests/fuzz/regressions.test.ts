/**
 * Every input the fuzzer ever failed on (tests/fixtures/fuzz-regressions/) must now end in a valid report or a clear
 * ok:false that keeps the invariants, within the time bound. Each runs in a watched worker, so a hang fails instead of
 * blocking the suite.
 *
 * A fixture whose note says `"status": "open"` documents a bug not fixed yet: its test asserts that it STILL fails
 * (so the suite stays green meanwhile); when the parser or rule is fixed, that test fails — flip the note to "fixed".
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { CaseResult } from '../../scripts/fuzz/check-case.ts';
import { loadRegressions } from '../../scripts/fuzz/regressions.ts';
import { boundFor } from '../../scripts/fuzz/run-fuzz.ts';
import { WorkerHost } from '../../scripts/fuzz/worker-host.ts';

const BOUND = { baseMs: 100, msPerKb: 40 };
const regressions = loadRegressions();
// A hang fixture is killed at its time bound (not later): the suite must stay quick.
const host = new WorkerHost((size) => Math.max(3000, boundFor(BOUND, size)));

afterAll(() => host.close());

async function problems(bytes: Uint8Array, ext: '.html' | '.txt'): Promise<string[]> {
  const out = await host.run({ type: 'bytes', bytes, ext, checkMutation: true });
  if (out.timedOut) return [`timed out after ${Math.round(out.limitMs)} ms`];
  const r: CaseResult = out.result;
  const list = r.failures.map((f) => `[${f.category}/${f.path}] ${f.detail}`);
  if (r.ms > boundFor(BOUND, bytes.length)) list.push(`took ${Math.round(r.ms)} ms`);
  return list;
}

describe('fuzz regression fixtures', () => {
  it('each fixture has a note naming its file, category and how it was found', () => {
    for (const { note, bytes } of regressions) {
      expect(note.file.startsWith(note.name)).toBe(true);
      expect(['open', 'fixed']).toContain(note.status);
      expect(note.detail.length).toBeGreaterThan(0);
      expect(note.found.command.length).toBeGreaterThan(0);
      expect(bytes.length).toBe(note.shrunkBytes);
    }
  });

  for (const { note, bytes, ext } of regressions) {
    if (note.status === 'fixed') {
      it(`${note.file}: ${note.category} stays fixed (${note.detail.slice(0, 80)})`, async () => {
        expect(await problems(bytes, ext)).toEqual([]);
      }, 60_000);
    } else {
      it(`OPEN BUG ${note.file}: still ${note.category} (${note.detail.slice(0, 80)}) — flip the note to "fixed" once this fails`, async () => {
        expect((await problems(bytes, ext)).length).toBeGreaterThan(0);
      }, 60_000);
    }
  }
});
