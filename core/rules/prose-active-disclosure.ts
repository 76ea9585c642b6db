import { defineRule } from './define-rule.ts';
import { label } from '../i18n/format.ts';
import type { Report } from '../model/report.ts';
import { hasActiveTable } from './prose/applies.ts';
import { claimsOf, COMPARATIVE } from './prose/claims.ts';
import { reportClaim } from './prose/report-claim.ts';
import { aboutOtherYear } from './prose/scope.ts';
import { reportSentences } from './prose/sentences.ts';
import { ref, sumCells, type TableValue } from './prose/table-values.ts';

/** The document type right before the number: 「…行政规范性文件62件」. */
const DOC = /(规范性文件|规章)[^，。；：\d]{0,4}$/;
const COLUMNS = [
  { col: 'inForce', re: /现行有效|有效的/ },
  { col: 'repealed', re: /废止|宣布失效/ },
  { col: 'issued', re: /制发|印发|出台|制定|新发布|本年度发布|本年发布/ },
] as const;

type Column = (typeof COLUMNS)[number]['col'];

function value(report: Report, row: string, col: Column): TableValue {
  return sumCells(report, [ref('active', row, col)]);
}

/** Prose about 规章 / 行政规范性文件 制发 / 废止 / 现行有效 counts matches 表二 (2021 format; report-format.md §8.3). */
export default defineRule({
  id: 'prose-active-disclosure',
  meta: {
    category: 'prose',
    defaultSeverity: 'warning',
    docs: {
      'zh-CN': {
        name: '正文规章和规范性文件数与表二一致',
        description: '正文所述规章、行政规范性文件的制发、废止、现行有效件数应与表二第二十条第（一）项一致。',
        fix: '核对正文与表二相应单元格，更正错误的一处；若正文为清理后的口径，请写明。',
      },
      en: {
        name: 'Regulation and normative-document counts in the text match Table 2',
        description: 'Counts of regulations and normative documents issued, repealed or in force stated in the text must agree with Table 2, Art. 20(1).',
        fix: 'Compare the text with the Table 2 cell and correct the wrong figure; if the text uses a post-clean-up count, say so.',
      },
    },
  },
  messages: {
    'zh-CN': {
      mismatch: '正文称{what} {stated} 件，{cell}为 {table}',
      mismatchScope: '正文称「{scope}」{what} {stated} 件，{cell}为 {table}：口径可能不同，请人工核对',
    },
    en: {
      mismatch: 'The text says {stated} ({what}); {cell} is {table}',
      mismatchScope: 'The text says {stated} ({what}, "{scope}"); {cell} is {table}: the scope may differ, please review',
    },
  },
  appliesTo: (report) => hasActiveTable(report) && report.formatVersion === '2021',
  check(ctx) {
    const report = ctx.report;
    for (const claim of claimsOf(reportSentences(report, [1, 2, 3, 4, 6]))) {
      const { clause } = claim;
      if (COMPARATIVE.test(clause) || aboutOtherYear(claim.sentence, report)) continue;
      const doc = DOC.exec(clause);
      if (!doc) continue;
      const before = clause.slice(Math.max(0, doc.index - 24), doc.index);
      const column = COLUMNS.find((c) => c.re.test(before));
      if (!column) continue; // 「清理规范性文件N件」「审核…N件」: no table column
      const row = doc[1] === '规章' ? 'regulations' : 'normativeDocuments';
      if (row === 'normativeDocuments' && /规章/.test(before)) continue; // 「规章和规范性文件共N件」
      const primary = value(report, row, column.col);
      const both = sumCells(report, [ref('active', 'regulations', column.col), ref('active', 'normativeDocuments', column.col)]);
      const alternatives = [both];
      if (column.col === 'inForce') {
        // 「清理并集中发布现行有效行政规范性文件393件，动态更新本年度制发的…77件」: 393 + 77 = 470 (平潭 2023).
        const issued = value(report, row, 'issued');
        if (primary.value !== null && issued.value !== null) alternatives.push({ ...primary, value: primary.value - issued.value });
      }
      reportClaim(ctx, {
        claim,
        primary,
        alternatives,
        messageId: 'mismatch',
        lowered: /清理/.test(claim.sentence.text),
        data: { what: `${doc[1]}${column.re.exec(before)![0]}`, cell: label({ table: 'active', row, col: column.col }) },
      });
    }
  },
});
