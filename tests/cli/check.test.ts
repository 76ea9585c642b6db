import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

/** Runs the checker as a user would; resolves with exit code and output (never rejects on a non-zero exit). */
export async function checker(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'cli/check.ts', ...args], { timeout: 60_000, maxBuffer: 64 << 20 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('checker on unreadable input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-cli-'));
  writeFileSync(join(dir, 'empty.html'), '');
  writeFileSync(join(dir, 'binary.html'), Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256)));
  writeFileSync(join(dir, 'not-a-report.html'), '<html><head><title>新闻</title></head><body><p>今日天气晴。</p></body></html>');

  it('gives one line per input with a reason, exit 2, no stack trace', async () => {
    const { code, stdout, stderr } = await checker([dir, join(dir, 'missing.html')]);
    expect(code).toBe(2);
    expect(stdout).toContain('empty.html');
    expect(stdout).toMatch(/binary\.html\n\s+✖ .+binary/);
    expect(stdout).toContain('missing.html');
    expect(stdout + stderr).not.toMatch(/\bat .+\.ts:\d+/); // no stack frames
  });

  it('--json prints one object per input with an error reason', async () => {
    const { code, stdout } = await checker(['--json', dir]);
    expect(code).toBe(2);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    const byName = Object.fromEntries(lines.map((l) => [l.source.split('/').pop(), l]));
    expect(byName['empty.html'].error.reason).toBe('empty');
    expect(byName['binary.html'].error.reason).toBe('unreadable');
    expect(byName['not-a-report.html'].error.reason).toBe('not-a-report');
  });

  it('rejects unknown options with usage and exit 2', async () => {
    const { code, stderr } = await checker(['--bogus']);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown option --bogus');
  });
});
