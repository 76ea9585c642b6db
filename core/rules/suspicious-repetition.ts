import { defineRule } from './define-rule.ts';
import type { CellRef } from '../model/finding.ts';
import { APPLICANT_COLUMNS, REVIEW_PARTS, REVIEW_ROWS } from '../model/keys.ts';
import { hasApplicationsTable } from './prose/applies.ts';

const NON_LEAF = new Set(['received', 'carriedOver', 'resultsTotal', 'carriedForward']);
const OTHER_APPLICANTS = APPLICANT_COLUMNS.filter((c) => c !== 'naturalPerson');

/**
 * Implausible patterns (info): the same number in many 表三/表四 detail cells, or every applicant column except 自然人 blank
 * while 总计 ≠ 自然人 (report-format.md §8.8).
 */
export default defineRule({
  id: 'suspicious-repetition',
  meta: {
    category: 'plausibility',
    defaultSeverity: 'info',
    defaultOptions: { minValue: 10, minRepeats: 5 },
    docs: {
      'zh-CN': {
        name: '可疑的重复数字',
        description: '同一个数字出现在许多明细单元格中，或除自然人外各列均为空而总计却不等于自然人，往往是复制粘贴或错列填写。',
        fix: '逐格核对表三、表四的明细数字。',
      },
      en: {
        name: 'Suspicious repetition',
        description: 'The same number in many detail cells, or all applicant columns but natural persons blank while the total differs from natural persons, usually means copy-paste or shifted columns.',
        fix: 'Check the Table 3 and Table 4 detail cells one by one.',
      },
    },
  },
  messages: {
    'zh-CN': {
      repeated: '数字 {value} 在 {count} 个明细单元格中重复出现',
      onlyNaturalPerson: '{count} 行除自然人外各列均为空，但总计不等于自然人',
    },
    en: {
      repeated: 'The number {value} appears in {count} detail cells',
      onlyNaturalPerson: 'In {count} rows every applicant column but natural persons is blank, yet the total differs from natural persons',
    },
  },
  appliesTo: hasApplicationsTable,
  check(ctx) {
    const { applications, reviewLitigation } = ctx.report.tables;
    const byValue = new Map<number, CellRef[]>();
    const add = (ref: CellRef, value: number | null) => {
      if (value === null || value < Number(ctx.options.minValue)) return;
      const list = byValue.get(value) ?? [];
      list.push(ref);
      byValue.set(value, list);
    };
    for (const [row, cells] of Object.entries(applications)) {
      if (NON_LEAF.has(row)) continue;
      for (const col of APPLICANT_COLUMNS) add({ table: 'applications', row, col }, cells[col]?.value ?? null);
    }
    for (const row of REVIEW_ROWS) for (const col of REVIEW_PARTS) add({ table: 'reviewLitigation', row, col }, reviewLitigation[row]?.[col]?.value ?? null);
    for (const [value, cells] of byValue) {
      if (cells.length < Number(ctx.options.minRepeats)) continue;
      ctx.fail({ messageId: 'repeated', data: { value, count: cells.length }, cells, actual: value });
    }
    const cells: CellRef[] = [];
    const related: CellRef[] = [];
    for (const [row, r] of Object.entries(applications)) {
      const np = r.naturalPerson;
      const total = r.total;
      if (!np || !total || np.value === null || total.value === null || np.value === total.value) continue;
      if (!OTHER_APPLICANTS.every((c) => !r[c] || r[c].semantics === 'blank' || r[c].semantics === 'placeholder')) continue;
      cells.push({ table: 'applications', row, col: 'total' });
      related.push({ table: 'applications', row, col: 'naturalPerson' });
    }
    if (cells.length > 0) ctx.fail({ messageId: 'onlyNaturalPerson', data: { count: cells.length }, cells, related });
  },
});
