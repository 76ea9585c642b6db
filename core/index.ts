export * from './model/index.ts';
export * from './parse/index.ts';
export { runRules, type RunOptions, type RunResult, type RuleOutcome } from './engine/run.ts';
export * from './engine/config.ts';
export { allRules, rulesById } from './rules/index.ts';
export type { Rule, RuleContext, RuleMeta, FindingInput } from './rules/define-rule.ts';
export { formatMessage } from './i18n/format.ts';
export * from './i18n/labels.ts';
export * from './export/library-file.ts';
