import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

/** Runs the checker as a user would; resolves with exit code and output (never rejects on a non-zero exit). */
export async function checker(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'cli/check.ts', ...args], { timeout: 60_000, maxBuffer: 64 << 20, env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('checker on unreadable input', { timeout: 90_000 }, () => {
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

describe('checker on real reports', { timeout: 90_000 }, () => {
  const page = (slug: string) => `tests/fixtures/pages/${slug}/source.html`;

  it('reports the 2020 results-total error with Chinese labels and numbers, exit 1', async () => {
    const { code, stdout } = await checker([page('pingtan-2020')]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/✖ 错误 \(1\)/);
    expect(stdout).toContain('t3-results-total');
    expect(stdout).toContain('表三 三（七）总计 · 自然人');
    expect(stdout).toMatch(/26/);
  });

  it('--prev runs the cross-year rules; warnings only give exit 0', async () => {
    const { code, stdout } = await checker(['--prev', page('pingtan-2023'), page('pingtan-2024')]);
    expect(code).toBe(0);
    expect(stdout).toContain('stock-rollforward');
    expect(stdout).toMatch(/470 \+ .*62 .*33 = 499/);
  });

  it('--lang en prints English messages', async () => {
    const { stdout } = await checker(['--lang', 'en', page('pingtan-2020')]);
    expect(stdout).toContain('✖ Errors (1)');
    expect(stdout).not.toMatch(/错误/);
  });

  it('--json gives the seed report with every table value and the year-title-period error naming both years', async () => {
    const { code, stdout } = await checker(['--json', 'tests/fixtures/seed/seed-xiangxiang-2023.txt']);
    expect(code).toBe(1);
    const out = JSON.parse(stdout.trim());
    const expected = JSON.parse(readFileSync('tests/fixtures/seed/seed-xiangxiang-2023.expected.json', 'utf8'));
    expect(out.report.tables).toEqual(expected.report.tables);
    expect(out.report.year).toBe(2023);
    expect(out.report.period).toEqual({ start: '2022-01-01', end: '2022-12-31' });
    const errors = out.findings.filter((f: { severity: string }) => f.severity === 'error');
    expect(errors.map((f: { ruleId: string }) => f.ruleId)).toEqual(['year-title-period']);
    expect(errors[0].message).toContain('2023');
    expect(errors[0].message).toContain('2022');
    expect(errors[0]).toMatchObject({ expected: 2023, actual: 2022, outcome: 'fail' });
  });

  it('pairs consecutive years of a folder automatically and processes it in parallel', async () => {
    const { code, stdout } = await checker(['--json', '--jobs', '2', 'tests/fixtures/pages']);
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(8);
    const y2024 = lines.find((l) => l.report?.year === 2024);
    expect(y2024.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('stock-rollforward');
  });

  it('the bundled worker and the sources run through tsx give byte-identical --json', async () => {
    const args = ['--json', '--jobs', '2', page('pingtan-2021'), page('pingtan-2022'), 'tests/fixtures/variants/gbk-hanweb'];
    const [bundled, sources] = await Promise.all([checker(args), checker(args, { NIANBAO_CLI_BUNDLE: '0' })]);
    expect(bundled.code).toBe(sources.code);
    expect(bundled.stdout.split('\n').length).toBeGreaterThan(3);
    expect(bundled.stdout).toBe(sources.stdout);
  });
});
