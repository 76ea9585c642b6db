import { defineRule } from './define-rule.ts';
import { plainTables } from '../model/plain.ts';
import { isConsecutive } from './cross-year/pairing.ts';
import { duplicateShare, reportSentenceTexts, sentenceSet } from './cross-year/similarity.ts';

function nonZeroValues(tables: ReturnType<typeof plainTables>): number {
  let n = 0;
  for (const table of Object.values(tables)) for (const row of Object.values(table)) for (const v of Object.values(row)) if (v) n++;
  return n;
}

/** More than half of the sentences repeat last year's report, or the tables are identical (report-format.md §8.6, 「内容雷同」). */
export default defineRule({
  id: 'copied-from-previous-year',
  meta: {
    category: 'cross-year',
    defaultSeverity: 'warning',
    needsPrevious: true,
    defaultOptions: { threshold: 0.5, minSentences: 5, minSentenceLength: 15, ignoreNumbers: true, minNonZeroCells: 3 },
    docs: {
      'zh-CN': {
        name: '与上年报告雷同',
        description: '年报格式通知要求杜绝「内容雷同」，考核中与上年度重复率大于50%的要扣分。超过一半的句子与上年相同（数字不计），或三张表格与上年完全相同，都说明报告可能照搬了上年。',
        fix: '按本年度实际工作重写正文，核对表格数据是否为本年度统计。',
      },
      en: {
        name: 'Copied from last year\'s report',
        description: 'The format notice forbids reports that repeat earlier ones, and assessments penalise more than 50% overlap with last year. More than half of the sentences equal to last year\'s (ignoring numbers), or identical tables, suggest the report was copied.',
        fix: 'Rewrite the text for this year\'s work and check that the tables hold this year\'s statistics.',
      },
    },
  },
  messages: {
    'zh-CN': {
      sentences: '{duplicated}/{total} 句（{percent}%）与上一年度（{previousYear}年）报告相同，超过 {threshold}%',
      identicalTables: '三张统计表的数据与上一年度（{previousYear}年）报告完全相同',
    },
    en: {
      sentences: '{duplicated} of {total} sentences ({percent}%) repeat last year\'s ({previousYear}) report, above {threshold}%',
      identicalTables: 'All table values are identical to last year\'s ({previousYear}) report',
    },
  },
  appliesTo: (report, previous) => isConsecutive(report, previous),
  check(ctx) {
    const { report, options } = ctx;
    const previous = ctx.previous!;
    const minLength = Number(options.minSentenceLength);
    const ignoreNumbers = options.ignoreNumbers !== false;
    const threshold = Number(options.threshold);
    const current = sentenceSet(reportSentenceTexts(report), minLength, ignoreNumbers);
    const before = sentenceSet(reportSentenceTexts(previous), minLength, ignoreNumbers);
    const { share, duplicated, total } = duplicateShare(current, before);
    if (total >= Number(options.minSentences) && share > threshold) {
      ctx.fail({
        messageId: 'sentences',
        data: { duplicated, total, percent: Math.round(share * 1000) / 10, threshold: threshold * 100, previousYear: previous.year },
        text: report.sections.map((s) => s.titleAnchor).slice(0, 1),
        expected: `≤ ${threshold * 100}%`,
        actual: Math.round(share * 1000) / 10,
      });
    }
    const standard = (r: typeof report) => r.formatVersion === '2021' || r.formatVersion === '2019';
    if (standard(report) && report.formatVersion === previous.formatVersion) {
      const a = plainTables(report.tables);
      const b = plainTables(previous.tables);
      if (nonZeroValues(a) >= Number(options.minNonZeroCells) && JSON.stringify(a) === JSON.stringify(b)) {
        ctx.fail({ messageId: 'identicalTables', data: { previousYear: previous.year }, expected: 'different values', actual: 'identical' });
      }
    }
  },
});
