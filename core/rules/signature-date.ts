import { defineRule } from './define-rule.ts';
import { findSignatureDate, isoDate } from './lib/dates.ts';

/** The signature date (if any) lies in Y+1 and not after the publication date (report-format.md §8.4). */
export default defineRule({
  id: 'signature-date',
  meta: {
    category: 'dates',
    defaultSeverity: 'warning',
    docs: {
      'zh-CN': {
        name: '落款日期',
        description: '报告落款日期应在报告年度的次年，且不晚于发布日期；落款在报告年度内，说明报告在年度结束前就已成文，或沿用了旧日期。',
        fix: '核对并更正落款日期。',
      },
      en: {
        name: 'Signature date',
        description: 'The date under the signature should fall in the year after the reporting year and not after the publication date; a date within the reporting year means the report was written before the year ended, or an old date was kept.',
        fix: 'Check and correct the signature date.',
      },
    },
  },
  messages: {
    'zh-CN': {
      notNextYear: '落款日期为 {signed}，{year} 年度报告应在 {expectedYear} 年落款',
      afterPublication: '落款日期 {signed} 晚于发布日期 {published}',
    },
    en: {
      notNextYear: 'Signed {signed}; a {year} report should be signed in {expectedYear}',
      afterPublication: 'Signed {signed}, after the publication date {published}',
    },
  },
  appliesTo: (report) => report.year !== null,
  check(ctx) {
    const { year, published } = ctx.report;
    if (year === null) return;
    const sig = findSignatureDate(ctx.report);
    if (!sig) return ctx.notApplicable('no-signature-date');
    const signed = sig.day === null ? `${sig.year}-${String(sig.month).padStart(2, '0')}` : isoDate(sig.year, sig.month, sig.day);
    if (sig.year !== year + 1) {
      ctx.fail({
        messageId: 'notNextYear',
        data: { signed, year, expectedYear: year + 1 },
        text: [sig.anchor],
        expected: year + 1,
        actual: sig.year,
      });
      return;
    }
    // Compare at the precision printed: a month-only signature is late only if its month is after publication's.
    if (published && signed > published.slice(0, signed.length)) {
      ctx.fail({ messageId: 'afterPublication', data: { signed, published }, text: [sig.anchor], expected: `≤ ${published}`, actual: signed });
    }
  },
});
