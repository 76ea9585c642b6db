import { defineRule } from './define-rule.ts';
import type { TableKey } from '../model/keys.ts';
import { label } from '../i18n/format.ts';
import { findAnchor } from './lib/text.ts';
import { readNumber } from './lib/dates.ts';

const TABLES: TableKey[] = ['active', 'applications', 'reviewLitigation'];
/** A year written as a year: 「2023年」, 「２０２３年度」, 「二〇二三年」. */
const YEAR = /([12][0-9]{3}|[12１２][０-９]{3}|[一二][〇零一二三四五六七八九]{3})\s*年/g;

/** Every year mentioned in the table captions and notes equals the reporting year Y (report-format.md §8.4). */
export default defineRule({
  id: 'caption-year',
  meta: {
    category: 'dates',
    defaultSeverity: 'warning',
    docs: {
      'zh-CN': {
        name: '表格标题年度',
        description: '表格标题或表注中写明的年度（如「（2023年）」）应与报告年度一致；不一致通常是沿用了上年的表格。',
        fix: '核对表格数据所属年度，更正表格标题中的年份。',
      },
      en: {
        name: 'Year in table captions',
        description: 'A year written in a table caption or note (e.g. "(2023)") should be the reporting year; a different year usually means last year’s table was reused.',
        fix: 'Check which year the table covers and correct the caption.',
      },
    },
  },
  messages: {
    'zh-CN': { wrongYear: '{table}的标题「{caption}」写的是 {actual} 年，报告年度为 {expected} 年' },
    en: { wrongYear: 'The caption of {table}, "{caption}", says {actual}; the reporting year is {expected}' },
  },
  appliesTo: (report) => report.year !== null && TABLES.some((t) => report.tableInfo[t].captions.length > 0),
  check(ctx) {
    const year = ctx.report.year;
    if (year === null) return;
    for (const table of TABLES) {
      for (const caption of ctx.report.tableInfo[table].captions) {
        for (const m of caption.matchAll(YEAR)) {
          const found = readNumber(m[1]);
          if (found === null || found === year) continue;
          const at = findAnchor(ctx.report, caption);
          ctx.fail({
            messageId: 'wrongYear',
            data: { table: label({ table }), caption, expected: year, actual: found },
            text: at ? [at] : [],
            expected: year,
            actual: found,
          });
          break;
        }
      }
    }
  },
});
