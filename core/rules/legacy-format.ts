import { defineRule } from './define-rule.ts';
import { legacyMarker } from './lib/format-artefacts.ts';
import { findAnchor } from './lib/text.ts';

/** A report for 2019 or later that still uses the legacy 「政府信息公开情况统计表」 violates the format (report-format.md §8.5). */
export default defineRule({
  id: 'legacy-format',
  meta: {
    category: 'format',
    defaultSeverity: 'error',
    docs: {
      'zh-CN': {
        name: '使用已废止的旧式统计表',
        description: '2019年《条例》修订后，年度报告须按国家统一格式填报表二至表四。2019年度及以后的报告仍使用「政府信息公开情况统计表」（指标名称、计量单位、历年累计等）不符合格式要求，数据无法与其他机关比较。',
        fix: '按报告年度对应的国家格式（2021年度起为国办公开办函〔2021〕30号）重新编制表格。',
      },
      en: {
        name: 'Legacy statistics table',
        description: 'Since the 2019 revision of the Regulation, annual reports must use the national Tables 2–4. A report for 2019 or later that still uses the old local statistics table (indicator / unit / cumulative) does not follow the format, and its figures cannot be compared.',
        fix: 'Redo the tables in the national format of the reporting year (〔2021〕30号 from 2021).',
      },
    },
  },
  messages: {
    'zh-CN': {
      legacyTable: '{year} 年度报告仍使用旧式统计表（「{marker}」），应按国家统一格式填报',
      legacyStructure: '{year} 年度报告被识别为旧式报告（未找到国家格式表格），请人工确认',
    },
    en: {
      legacyTable: 'The {year} report still uses the legacy statistics table ("{marker}") instead of the national format',
      legacyStructure: 'The {year} report looks like a legacy report (no national-format tables found); please check',
    },
  },
  appliesTo: (report) => report.year !== null && report.year >= 2019,
  check(ctx) {
    const year = ctx.report.year;
    const marker = legacyMarker(ctx.report);
    if (marker) {
      const at = findAnchor(ctx.report, marker.marker);
      ctx.fail({ messageId: 'legacyTable', data: { year, marker: marker.marker }, text: at ? [at] : [], expected: '2019+', actual: 'legacy' });
    } else if (ctx.report.formatVersion === 'legacy') {
      ctx.needsReview({ messageId: 'legacyStructure', data: { year }, severity: 'warning', expected: '2019+', actual: 'legacy' });
    }
  },
});
