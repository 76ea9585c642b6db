import { describe, expect, it } from 'vitest';
import { BADGE_COLORS, badgeLook } from '../../extension/background/badge.ts';

describe('badgeLook', () => {
  it('shows the error count in red when there are errors', () => {
    const look = badgeLook({ error: 2, warning: 3, info: 1 }, 'zh-CN');
    expect(look).toMatchObject({ text: '2', color: BADGE_COLORS.error });
    expect(look.title).toBe('年报审查助手：本页年报发现 2 个错误、3 个警告、1 条提示。点击查看详情。');
  });

  it('falls back to warnings, then notes, then a check mark', () => {
    expect(badgeLook({ error: 0, warning: 3, info: 1 }, 'zh-CN')).toMatchObject({ text: '3', color: BADGE_COLORS.warning });
    expect(badgeLook({ error: 0, warning: 0, info: 4 }, 'en')).toMatchObject({ text: '4', color: BADGE_COLORS.info });
    const clean = badgeLook({ error: 0, warning: 0, info: 0 }, 'en');
    expect(clean).toMatchObject({ text: '✓', color: BADGE_COLORS.clean });
    expect(clean.title).toMatch(/no problems/);
  });
});
