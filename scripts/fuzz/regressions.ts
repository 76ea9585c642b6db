/** Regression fixtures: the minimal failing inputs found by fuzzing, each with a note saying what failed and how it was found. */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_DIR } from './corpus.ts';
import type { Failure } from './check-case.ts';

export const REGRESSIONS_DIR = join(FIXTURES_DIR, 'fuzz-regressions');

export interface RegressionNote {
  name: string;
  file: string;
  category: Failure['category'];
  path: Failure['path'];
  signature: string;
  detail: string;
  stack?: string;
  found: {
    command: string;
    seed: number;
    index: number;
    operators: string[];
    base: string | null;
    originalBytes: number;
  };
  shrunkBytes: number;
  date: string;
  /** 'open' until the parser or rule is fixed; the regression test then holds it fixed. */
  status: 'open' | 'fixed';
}

export interface Regression {
  note: RegressionNote;
  bytes: Uint8Array;
  ext: '.html' | '.txt';
}

function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0').slice(0, 8);
}

export function regressionName(failure: Failure): string {
  return `${failure.category}-${failure.path}-${shortHash(failure.signature)}`;
}

/** Saves the fixture and its note; returns the file name, or null when one with the same failure is already saved. */
export function saveRegression(failure: Failure, bytes: Uint8Array, ext: '.html' | '.txt', found: RegressionNote['found']): string | null {
  mkdirSync(REGRESSIONS_DIR, { recursive: true });
  const name = regressionName(failure);
  const file = `${name}${ext}`;
  if (existsSync(join(REGRESSIONS_DIR, `${name}.json`))) return null;
  writeFileSync(join(REGRESSIONS_DIR, file), bytes);
  const note: RegressionNote = {
    name,
    file,
    category: failure.category,
    path: failure.path,
    signature: failure.signature,
    detail: failure.detail,
    stack: failure.stack?.split('\n').slice(0, 12).join('\n'),
    found,
    shrunkBytes: bytes.length,
    date: new Date().toISOString(),
    status: 'open',
  };
  writeFileSync(join(REGRESSIONS_DIR, `${name}.json`), `${JSON.stringify(note, null, 2)}\n`);
  return file;
}

export function loadRegressions(): Regression[] {
  if (!existsSync(REGRESSIONS_DIR)) return [];
  return readdirSync(REGRESSIONS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const note = JSON.parse(readFileSync(join(REGRESSIONS_DIR, f), 'utf8')) as RegressionNote;
      return { note, bytes: readFileSync(join(REGRESSIONS_DIR, note.file)), ext: note.file.endsWith('.txt') ? '.txt' : '.html' };
    });
}
