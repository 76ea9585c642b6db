import { defineRule } from './define-rule.ts';
import { sentenceClaims, type Claim } from './prose/claims.ts';
import { FULL_STOP, reportSentences, textAnchor } from './prose/sentences.ts';

/**
 * Percentages in prose: those attached to counts in one sentence add up to ≤ 100%, and each equals its count divided by
 * the sentence's leading total (「办结81件，其中：…42件，占51.85%」), ±0.1 pp (report-format.md §8.8).
 */
export default defineRule({
  id: 'percent-consistency',
  meta: {
    category: 'plausibility',
    defaultSeverity: 'warning',
    defaultOptions: { tolerancePp: 0.1 },
    docs: {
      'zh-CN': {
        name: '正文百分比自洽',
        description: '同一句中各项占比之和不应超过100%，每项占比应等于该项件数除以总件数。',
        fix: '按正文所列件数重新计算百分比。',
      },
      en: {
        name: 'Percentages in the text are consistent',
        description: 'Shares listed in one sentence must not add up to more than 100%, and each must equal its count divided by the stated total.',
        fix: 'Recompute the percentages from the counts in the text.',
      },
    },
  },
  messages: {
    'zh-CN': {
      sumOver100: '同一句中各项占比之和为 {sum}%，超过 100%',
      mismatch: '{count} 件 ÷ {total} 件 = {expected}%，正文写作 {stated}%',
    },
    en: {
      sumOver100: 'The shares in one sentence add up to {sum}%, more than 100%',
      mismatch: '{count} ÷ {total} = {expected}%, but the text says {stated}%',
    },
  },
  check(ctx) {
    const report = ctx.report;
    const tolerance = Number(ctx.options.tolerancePp);
    for (const sentence of reportSentences(report, [1, 2, 3, 4], FULL_STOP)) {
      const claims = sentenceClaims(sentence);
      const withPercent = claims.filter((c): c is Claim & { percent: NonNullable<Claim['percent']> } => !!c.percent);
      if (withPercent.length === 0) continue;
      const sum = Math.round(withPercent.reduce((s, c) => s + c.percent.value, 0) * 100) / 100;
      if (withPercent.length >= 2 && sum > 100 + tolerance * withPercent.length) {
        ctx.fail({ messageId: 'sumOver100', data: { sum }, text: [textAnchor(report, sentence.start, sentence.end)], expected: '≤ 100', actual: sum });
      }
      const first = withPercent[0];
      const total = claims.find((c) => !c.percent && c.token.start < first.token.start && withPercent.every((p) => p.token.value <= c.token.value));
      if (!total || total.token.value === 0) continue;
      for (const c of withPercent) {
        const expected = Math.round((c.token.value / total.token.value) * 10000) / 100;
        if (Math.abs(expected - c.percent.value) <= tolerance + 1e-9) continue;
        ctx.fail({
          messageId: 'mismatch',
          data: { count: c.token.value, total: total.token.value, expected, stated: c.percent.value },
          text: [textAnchor(report, c.start, c.end)],
          expected,
          actual: c.percent.value,
        });
      }
    }
  },
});
