import { describe, expect, it } from 'vitest';
import { t, UI_MESSAGES } from '../../extension/shared/ui-messages.ts';
import { readFileSync } from 'node:fs';

describe('UI catalogues', () => {
  it('have the same ids and placeholders in zh-CN and en, none empty', () => {
    const zh = UI_MESSAGES['zh-CN'];
    const en = UI_MESSAGES.en;
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const id of Object.keys(zh) as (keyof typeof zh)[]) {
      expect(zh[id].trim(), id).not.toBe('');
      expect(en[id].trim(), id).not.toBe('');
      const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(holes(en[id]), id).toEqual(holes(zh[id]));
    }
  });

  it('renders placeholders and leaves unknown ones visible', () => {
    expect(t('zh-CN', 'capture.findings', { count: 3 })).toBe('3 个问题');
    expect(t('en', 'capture.findings')).toBe('{count} findings');
  });

  it('the manifest locales define the same message names', () => {
    const load = (l: string) => JSON.parse(readFileSync(new URL(`../../extension/public/_locales/${l}/messages.json`, import.meta.url), 'utf8')) as Record<string, { message: string }>;
    const zh = load('zh_CN');
    const en = load('en');
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const name of ['extName', 'extDescription', 'actionTitle', 'commandNext', 'commandPrevious']) expect(zh[name]?.message).toBeTruthy();
  });
});
