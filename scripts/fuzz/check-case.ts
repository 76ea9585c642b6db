/**
 * Runs one fuzz input through the CLI read path (parseBytes → runRules) and through parseText on its decoded text,
 * and judges the outcome: a valid report that keeps the invariants, or a clear {ok:false}. Never throws.
 */
import { parseHTML } from 'linkedom';
import { parseBytes } from '../../cli/check-file.ts';
import { runRules } from '../../core/engine/run.ts';
import { FindingSchema } from '../../core/model/finding.ts';
import { ReportSchema } from '../../core/model/report.ts';
import { decodeHtml } from '../../core/parse/decode.ts';
import type { ParseResult } from '../../core/parse/index.ts';
import { parseReport } from '../../core/parse/parse-document.ts';
import { parseText } from '../../core/parse/parse-text.ts';
import { findingViolations, reportViolations } from './invariants.ts';

export type FailureCategory = 'crash' | 'swallowed-error' | 'rule-crash' | 'unclear-result' | 'schema' | 'invariant' | 'document-mutated' | 'hang';

export interface Failure {
  category: FailureCategory;
  /** Which path: 'html' (parseBytes) or 'text' (parseText on the decoded text). */
  path: 'html' | 'text';
  /** Short, stable description used to tell failures apart (numbers blanked). */
  signature: string;
  detail: string;
  stack?: string;
}

export interface CaseResult {
  /** 'report' or the ok:false reason, per path. */
  html: string;
  text: string;
  /** Time spent in the product code (parse + rules, both paths), ms. */
  ms: number;
  failures: Failure[];
}

const REASONS = new Set(['empty', 'not-a-report', 'too-large', 'unreadable']);
/** ok:false details that are deliberate answers; any other 'unreadable' is an exception the parser caught. */
const DELIBERATE_UNREADABLE = /^binary data/;

function signatureOf(text: string): string {
  return text.replace(/\d+/g, 'N').replace(/"[^"]*"/g, '""').slice(0, 160);
}

function errorFailure(category: FailureCategory, path: Failure['path'], where: string, error: unknown): Failure {
  const e = error instanceof Error ? error : new Error(String(error));
  const frame = (e.stack ?? '').split('\n').find((l) => /\/(core|cli)\//.test(l))?.trim() ?? '';
  return { category, path, signature: signatureOf(`${where}: ${e.name}: ${e.message} ${frame.replace(/:\d+:\d+\)?$/, '')}`), detail: `${e.name}: ${e.message}`, stack: e.stack };
}

/** Judges one ParseResult: schema, invariants, then the rules and their findings. */
function judge(result: ParseResult, path: Failure['path'], failures: Failure[]): { label: string; ms: number } {
  if (!result || typeof result !== 'object') {
    failures.push({ category: 'unclear-result', path, signature: 'no result object', detail: String(result) });
    return { label: 'none', ms: 0 };
  }
  if (!result.ok) {
    if (!REASONS.has(result.reason) || typeof result.detail !== 'string' || !result.detail) {
      failures.push({ category: 'unclear-result', path, signature: `reason ${String(result.reason)}`, detail: JSON.stringify(result).slice(0, 300) });
    } else if (result.reason === 'unreadable' && !DELIBERATE_UNREADABLE.test(result.detail)) {
      failures.push({ category: 'swallowed-error', path, signature: signatureOf(`unreadable: ${result.detail}`), detail: result.detail });
    }
    return { label: result.reason, ms: 0 };
  }
  const report = result.report;
  const schema = ReportSchema.safeParse(report);
  if (!schema.success) {
    const issue = schema.error.issues[0];
    failures.push({
      category: 'schema',
      path,
      signature: signatureOf(`${issue.path.join('.')}: ${issue.message}`),
      detail: schema.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
    });
  }
  for (const v of safely(() => reportViolations(report), path, 'reportViolations', failures) ?? []) {
    failures.push({ category: 'invariant', path, signature: `${v.code} at ${signatureOf(v.path)}`, detail: `${v.path}: ${v.detail}` });
  }
  const t0 = performance.now();
  let run: ReturnType<typeof runRules> | undefined;
  try {
    run = runRules(report);
  } catch (error) {
    failures.push(errorFailure('crash', path, 'runRules', error));
  }
  const ms = performance.now() - t0;
  if (!run) return { label: 'report', ms };
  for (const [ruleId, o] of Object.entries(run.outcomes)) {
    if (o.reason?.startsWith('rule-crashed')) {
      failures.push({ category: 'rule-crash', path, signature: signatureOf(`${ruleId}: ${o.reason}`), detail: `${ruleId}: ${o.reason}` });
    }
  }
  run.findings.forEach((f, n) => {
    const parsed = FindingSchema.safeParse(f);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      failures.push({ category: 'schema', path, signature: signatureOf(`finding ${f.ruleId} ${issue.path.join('.')}: ${issue.message}`), detail: `findings[${n}]: ${issue.path.join('.')}: ${issue.message}` });
    }
  });
  for (const v of safely(() => findingViolations(report, run.findings), path, 'findingViolations', failures) ?? []) {
    failures.push({ category: 'invariant', path, signature: `${v.code} at ${signatureOf(v.path)}`, detail: `${v.path}: ${v.detail}` });
  }
  return { label: 'report', ms };
}

function safely<T>(fn: () => T, path: Failure['path'], where: string, failures: Failure[]): T | undefined {
  try {
    return fn();
  } catch (error) {
    failures.push(errorFailure('invariant', path, where, error));
    return undefined;
  }
}

/** The failures of one ParseResult (schema, invariants, rules and findings); empty when all is well. */
export function judgeParseResult(result: ParseResult, path: Failure['path']): Failure[] {
  const failures: Failure[] = [];
  judge(result, path, failures);
  return failures;
}

export interface CheckOptions {
  /** Also parse the document a second time and check that parseReport left it unchanged (costs a serialisation). */
  checkMutation?: boolean;
}

export function checkCase(bytes: Uint8Array, ext: '.html' | '.txt', options: CheckOptions = {}): CaseResult {
  const failures: Failure[] = [];
  let ms = 0;

  let html = 'none';
  let t0 = performance.now();
  try {
    const parsed = parseBytes(bytes, `fuzz-case${ext}`);
    ms += performance.now() - t0;
    const j = judge(parsed, 'html', failures);
    html = j.label;
    ms += j.ms;
  } catch (error) {
    ms += performance.now() - t0;
    failures.push(errorFailure('crash', 'html', 'parseBytes', error));
    html = 'threw';
  }

  let text = 'none';
  let decoded = '';
  try {
    decoded = decodeHtml(bytes);
  } catch (error) {
    failures.push(errorFailure('crash', 'text', 'decodeHtml', error));
  }
  if (decoded) {
    t0 = performance.now();
    try {
      const parsed = parseText(decoded, { url: null });
      ms += performance.now() - t0;
      const j = judge(parsed, 'text', failures);
      text = j.label;
      ms += j.ms;
    } catch (error) {
      ms += performance.now() - t0;
      failures.push(errorFailure('crash', 'text', 'parseText', error));
      text = 'threw';
    }
  }

  if (options.checkMutation && html === 'report' && ext === '.html') {
    try {
      const { document } = parseHTML(decoded);
      // linkedom creates a missing <head>/<body> on first access (a browser's parser always has them): not a mutation.
      void document.head;
      void document.body;
      const before = document.toString();
      parseReport(document as unknown as Document, { url: null });
      if (document.toString() !== before) {
        failures.push({ category: 'document-mutated', path: 'html', signature: 'parseReport changed the document', detail: 'document serialisation differs after parseReport' });
      }
    } catch {
      // A throw here is already reported by the main path.
    }
  }
  return { html, text, ms, failures };
}
