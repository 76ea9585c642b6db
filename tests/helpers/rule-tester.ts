/**
 * RuleTester (after ESLint): tables of valid and invalid cases per rule. Asserts message ids, data and cells,
 * never rendered text. Each case runs the rule alone through the real engine, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { runRules } from '../../core/engine/run.ts';
import type { CellRef, Finding, Outcome, Report, Severity } from '../../core/model/index.ts';
import type { Rule } from '../../core/rules/define-rule.ts';
import { buildReport, type ReportSpec } from './report-builder.ts';

type ReportArg = ReportSpec | Report | (() => Report);

interface BaseCase {
  name: string;
  report: ReportArg;
  previous?: ReportArg;
  options?: Record<string, unknown>;
}

export interface ValidCase extends BaseCase {
  /** Defaults to 'pass'; use 'not-applicable' for reports the rule must skip. */
  outcome?: Extract<Outcome, 'pass' | 'not-applicable'>;
}

export interface ExpectedFinding {
  messageId: string;
  outcome?: 'fail' | 'needs-review';
  severity?: Severity;
  /** Exact set of cells at fault (order-insensitive). */
  cells?: CellRef[];
  /** Exact set of related cells (order-insensitive). */
  related?: CellRef[];
  data?: Record<string, unknown>;
  expected?: unknown;
  actual?: unknown;
  /** A substring every text anchor snippet of the finding must contain (at least one anchor). */
  textIncludes?: string;
}

export interface InvalidCase extends BaseCase {
  errors: ExpectedFinding[];
}

function toReport(arg: ReportArg | undefined): Report | null {
  if (arg === undefined) return null;
  if (typeof arg === 'function') return arg();
  if ('tables' in arg && 'text' in arg && 'tableInfo' in arg) return arg as Report;
  return buildReport(arg as ReportSpec);
}

const refKey = (c: CellRef) => `${c.table}.${c.row}.${c.col}`;
const sortRefs = (refs: CellRef[]) => refs.map(refKey).sort();

function run(rule: Rule, c: BaseCase, lang: 'zh-CN' | 'en') {
  const report = toReport(c.report)!;
  const previous = toReport(c.previous);
  return runRules(report, {
    rules: [rule],
    previous,
    lang,
    config: c.options ? { [rule.id]: { options: c.options } } : undefined,
  });
}

function matchFinding(actual: Finding, expected: ExpectedFinding) {
  expect(actual.messageId).toBe(expected.messageId);
  if (expected.outcome) expect(actual.outcome).toBe(expected.outcome);
  if (expected.severity) expect(actual.severity).toBe(expected.severity);
  if (expected.cells) expect(sortRefs(actual.cells)).toEqual(sortRefs(expected.cells));
  if (expected.related) expect(sortRefs(actual.related)).toEqual(sortRefs(expected.related));
  if (expected.data) expect(actual.data).toMatchObject(expected.data);
  if ('expected' in expected) expect(actual.expected).toEqual(expected.expected);
  if ('actual' in expected) expect(actual.actual).toEqual(expected.actual);
  if (expected.textIncludes) {
    expect(actual.text.length).toBeGreaterThan(0);
    for (const t of actual.text) expect(t.snippet).toContain(expected.textIncludes);
  }
}

export function ruleTester(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.id, () => {
    it('has at least one valid and one invalid case', () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        const result = run(rule, c, 'zh-CN');
        expect(result.findings).toEqual([]);
        expect(result.outcomes[rule.id]?.outcome).toBe(c.outcome ?? 'pass');
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        for (const lang of ['zh-CN', 'en'] as const) {
          const result = run(rule, c, lang);
          expect(result.outcomes[rule.id]?.reason ?? '').not.toMatch(/rule-crashed/);
          expect(result.findings.map((f) => f.messageId).sort()).toEqual(c.errors.map((e) => e.messageId).sort());
          // Pair findings with expectations in order of message id, then position.
          const remaining = [...result.findings];
          for (const e of c.errors) {
            const index = remaining.findIndex((f) => f.messageId === e.messageId);
            const [found] = remaining.splice(index, 1);
            matchFinding(found, e);
            expect(found.message).not.toMatch(/\{\w+\}/); // every placeholder filled
            expect(found.message.length).toBeGreaterThan(0);
          }
        }
      });
    }
  });
}
