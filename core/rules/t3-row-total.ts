import { defineRule } from './define-rule.ts';
import { APPLICANT_COLUMNS } from '../model/keys.ts';
import { label } from '../i18n/format.ts';
import { isLegacyReport } from './lib/format-artefacts.ts';
import { reportIdentities, type IdentityCase } from './lib/column-check.ts';
import { ref } from './lib/cells.ts';

/** 表三, each row: 总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他 (§4.4 identity 3). */
export default defineRule({
  id: 't3-row-total',
  meta: {
    category: 'arithmetic',
    defaultSeverity: 'error',
    docs: {
      'zh-CN': {
        name: '表三各行总计',
        description: '表三每一行的「总计」应等于自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他六列之和。',
        fix: '核对该行六类申请人的数字与总计，更正填错的一项；空着的总计应填上合计数。',
      },
      en: {
        name: 'Table 3 row totals',
        description: 'In every row of Table 3 the Total column must equal the sum of the six applicant columns (natural persons, businesses, research, public-interest, legal services, other).',
        fix: 'Check the six applicant figures of the row against its total and correct the wrong one.',
      },
    },
  },
  messages: {
    'zh-CN': {
      mismatch: '总计列与六类申请人之和不符（{items}）：各列之和 = {expected}，总计填报 {actual}',
      mismatchBlanks: '总计列与六类申请人之和不符（{items}）：各列之和 = {expected}，总计填报 {actual}（含空白单元格，已按0计算）',
      undecidable: '总计列无法核对（{items}）：部分单元格无法识别为数字；按可读数字各列之和 = {expected}，总计 = {actual}',
      blanksAsZero: '总计列核对通过，但有空白单元格按0计算（{items}）',
    },
    en: {
      mismatch: 'The Total column does not equal the six applicant columns ({items}): they add up to {expected}, but the total reads {actual}',
      mismatchBlanks: 'The Total column does not equal the six applicant columns ({items}): they add up to {expected}, but the total reads {actual} (blank cells present, counted as 0)',
      undecidable: 'The Total column cannot be verified ({items}): some cells are not readable numbers; readable columns add up to {expected}, total {actual}',
      blanksAsZero: 'Row totals check out, but blank cells were counted as 0 ({items})',
    },
  },
  appliesTo: (report) => report.tableInfo.applications.found && !isLegacyReport(report),
  check(ctx) {
    const table = ctx.report.tables.applications;
    const cases: IdentityCase[] = [];
    for (const [row, cells] of Object.entries(table)) {
      const total = cells.total;
      if (!total) continue;
      const parts = APPLICANT_COLUMNS.filter((col) => cells[col]).map((col) => ref('applications', row, col));
      if (!parts.length) continue;
      // A blank total beside numbers is total-blank's finding.
      if (total.value === null && total.semantics !== 'text' && APPLICANT_COLUMNS.some((c) => cells[c]?.semantics === 'number')) continue;
      cases.push({
        key: row,
        name: label({ table: 'applications', row }),
        left: parts,
        right: [ref('applications', row, 'total')],
        cells: [ref('applications', row, 'total')],
        related: parts,
      });
    }
    reportIdentities(ctx, ctx.report, cases, 'applications');
  },
});
