/** Core at a git ref, extracted for before/after benchmarks (bench/profile-compare.ts, bench/profile-phases.ts). */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './paths.ts';

/** The ref's core/ and bench/browser/ in a temp folder beside a node_modules link (so vite resolves zod as here). */
export function checkout(ref: string): string {
  const sha = execSync(`git rev-parse ${ref}`, { cwd: ROOT, encoding: 'utf8' }).trim();
  const dir = join(tmpdir(), `nianbao-ref-${sha.slice(0, 12)}`);
  if (!existsSync(join(dir, 'bench/browser/core-entry.ts'))) {
    mkdirSync(dir, { recursive: true });
    execSync(`git archive ${sha} core bench/browser | tar -x -C ${dir}`, { cwd: ROOT });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    symlinkSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  }
  return dir;
}
