/**
 * Meta test of the rule catalogue (after ESLint's rule meta checks): every registered rule has a file named by its id,
 * a test file, docs and messages in both languages with identical message ids, and a catalogue entry that agrees with its meta.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../core/rules/index.ts';
import { CATALOGUE, catalogueById } from '../../core/rules/catalogue.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const LANGS = ['zh-CN', 'en'] as const;
const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('rule catalogue', () => {
  it('has unique ids, in the catalogue and in the registry', () => {
    const ids = CATALOGUE.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const registered = allRules.map((r) => r.id);
    expect(new Set(registered).size).toBe(registered.length);
    expect(registered.length).toBeGreaterThan(0);
  });

  it('registers every rule the catalogue marks implemented, and only those', () => {
    const registered = new Set(allRules.map((r) => r.id));
    const implemented = CATALOGUE.filter((e) => e.implemented === true).map((e) => e.id);
    expect(implemented.filter((id) => !registered.has(id))).toEqual([]);
    const notImplemented = CATALOGUE.filter((e) => e.implemented !== true);
    for (const e of notImplemented) {
      expect(registered.has(e.id), e.id).toBe(false);
      expect(typeof e.implemented === 'object' && e.implemented.reason.length > 20, e.id).toBe(true);
    }
  });

  const doc = '/work/shared/docs/report-format.md';
  it.skipIf(!existsSync(doc))('covers every rule id of report-format.md §8', () => {
    const text = readFileSync(doc, 'utf8');
    const section8 = text.slice(text.indexOf('## 8. Validation rule catalogue'), text.indexOf('## 9.'));
    const ids = new Set([...section8.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]));
    expect(ids.size).toBeGreaterThan(50);
    expect([...ids].filter((id) => !catalogueById.has(id))).toEqual([]);
    expect(CATALOGUE.map((e) => e.id).filter((id) => !ids.has(id))).toEqual([]);
  });

  for (const rule of allRules) {
    describe(rule.id, () => {
      it('lives in core/rules/<id>.ts as its default export', async () => {
        const file = `core/rules/${rule.id}.ts`;
        expect(existsSync(root + file), file).toBe(true);
        const mod = (await import(`../../core/rules/${rule.id}.ts`)) as { default: unknown };
        expect(mod.default).toBe(rule);
      });

      it('has a test file tests/rules/<id>.test.ts', () => {
        expect(existsSync(`${root}tests/rules/${rule.id}.test.ts`), `tests/rules/${rule.id}.test.ts`).toBe(true);
      });

      it('has docs in zh-CN and en', () => {
        for (const lang of LANGS) {
          const docs = rule.meta.docs[lang];
          expect(docs, lang).toBeDefined();
          expect(docs.name.trim().length, `${lang} name`).toBeGreaterThan(1);
          expect(docs.description.trim().length, `${lang} description`).toBeGreaterThan(10);
          expect(docs.fix.trim().length, `${lang} fix`).toBeGreaterThan(3);
        }
        expect(rule.meta.docs['zh-CN'].name).toMatch(/[\u4e00-\u9fff]/);
      });

      it('has the same message ids in both languages', () => {
        const zh = rule.messages['zh-CN'];
        const en = rule.messages.en;
        expect(Object.keys(zh).length).toBeGreaterThan(0);
        expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
        for (const id of Object.keys(zh)) {
          expect(zh[id].trim().length, id).toBeGreaterThan(0);
          expect(en[id].trim().length, id).toBeGreaterThan(0);
          // The English message shows every datum the Chinese (default) one shows.
          const en_ = placeholders(en[id]);
          expect(placeholders(zh[id]).filter((p) => !en_.includes(p)), `${rule.id}.${id}`).toEqual([]);
        }
      });

      it('agrees with its catalogue entry (default severity, category)', () => {
        const entry = catalogueById.get(rule.id);
        expect(entry, `catalogue entry for ${rule.id}`).toBeDefined();
        expect(entry!.implemented).toBe(true);
        expect(rule.meta.defaultSeverity).toBe(entry!.defaultSeverity);
        expect(rule.meta.category).toBe(entry!.category);
      });
    });
  }
});
