import type { Finding, Lang, Outcome, Severity } from '../model/finding.ts';
import { SEVERITY_ORDER } from '../model/finding.ts';
import type { Report } from '../model/report.ts';
import type { FindingInput, Rule, RuleContext } from '../rules/define-rule.ts';
import { allRules } from '../rules/index.ts';
import { formatMessage } from '../i18n/format.ts';
import type { RuleSetting, RulesConfig } from './config.ts';

export interface RunOptions {
  /** The previous year's report of the same agency, for the cross-year rules. */
  previous?: Report | null;
  config?: RulesConfig;
  lang?: Lang;
  /** Defaults to every registered rule. */
  rules?: readonly Rule[];
}

export interface RuleOutcome {
  outcome: Outcome;
  /** Why the rule did not apply, or crashed. */
  reason?: string;
}

export interface RunResult {
  /** Failures and needs-review results, most severe first. */
  findings: Finding[];
  /** One outcome per rule that ran (rules turned off are absent). */
  outcomes: Record<string, RuleOutcome>;
}

function resolveSetting(setting: RuleSetting | undefined): { severity?: Severity | 'off'; options?: Record<string, unknown> } {
  if (setting === undefined) return {};
  if (typeof setting === 'string') return { severity: setting };
  return setting;
}

/** The finding's severity: the user's choice when set; otherwise the rule default, lowered (never raised) by the finding. */
function effectiveSeverity(rule: Rule, userSeverity: Severity | undefined, input: FindingInput): Severity {
  if (userSeverity) return userSeverity;
  const base = rule.meta.defaultSeverity;
  if (input.severity && SEVERITY_ORDER[input.severity] > SEVERITY_ORDER[base]) return input.severity;
  return base;
}

/** Runs the rules over one report. Never throws: a rule that crashes yields needs-review with reason 'rule-crashed'. */
export function runRules(report: Report, options: RunOptions = {}): RunResult {
  const lang = options.lang ?? 'zh-CN';
  const previous = options.previous ?? null;
  const findings: Finding[] = [];
  const outcomes: Record<string, RuleOutcome> = {};

  for (const rule of options.rules ?? allRules) {
    const setting = resolveSetting(options.config?.[rule.id]);
    if (setting.severity === 'off') continue;
    const userSeverity = setting.severity;
    if (rule.meta.needsPrevious && !previous) {
      outcomes[rule.id] = { outcome: 'not-applicable', reason: 'no-previous-report' };
      continue;
    }
    if (rule.appliesTo && !rule.appliesTo(report, previous)) {
      outcomes[rule.id] = { outcome: 'not-applicable' };
      continue;
    }
    let failed = false;
    let review = false;
    let na: string | undefined;
    const push = (outcome: 'fail' | 'needs-review', input: FindingInput) => {
      const template = rule.messages[lang][input.messageId] ?? input.messageId;
      const data = input.data ?? {};
      findings.push({
        ruleId: rule.id,
        severity: effectiveSeverity(rule, userSeverity, input),
        outcome,
        messageId: input.messageId,
        data,
        message: formatMessage(template, data, lang),
        cells: input.cells ?? [],
        related: input.related ?? [],
        text: input.text ?? [],
        expected: input.expected,
        actual: input.actual,
      });
    };
    const ctx: RuleContext = {
      report,
      previous,
      options: { ...rule.meta.defaultOptions, ...setting.options },
      fail(input) {
        failed = true;
        push('fail', input);
      },
      needsReview(input) {
        review = true;
        push('needs-review', input);
      },
      notApplicable(reason) {
        na = reason ?? 'not-applicable';
      },
    };
    try {
      rule.check(ctx);
      outcomes[rule.id] = failed
        ? { outcome: 'fail' }
        : review
          ? { outcome: 'needs-review' }
          : na !== undefined
            ? { outcome: 'not-applicable', reason: na }
            : { outcome: 'pass' };
    } catch (error) {
      outcomes[rule.id] = { outcome: 'needs-review', reason: `rule-crashed: ${(error as Error)?.message ?? String(error)}` };
    }
  }

  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return { findings, outcomes };
}
