import { defineRule } from './define-rule.ts';
import { APPLICATION_COLUMNS } from '../model/keys.ts';
import { bodyAnchor, sectionOf } from './lib/text.ts';

const FEE = /信息处理费|处理费|收费/;
const BARE = /^(无|暂无|没有|无其他需要报告的事项|本年度无其他需要报告的事项|无需要报告的事项)?$/;

/**
 * Section 六 is non-empty and, from 2021 on, addresses 信息处理费 (《政府信息公开信息处理费管理办法》). A bare 「无。」
 * is acceptable only when no fee notice was issued: a warning, never an error (seed 湘乡 2023).
 */
export default defineRule({
  id: 'section6-fee-statement',
  meta: {
    category: 'structure',
    defaultSeverity: 'warning',
    docs: {
      'zh-CN': {
        name: '「其他需要报告的事项」说明信息处理费',
        description: '第六部分应报告依据《政府信息公开信息处理费管理办法》收取信息处理费的情况（发出收费通知的件数、金额和实际收取金额），未收取也宜写明。只写「无」读者无法判断是否收费。',
        fix: '在第六部分写明本年度信息处理费的收取情况（如「本年度未收取信息处理费」），并报告其他需要报告的事项。',
      },
      en: {
        name: 'Section 6 states the processing fee',
        description: 'Section 6 must report the information processing fees charged under the 2020 fee measures (fee notices, amounts, amounts collected); saying none were charged is good practice. A bare “none” leaves readers unable to tell.',
        fix: 'State this year’s processing fees in section 6 (e.g. “no processing fee was charged this year”), and any other matters to report.',
      },
    },
  },
  messages: {
    'zh-CN': {
      empty: '第六部分「其他需要报告的事项」没有内容',
      bareNone: '第六部分只写「{actual}」，未说明信息处理费收取情况',
      feeNoticeUnreported: '表三（六）2 逾期未缴费为 {count} 件，说明发出过收费通知，但第六部分未报告信息处理费',
      noFeeStatement: '第六部分未说明信息处理费收取情况',
    },
    en: {
      empty: 'Section 6 (other matters) is empty',
      bareNone: 'Section 6 only says 「{actual}」 and does not state the processing fees',
      feeNoticeUnreported: 'Table 3 (6)2 (fee unpaid) is {count}, so fee notices were issued, but section 6 does not report processing fees',
      noFeeStatement: 'Section 6 does not state the processing fees',
    },
  },
  appliesTo: (report) => sectionOf(report, 6) !== undefined,
  check(ctx) {
    const section = sectionOf(ctx.report, 6)!;
    const body = section.text.trim();
    const at = bodyAnchor(ctx.report, section);
    if (!body) {
      ctx.fail({ messageId: 'empty', text: [section.titleAnchor], actual: '' });
      return;
    }
    const year = ctx.report.year;
    if (year === null || year < 2021 || FEE.test(body)) return;
    const unpaid = ctx.report.tables.applications['other.unpaidFee'];
    const count = unpaid?.total?.value ?? APPLICATION_COLUMNS.slice(0, 6).reduce((s, c) => s + (unpaid?.[c]?.value ?? 0), 0);
    if (count > 0) {
      ctx.fail({
        messageId: 'feeNoticeUnreported',
        data: { count },
        text: [at],
        related: [{ table: 'applications', row: 'other.unpaidFee', col: 'total' }],
        expected: 'fee statement',
        actual: body.slice(0, 40),
      });
    } else if (BARE.test(body.replace(/[\s。.！!；;]/g, ''))) {
      ctx.fail({ messageId: 'bareNone', data: { actual: body }, text: [at], expected: 'fee statement', actual: body });
    } else {
      ctx.fail({ messageId: 'noFeeStatement', text: [at], severity: 'info', expected: 'fee statement', actual: null });
    }
  },
});
