import { defineRule } from './define-rule.ts';
import { yearsIn } from './prose/scope.ts';
import { reportSentences, textAnchor } from './prose/sentences.ts';

const COMPARATIVE = /较|同比|比上年|上年|去年|结转|以来|相比|延续/;
const FUTURE = '将(?:继续|进一步|持续|重点|着力|加大|加强|从|采取|围绕|不断|深入|全面|坚持|推动|做好|聚焦|强化|以)';

/**
 * Year words in prose (report-format.md §8.3 / §8.4): the reporting year Y should dominate 总体情况; 「Y-1年，我局…」 as the
 * working year or 「Y年将…」 as a plan suggests text copied from last year. Y+1 plans in 五 are fine.
 */
export default defineRule({
  id: 'narrative-year',
  meta: {
    category: 'prose',
    defaultSeverity: 'warning',
    docs: {
      'zh-CN': {
        name: '正文年份与报告年度一致',
        description: '总体情况应以报告年度为主；把上一年写成本年度工作（「Y-1年，我局…」）或把本年度写成计划（「Y年将…」），通常说明正文照搬了上一年的报告。',
        fix: '核对正文中的年份，改为报告年度的实际情况。',
      },
      en: {
        name: 'Years in the text match the reporting year',
        description: 'The overview should be about the reporting year; writing last year as the working year ("Y-1, we…") or this year as a plan ("in Y we will…") usually means the text was copied from last year\'s report.',
        fix: 'Check the years in the text and describe the reporting year.',
      },
    },
  },
  messages: {
    'zh-CN': {
      previousYearAsCurrent: '正文以 {found} 年作为工作年度，报告年度为 {year} 年',
      currentYearAsFuture: '正文把报告年度 {year} 年写成计划（「{year}年…将…」），疑为照搬上一年报告',
      yearNotDominant: '总体情况中 {found} 年出现 {foundCount} 次，报告年度 {year} 年仅 {yearCount} 次',
    },
    en: {
      previousYearAsCurrent: 'The text treats {found} as the working year; the report is for {year}',
      currentYearAsFuture: 'The text describes the reporting year {year} as a plan ("in {year} … will …"); probably copied from last year\'s report',
      yearNotDominant: 'The overview mentions {found} {foundCount} times and the reporting year {year} only {yearCount} times',
    },
  },
  appliesTo: (report) => report.year !== null && report.sections.length > 0,
  check(ctx) {
    const report = ctx.report;
    const year = report.year as number;
    const prev = year - 1;
    const asCurrent = new RegExp(`^${prev}年度?(?:[，,]|全年|(?:我|本)[^，。；]{0,10}(?:坚持|认真|深入|全面|紧紧|围绕|以))`);
    const asFuture = new RegExp(`${year}年度?[，,]?[^。；，]{0,8}?${FUTURE}`);
    const prevText = String(prev);
    const yearText = String(year);
    let yearCount = 0;
    let prevCount = 0;
    for (const s of reportSentences(report, [1, 2, 3, 4, 5])) {
      // startsWith / includes: cheap necessary conditions of the two patterns (both need the year's digits).
      if (s.section !== 5 && s.text.startsWith(prevText) && asCurrent.test(s.text) && !COMPARATIVE.test(s.text)) {
        ctx.fail({ messageId: 'previousYearAsCurrent', data: { found: prev, year }, text: [textAnchor(report, s.start, s.end)], expected: year, actual: prev });
      }
      if (s.text.includes(yearText) && asFuture.test(s.text)) {
        ctx.fail({ messageId: 'currentYearAsFuture', data: { year }, text: [textAnchor(report, s.start, s.end)], expected: year + 1, actual: year });
      }
      if (s.section === 1 && !COMPARATIVE.test(s.text)) {
        for (const y of yearsIn(s.text)) {
          if (y === year) yearCount++;
          else if (y === prev) prevCount++;
        }
      }
    }
    if (prevCount >= 2 && prevCount > yearCount) {
      const s = report.sections.find((x) => x.canonical === 1);
      ctx.fail({
        messageId: 'yearNotDominant',
        data: { found: prev, foundCount: prevCount, year, yearCount },
        text: s ? [s.titleAnchor] : [],
        expected: year,
        actual: prev,
      });
    }
  },
});
