import { defineRule } from './define-rule.ts';
import { APPLICANT_COLUMNS, APPLICATION_COLUMNS, REVIEW_PARTS, REVIEW_ROWS } from '../model/keys.ts';
import type { CellRef } from '../model/finding.ts';
import type { Report } from '../model/report.ts';
import { label } from '../i18n/format.ts';
import { isLegacyReport, resultLeaves } from './lib/format-artefacts.ts';
import { cellAt, isBlankLike, ref } from './lib/cells.ts';
import { tidy } from './lib/identity.ts';

interface Gap {
  key: string;
  total: CellRef;
  parts: CellRef[];
}

/** Parts that hold a non-zero number, and their sum. */
function filled(report: Report, parts: CellRef[]): { refs: CellRef[]; sum: number } {
  const refs: CellRef[] = [];
  let sum = 0;
  for (const p of parts) {
    const c = cellAt(report, p);
    if (c?.semantics === 'number' && c.value !== null) {
      refs.push(p);
      sum += c.value;
    }
  }
  return { refs, sum: tidy(sum) };
}

/** A total cell (表三 总计 column, 表三 （七）总计 row, 表四 block totals) left blank or 「/」 while its parts hold numbers. */
export default defineRule({
  id: 'total-blank',
  meta: {
    category: 'arithmetic',
    defaultSeverity: 'error',
    docs: {
      'zh-CN': {
        name: '总计栏未填',
        description: '总计单元格为空或填「/」「—」，而其组成项有数字：总计未填写，读者无法核对，也无法与上下年度比较。',
        fix: '在总计单元格填入各组成项之和。',
      },
      en: {
        name: 'Total left blank',
        description: 'A total cell is empty or holds a placeholder such as "/" while its parts hold numbers: the total was not filled in, so it can be neither checked nor compared across years.',
        fix: 'Fill the total cell with the sum of its parts.',
      },
    },
  },
  messages: {
    'zh-CN': {
      totalColumn: '表三「总计」列未填（{items}）：各列之和 = {expected}',
      resultsTotal: '表三「（七）总计」行未填（{items}）：各办理结果之和 = {expected}',
      reviewTotal: '表四总计未填（{items}）：各项之和 = {expected}',
    },
    en: {
      totalColumn: 'Table 3 Total column left blank ({items}): the applicant columns add up to {expected}',
      resultsTotal: 'Table 3 row (7) Total left blank ({items}): the results add up to {expected}',
      reviewTotal: 'Table 4 total left blank ({items}): the parts add up to {expected}',
    },
  },
  appliesTo: (report) =>
    !isLegacyReport(report) && (report.tableInfo.applications.found || report.tableInfo.reviewLitigation.found),
  check(ctx) {
    const report = ctx.report;
    const apps = report.tables.applications;
    const emit = (messageId: string, gaps: Gap[], name: (g: Gap) => ReturnType<typeof label>) => {
      // Parts are summed only under a blank total (most totals are filled in).
      const found: { g: Gap; cell: NonNullable<ReturnType<typeof cellAt>>; f: ReturnType<typeof filled> }[] = [];
      for (const g of gaps) {
        const cell = cellAt(report, g.total);
        if (!cell || !isBlankLike(cell)) continue;
        const f = filled(report, g.parts);
        if (f.refs.length > 0) found.push({ g, cell, f });
      }
      if (!found.length) return;
      ctx.fail({
        messageId,
        data: { items: found.map(({ g }) => name(g)), expected: found.map(({ f }) => f.sum) },
        cells: found.map(({ g }) => g.total),
        related: found.flatMap(({ f }) => f.refs),
        expected: Object.fromEntries(found.map(({ g, f }) => [g.key, f.sum])),
        actual: Object.fromEntries(found.map(({ g, cell }) => [g.key, cell.raw || null])),
      });
    };
    const rows: Gap[] = Object.keys(apps).map((row) => ({
      key: row,
      total: ref('applications', row, 'total'),
      parts: APPLICANT_COLUMNS.map((col) => ref('applications', row, col)),
    }));
    emit('totalColumn', rows, (g) => label({ table: 'applications', row: g.key }));
    const leaves = resultLeaves(apps);
    const cols: Gap[] = apps.resultsTotal
      ? APPLICATION_COLUMNS.filter((c) => c !== 'total').map((col) => ({
          key: col,
          total: ref('applications', 'resultsTotal', col),
          parts: leaves.map((row) => ref('applications', row, col)),
        }))
      : [];
    emit('resultsTotal', cols, (g) => label({ table: 'applications', col: g.key }));
    const blocks: Gap[] = REVIEW_ROWS.map((row) => ({
      key: row,
      total: ref('reviewLitigation', row, 'total'),
      parts: REVIEW_PARTS.map((col) => ref('reviewLitigation', row, col)),
    }));
    emit('reviewTotal', blocks, (g) => label({ table: 'reviewLitigation', row: g.key }));
  },
});
