/**
 * Versions of the parser and of the rule set. Bump PARSER_VERSION when the parser reads pages differently
 * (stored reports are then re-parsed from their kept HTML), RULES_VERSION when rules are added or changed
 * (stored reports are then re-checked). Captures record the rules version that produced their findings.
 */
export const PARSER_VERSION = '1.0.0';
export const RULES_VERSION = '1.0.0';
