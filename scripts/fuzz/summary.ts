/** The fuzz report printed at the end of a run. */
import type { FuzzStats } from './run-fuzz.ts';

export function headline(s: FuzzStats): { crashes: number; hangs: number; schema: number; invariants: number } {
  const c = s.byCategory;
  return {
    crashes: c.crash + c['swallowed-error'] + c['rule-crash'] + c['unclear-result'],
    hangs: c.hang,
    schema: c.schema,
    invariants: c.invariant + c['document-mutated'],
  };
}

export function summaryLine(s: FuzzStats): string {
  const h = headline(s);
  return `fuzz: ${s.inputs} inputs in ${(s.durationMs / 1000).toFixed(1)} s (seed ${s.seed}) — crashes ${h.crashes}, hangs ${h.hangs}, schema violations ${h.schema}, invariant violations ${h.invariants}`;
}

const pad = (v: string | number, n: number) => String(v).padStart(n);

export function formatSummary(s: FuzzStats): string {
  const c = s.byCategory;
  const lines = [summaryLine(s)];
  lines.push(
    `  crashes: thrown ${c.crash}, caught inside the parser ${c['swallowed-error']}, rules crashed ${c['rule-crash']}, unclear ok:false ${c['unclear-result']}; document mutated ${c['document-mutated']}; worker restarts ${s.workerRestarts}`,
  );
  const outcome = (o: Record<string, number>) =>
    Object.entries(o)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
  lines.push(`  parseBytes results: ${outcome(s.outcomes.html)}`);
  lines.push(`  parseText results:  ${outcome(s.outcomes.text)}`);
  lines.push('  per mutator/generator:      inputs  failing  mean ms   max ms');
  for (const [op, o] of Object.entries(s.perOperator).sort((a, b) => a[0].localeCompare(b[0]))) {
    lines.push(`    ${op.padEnd(24)} ${pad(o.inputs, 8)} ${pad(o.failing, 8)} ${pad((o.totalMs / Math.max(1, o.inputs)).toFixed(1), 8)} ${pad(o.maxMs.toFixed(0), 8)}`);
  }
  lines.push('  slowest inputs:');
  for (const x of s.slowest) lines.push(`    ${pad(x.ms.toFixed(0), 7)} ms  ${pad((x.size / 1024).toFixed(0), 6)} KB  ${pad(x.msPerKb.toFixed(2), 6)} ms/KB  ${x.name}`);
  if (s.failures.length) {
    lines.push(`  distinct failures (${s.failures.length}):`);
    for (const f of s.failures.slice(0, 30)) {
      const where = f.info ? `${f.info.operators.join('+')}${f.info.base ? ` on ${f.info.base}` : ''}` : '';
      lines.push(`    [${f.failure.category}/${f.failure.path}] ×${f.count} first #${f.index} ${where}: ${f.failure.detail.slice(0, 200)}`);
    }
  }
  return lines.join('\n');
}
