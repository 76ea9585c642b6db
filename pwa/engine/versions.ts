import * as core from '../../core/index.ts';

function hashOf(text: string): string {
  return core.hashString(text).slice(0, 8);
}

/** Exported by core when it defines one; otherwise null (then we fingerprint). */
function coreConstant(name: string): string | null {
  const value = (core as unknown as Record<string, unknown>)[name];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
}

/**
 * Version of the rule set. Uses core's RULES_VERSION when it exists, else a fingerprint of the registered rules
 * (ids, default severities, message ids), so that adding or changing a rule offers a re-check.
 */
export function currentRulesVersion(): string {
  const declared = coreConstant('RULES_VERSION');
  const fingerprint = hashOf(
    core.allRules.map((r) => `${r.id}:${r.meta.defaultSeverity}:${Object.keys(r.messages.en).sort().join(',')}`).join(';'),
  );
  return declared ? `${declared}+${fingerprint}` : `rules-${core.allRules.length}-${fingerprint}`;
}

/** Version of the parser: core's PARSER_VERSION when it exists. */
export function currentParserVersion(): string {
  return coreConstant('PARSER_VERSION') ?? 'parser-0';
}
