import { defineRule } from './define-rule.ts';
import type { CellRef } from '../model/finding.ts';
import { sameAgency } from './prose/agency.ts';
import { agencyLevel } from './prose/agency-level.ts';
import { hasActiveTable } from './prose/applies.ts';

function listed(agency: string | null, names: unknown): boolean {
  return !!agency && Array.isArray(names) && names.some((n) => typeof n === 'string' && sameAgency(agency, n));
}

/**
 * 规章 制发 / 现行有效 > 0 for a unit without rule-making power: county or township level, or their departments (立法法:
 * only 国务院部门, 省级 and 设区的市 governments make 规章). Cities are not judged from the name (a 市 may be county-level);
 * options `withoutPower` / `withPower` list agency names that override the name-based guess.
 */
export default defineRule({
  id: 'regulations-without-power',
  meta: {
    category: 'plausibility',
    defaultSeverity: 'warning',
    defaultOptions: { withoutPower: [], withPower: [] },
    docs: {
      'zh-CN': {
        name: '无规章制定权的单位填报了规章',
        description: '只有国务院部门和省、自治区、直辖市、设区的市、自治州人民政府能制定规章。县级、乡镇级单位及其部门的规章栏应为0，填了数字通常是把行政规范性文件填进了规章栏。',
        fix: '把误填的文件移到「行政规范性文件」行，规章栏填0。',
      },
      en: {
        name: 'Regulations reported by a unit without rule-making power',
        description: 'Only State Council departments and provincial or districted-city governments make 规章. County and township units and their departments should report 0; a number there usually belongs to the normative-documents row.',
        fix: 'Move the documents to the normative-documents row and report 0 regulations.',
      },
    },
  },
  messages: {
    'zh-CN': { hasRegulations: '{agency}为县级或乡镇级单位，无规章制定权，但规章栏填报 {values}' },
    en: { hasRegulations: '{agency} is a county- or township-level unit without rule-making power, but reports regulations {values}' },
  },
  appliesTo: hasActiveTable,
  check(ctx) {
    const agency = ctx.report.agency;
    if (listed(agency, ctx.options.withPower)) return;
    const level = agencyLevel(agency);
    if (!listed(agency, ctx.options.withoutPower) && level !== 'county' && level !== 'township') {
      ctx.notApplicable('rule-making-power-unknown');
      return;
    }
    const row = ctx.report.tables.active.regulations ?? {};
    // 2019: only 本年新制作数量 — 对外公开总数量 may count superior regulations the unit republished (平潭 2020: 0 / 0 / 7).
    const cols = ctx.report.formatVersion === '2019' ? ['made'] : ['issued', 'inForce'];
    const cells: CellRef[] = cols.filter((c) => (row[c]?.value ?? 0) > 0).map((col) => ({ table: 'active', row: 'regulations', col }));
    if (cells.length === 0) return;
    const values = cols.map((c) => row[c]?.value ?? 0);
    ctx.fail({ messageId: 'hasRegulations', data: { agency: agency ?? '', values }, cells, expected: 0, actual: values });
  },
});
