import { PARSER_VERSION, RULES_VERSION, allRules, hashString } from '../../core/index.ts';

/**
 * Version of the rule set: core's RULES_VERSION plus a fingerprint of the registered rules (ids, default
 * severities, message ids), so that adding or changing a rule offers a re-check even before a version bump.
 */
export function currentRulesVersion(): string {
  const fingerprint = hashString(
    allRules.map((r) => `${r.id}:${r.meta.defaultSeverity}:${Object.keys(r.messages.en).sort().join(',')}`).join(';'),
  ).slice(0, 8);
  return `${RULES_VERSION}+${fingerprint}`;
}

/** Version of the parser: a change re-parses stored reports from their kept HTML. */
export function currentParserVersion(): string {
  return PARSER_VERSION;
}
