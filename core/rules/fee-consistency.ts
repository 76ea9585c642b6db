import { defineRule } from './define-rule.ts';
import type { CellRef } from '../model/finding.ts';
import { APPLICANT_COLUMNS } from '../model/keys.ts';
import { hasApplicationsTable } from './prose/applies.ts';
import { findNumbers } from './prose/numbers.ts';
import { reportSentences, sectionBody, textAnchor, type Sentence } from './prose/sentences.ts';

const FEE_WORD = /信息处理费|处理费|收费通知/;
const FEE_CHARGED = /(?:收取|收缴|缴纳|收到)[^。；]{0,24}(?:信息)?处理费|(?:信息)?处理费[^。；]{0,12}(?:收取|收缴|共计|合计|为)/;
const NO_FEE = /(?:未|无|没有|不)(?:收取|收缴|产生|发生|涉及)[^。；，]{0,10}(?:信息)?处理费|(?:信息)?处理费[^。；，\d]{0,6}(?:为0|为零|0元)(?![\d.])/;

function chargedAmount(sentence: Sentence): number {
  if (!FEE_CHARGED.test(sentence.text) || NO_FEE.test(sentence.text)) return 0;
  return findNumbers(sentence.text)
    .filter((t) => t.unit === '元' || t.unit === '万元')
    .reduce((max, t) => Math.max(max, t.unit === '万元' ? t.value * 10000 : t.value), 0);
}

/**
 * 表三 （六）2 逾期未缴费 > 0 means fee notices were issued, so section 六 must report 信息处理费; a stated fee > 0 contradicts
 * a 「未收取」 claim elsewhere. 表二 行政事业性收费 is deliberately NOT used (a different kind of fee; report-format.md §8.3).
 */
export default defineRule({
  id: 'fee-consistency',
  meta: {
    category: 'prose',
    defaultSeverity: 'warning',
    docs: {
      'zh-CN': {
        name: '信息处理费说明与表三一致',
        description: '表三「（六）2.逾期未缴费」大于0说明发出过收费通知，第六部分应说明信息处理费的收取情况；正文既称收取了信息处理费又称未收取，自相矛盾。表二「行政事业性收费」与信息处理费无关，不作比较。',
        fix: '在「六、其他需要报告的事项」中说明本年度发出收费通知的件数、金额和实际收取的信息处理费总额，并删除矛盾的表述。',
      },
      en: {
        name: 'Information processing fees are reported consistently',
        description: 'Table 3 row III(6)2 (fee unpaid) above 0 means fee notices were issued, so section VI must report the information processing fees; the text must not both state a fee and deny charging one. Table 2 administrative fees are a different thing and are not used.',
        fix: 'In section VI, state the number and amount of fee notices and the total collected, and remove contradictory statements.',
      },
    },
  },
  messages: {
    'zh-CN': {
      notReported: '表三「逾期未缴费」为 {count} 件，说明发出过收费通知，但第六部分未说明信息处理费情况',
      contradiction: '正文称收取信息处理费 {amount} 元，又称未收取信息处理费',
    },
    en: {
      notReported: 'Table 3 "fee unpaid" is {count}, so fee notices were issued, but section VI says nothing about information processing fees',
      contradiction: 'The text states {amount} yuan of information processing fees were charged, and also that none were charged',
    },
  },
  appliesTo: hasApplicationsTable,
  check(ctx) {
    const report = ctx.report;
    const row = report.tables.applications['other.unpaidFee'];
    if (row) {
      const cols = APPLICANT_COLUMNS.filter((c) => (row[c]?.value ?? 0) > 0);
      const totalCol = (row.total?.value ?? 0) > 0 ? ['total'] : [];
      const cells: CellRef[] = [...cols, ...totalCol].map((col) => ({ table: 'applications', row: 'other.unpaidFee', col }));
      if (cells.length > 0) {
        const six = sectionBody(report, 6);
        if (!six || !FEE_WORD.test(six.text)) {
          const count = row.total?.value ?? cols.reduce((s, c) => s + (row[c]?.value ?? 0), 0);
          ctx.fail({
            messageId: 'notReported',
            data: { count },
            cells,
            text: six ? [textAnchor(report, six.start, six.start + six.text.length)] : [],
            expected: 'fee statement',
            actual: six ? six.text.trim().slice(0, 40) : null,
          });
        }
      }
    }
    const sentences = reportSentences(report);
    // The first sentence stating a fee and the first denying one; the (costlier) fee reading only when a denial exists.
    const denial = sentences.find((s) => NO_FEE.test(s.text));
    let charged: { s: Sentence; amount: number } | undefined;
    for (let i = 0; denial && i < sentences.length && !charged; i++) {
      const amount = chargedAmount(sentences[i]);
      if (amount > 0) charged = { s: sentences[i], amount };
    }
    if (charged && denial) {
      ctx.fail({
        messageId: 'contradiction',
        data: { amount: charged.amount },
        text: [textAnchor(report, charged.s.start, charged.s.end), textAnchor(report, denial.start, denial.end)],
        expected: charged.amount,
        actual: 0,
      });
    }
  },
});
