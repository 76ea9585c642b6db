/** The fuzz harness itself: it must notice broken invariants, kill overruns, shrink, and replay cases exactly. */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { parseBytes } from '../../cli/check-file.ts';
import type { Finding } from '../../core/model/finding.ts';
import type { Report } from '../../core/model/report.ts';
import { makeCase } from '../../scripts/fuzz/cases.ts';
import { loadCorpus } from '../../scripts/fuzz/corpus.ts';
import { findingViolations, reportViolations } from '../../scripts/fuzz/invariants.ts';
import { mutators } from '../../scripts/fuzz/mutators/index.ts';
import { caseSeed, makeRng } from '../../scripts/fuzz/rng.ts';
import { bisectBytes } from '../../scripts/fuzz/shrink.ts';
import { WorkerHost } from '../../scripts/fuzz/worker-host.ts';

function parsedFixture(): Report {
  const bytes = readFileSync(new URL('../fixtures/variants/hanweb-zoom/source.html', import.meta.url));
  const r = parseBytes(bytes, 'source.html');
  if (!r.ok) throw new Error(`fixture did not parse: ${r.reason}`);
  return r.report;
}

describe('invariants', () => {
  it('hold on a real parsed page', () => {
    expect(reportViolations(parsedFixture())).toEqual([]);
  });

  it('catch a table anchor past the last <table>, a snippet that is not the text, a value that contradicts its semantics', () => {
    const report = structuredClone(parsedFixture());
    const row = Object.values(report.tables.applications)[0];
    const cell = Object.values(row)[0];
    expect(cell.anchor?.kind).toBe('table');
    if (cell.anchor?.kind === 'table') cell.anchor.tableIndex = report.source.tableCount;
    cell.semantics = 'zero';
    cell.value = 5;
    const section = report.sections[0];
    section.titleAnchor.snippet += 'x';
    const codes = reportViolations(report).map((v) => v.code);
    expect(codes).toContain('table-anchor-out-of-range');
    expect(codes).toContain('text-anchor-snippet-mismatch');
    expect(codes).toContain('cell-value-semantics');
  });

  it('catch findings naming cells the report does not have, non-finite data and unrendered placeholders', () => {
    const report = parsedFixture();
    const finding: Finding = {
      ruleId: 'demo',
      severity: 'error',
      outcome: 'fail',
      messageId: 'sum',
      data: { stated: Infinity },
      message: '合计 {total} 不等于各项之和',
      cells: [{ table: 'applications', row: 'no-such-row', col: 'total' }],
      related: [],
      text: [],
    };
    const codes = findingViolations(report, [finding]).map((v) => v.code);
    expect(codes).toEqual(['finding-cell-missing', 'finding-message-unrendered', 'finding-data-not-finite']);
    // A finding about missing cells may name them.
    expect(findingViolations(report, [{ ...finding, messageId: 'missingCells', data: {}, message: 'ok' }])).toEqual([]);
  });
});

describe('cases', () => {
  it('are replayed exactly from (seed, index)', () => {
    for (const i of [0, 1, 17, 123]) {
      const a = makeCase(99, i);
      const b = makeCase(99, i);
      expect(b.operators).toEqual(a.operators);
      expect(Buffer.from(b.bytes).equals(Buffer.from(a.bytes))).toBe(true);
    }
    expect(Buffer.from(makeCase(99, 1).bytes).equals(Buffer.from(makeCase(100, 1).bytes))).toBe(false);
  });

  it('every mutator changes a real page, and none writes into the page it was given', () => {
    const base = loadCorpus().find((b) => b.name === 'variant/mixed-eight-column')!;
    const text = new TextDecoder().decode(base.bytes);
    const pristine = Uint8Array.from(base.bytes);
    for (const m of mutators) {
      const changed = [1, 2, 3, 4, 5].some((seed) => {
        const out = m.apply({ text, bytes: base.bytes, maxRepeat: 200 }, makeRng(seed));
        return 'text' in out ? out.text !== text : !Buffer.from(out.bytes).equals(Buffer.from(base.bytes));
      });
      expect(changed, m.name).toBe(true);
      expect(Buffer.from(base.bytes).equals(Buffer.from(pristine)), `${m.name} wrote into the corpus`).toBe(true);
    }
  });
});

describe('shrinking', () => {
  it('bisects bytes down to the part that keeps the failure', async () => {
    const input = new TextEncoder().encode(`${'a'.repeat(3000)}<td rowspan=0>${'b'.repeat(5000)}`);
    const needle = '<td rowspan=0>';
    const out = await bisectBytes(input, async (b) => new TextDecoder().decode(b).includes(needle), { timeMs: 20_000 });
    expect(new TextDecoder().decode(out)).toBe(needle);
  });
});

describe('worker host', () => {
  const host = new WorkerHost(() => 1);
  afterAll(() => host.close());

  it('kills a case that overruns its limit and starts a fresh worker for the next one', async () => {
    const page = loadCorpus().find((b) => b.name === 'variant/ucap-zoomcon')!;
    const first = await host.run({ type: 'bytes', bytes: page.bytes, ext: page.ext, checkMutation: false });
    expect(first.timedOut).toBe(true);
    expect(host.restarts).toBe(1);
    const roomy = new WorkerHost(() => 60_000);
    try {
      const second = await roomy.run({ type: 'bytes', bytes: new TextEncoder().encode('<html><body><p>x</p></body></html>'), ext: '.html', checkMutation: false });
      expect(second.timedOut).toBe(false);
      if (!second.timedOut) expect(second.result.html).not.toBe('report');
    } finally {
      await roomy.close();
    }
  }, 60_000);
});

describe('case seeds', () => {
  it('differ across runs: run A case i is not run B case j', () => {
    const seen = new Set<number>();
    for (const seed of [1, 2, 11, 77, 2026]) for (let i = 0; i < 500; i++) seen.add(caseSeed(seed, i));
    expect(seen.size).toBe(5 * 500);
  });
});
