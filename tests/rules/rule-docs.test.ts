import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULE_DOCS_PATH, renderRuleDocs } from '../../scripts/gen-rule-docs.ts';
import { allRules } from '../../core/rules/index.ts';

describe('docs/rules.md', () => {
  it('is up to date (regenerate with: node --import tsx scripts/gen-rule-docs.ts)', () => {
    expect(readFileSync(RULE_DOCS_PATH, 'utf8')).toBe(renderRuleDocs());
  });

  it('lists every registered rule in both languages', () => {
    const text = renderRuleDocs();
    for (const rule of allRules) {
      expect(text.split(`| \`${rule.id}\` |`).length - 1, rule.id).toBe(2);
      expect(text).toContain(rule.meta.docs['zh-CN'].name);
      expect(text).toContain(rule.meta.docs.en.name);
    }
  });
});
