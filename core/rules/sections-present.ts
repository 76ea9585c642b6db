import { defineRule } from './define-rule.ts';
import { isLegacyReport } from './lib/format-artefacts.ts';
import { STANDARD_SECTION_TITLES, isStandardTitle } from './lib/sections.ts';

/** All six sections exist, in order 一…六, with the standard titles (report-format.md §8.1). */
export default defineRule({
  id: 'sections-present',
  meta: {
    category: 'structure',
    defaultSeverity: 'error',
    docs: {
      'zh-CN': {
        name: '六个部分齐全',
        description: '年度报告必须依次包括总体情况、主动公开、收到和处理申请、行政复议和行政诉讼、存在的主要问题及改进情况、其他需要报告的事项六个部分（《条例》第五十条及格式要求）；缺少部分即内容不全，标题改写则不便查找和比较。',
        fix: '补齐缺少的部分，并使用格式规定的标题。',
      },
      en: {
        name: 'All six sections present',
        description: 'The report must have the six sections of the format, in order: overview, proactive disclosure, applications, review and litigation, problems and improvements, other matters. A missing section means missing content; a reworded title makes it harder to find and compare.',
        fix: 'Add the missing section and use the titles of the format.',
      },
    },
  },
  messages: {
    'zh-CN': {
      missing: '缺少第{number}部分「{expected}」',
      outOfOrder: '「{actual}」的位置不对：各部分应按一至六的顺序排列',
      titleVariant: '第{number}部分标题为「{actual}」，格式规定为「{expected}」',
    },
    en: {
      missing: 'Section {number} 「{expected}」 is missing',
      outOfOrder: '「{actual}」 is out of order: the sections must follow the order one to six',
      titleVariant: 'The title of section {number} reads 「{actual}」; the format says 「{expected}」',
    },
  },
  appliesTo: (report) => !isLegacyReport(report) && report.sections.length > 0,
  check(ctx) {
    const sections = ctx.report.sections;
    let last = 0;
    for (let n = 1; n <= 6; n++) {
      const found = sections.filter((s) => s.canonical === n);
      const expected = STANDARD_SECTION_TITLES[n];
      if (!found.length) {
        ctx.fail({ messageId: 'missing', data: { number: n, expected }, expected, actual: null });
        continue;
      }
      const s = found[0];
      if (!isStandardTitle(n, s.title)) {
        ctx.fail({ messageId: 'titleVariant', data: { number: n, expected, actual: s.title }, text: [s.titleAnchor], severity: 'warning', expected, actual: s.title });
      }
    }
    for (const s of sections) {
      if (s.canonical === null) continue;
      if (s.canonical < last) {
        ctx.fail({ messageId: 'outOfOrder', data: { actual: s.title }, text: [s.titleAnchor], expected: STANDARD_SECTION_TITLES[s.canonical], actual: s.title });
      }
      last = Math.max(last, s.canonical);
    }
  },
});
