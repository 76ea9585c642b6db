import { describe, expect, it } from 'vitest';
import { checkAll } from '../../cli/pool.ts';
import { checkFile } from '../../cli/check-file.ts';
import { render, type OutputOptions, type PrintedResult } from '../../cli/printed.ts';

const page = (slug: string) => `tests/fixtures/pages/${slug}/source.html`;
const sources = [page('pingtan-2023'), 'tests/fixtures/variants/list-page/source.html', page('pingtan-2020')];
const output: OutputOptions = { json: true, lang: 'zh-CN', color: false };

describe('worker pool', { timeout: 90_000 }, () => {
  it('posts back the rendered output, keeps the full results for the cross-year step, and checks again when a worker is gone', async () => {
    const results: PrintedResult[] = [];
    const pool = await checkAll(sources, { jobs: 2, timeoutMs: 60_000, output, onResult: (i, r) => (results[i] = r) });
    const direct = await Promise.all(sources.map((s) => checkFile(s, 'zh-CN')));
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    for (const [i, r] of results.entries()) {
      const d = direct[i];
      if (!r.ok || !d.ok) continue;
      expect(r.printed).toBe(render(d, output));
      expect(r.agency).toBe(d.report.agency);
      expect(r.year).toBe(d.report.year);
      expect(r.errors).toBe(d.findings.filter((f) => f.severity === 'error').length);
    }
    expect(results[2].ok && results[2].errors).toBe(1); // pingtan-2020: the results-total error

    const kept = await pool.full([0, 2]);
    expect([...kept.keys()].sort()).toEqual([0, 2]);
    expect(kept.get(2)).toEqual(direct[2]);

    await pool.close();
    const again = await pool.full([0]); // the workers are gone: checked on this thread
    expect(again.get(0)).toEqual(direct[0]);
  });

  it('reports every input exactly once when workers are replaced (time limit hit with inputs queued behind)', async () => {
    const seen: [number, PrintedResult][] = [];
    const pool = await checkAll(sources, { jobs: 1, timeoutMs: 1, output, onResult: (i, r) => seen.push([i, r]) });
    await pool.close();
    expect(seen.map(([i]) => i).sort()).toEqual([0, 1, 2]);
    for (const [, r] of seen) expect(r).toMatchObject({ ok: false, reason: 'timeout' });
  });
});
