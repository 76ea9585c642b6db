import { defineRule } from './define-rule.ts';
import { detectVersion, requiredVersion, versionEvidence } from './lib/format-artefacts.ts';

/**
 * Detects the format version (report-format.md §6.3): 2021 / 2019 / legacy / mixed, and compares it with the
 * version the reporting year requires (Y ≥ 2021 → 2021; 2019–2020 → 2019; ≤ 2018 → legacy). Informational.
 */
export default defineRule({
  id: 'format-version',
  meta: {
    category: 'format',
    defaultSeverity: 'info',
    docs: {
      'zh-CN': {
        name: '格式版本',
        description: '识别报告所用的格式版本（2021版、2019版试行、2019年以前的旧式报告或新旧混用），并与报告年度应采用的版本对照；据此选用相应的核对规则（2019版表三为19项办理结果）。',
        fix: '按报告年度应采用的格式编制：2021年度起用国办公开办函〔2021〕30号格式，2019、2020年度用〔2019〕60号格式。',
      },
      en: {
        name: 'Format version',
        description: 'Detects the format version of the report (2021, the 2019 trial format, pre-2019 legacy, or a mix) and compares it with the version the reporting year requires; the matching rule set is applied (the 2019 Table 3 has 19 result lines).',
        fix: 'Use the format of the reporting year: 〔2021〕30号 from 2021, 〔2019〕60号 for 2019 and 2020.',
      },
    },
  },
  messages: {
    'zh-CN': {
      unexpected: '报告采用{detected}版格式，{year} 年度应采用{expected}版格式',
      legacyDetected: '报告为2019年以前的旧式格式，{year} 年度应采用{expected}版格式',
      beforeFormat: '{year} 年度报告采用了{detected}版格式，该格式当时尚未印发',
      mixed: '报告混用2021版与2019版格式的表格（{year} 年度），已按各表实际格式核对，请人工确认',
      undetected: '无法识别报告的格式版本（未找到标准表格），{year} 年度应采用{expected}版格式',
    },
    en: {
      unexpected: 'The report uses the {detected} format; a {year} report should use the {expected} format',
      legacyDetected: 'The report uses the pre-2019 legacy format; a {year} report should use the {expected} format',
      beforeFormat: 'The {year} report uses the {detected} format, which had not been issued yet',
      mixed: 'The {year} report mixes 2021-format and 2019-format tables; each table was checked by its own format, please confirm',
      undetected: 'The format version could not be detected (no standard tables found); a {year} report should use the {expected} format',
    },
  },
  appliesTo: (report) => report.year !== null,
  check(ctx) {
    const year = ctx.report.year;
    const expected = requiredVersion(year);
    if (year === null || expected === null) return;
    const detected = detectVersion(ctx.report);
    if (detected === expected) return;
    if (detected === 'mixed') {
      const e = versionEvidence(ctx.report);
      ctx.needsReview({ messageId: 'mixed', data: { year }, expected, actual: { v2021: e.v2021, v2019: e.v2019 } });
    } else if (detected === 'unknown') {
      if (expected !== 'legacy') ctx.needsReview({ messageId: 'undetected', data: { year, expected }, expected, actual: detected });
    } else if (detected === 'legacy') {
      ctx.fail({ messageId: 'legacyDetected', data: { year, expected }, expected, actual: detected });
    } else if (expected === 'legacy') {
      ctx.fail({ messageId: 'beforeFormat', data: { year, detected }, expected, actual: detected });
    } else {
      ctx.fail({ messageId: 'unexpected', data: { year, detected, expected }, expected, actual: detected });
    }
  },
});
