import { defineRule } from './define-rule.ts';
import { anchor } from './lib/text.ts';

/** 国办公开办函〔YYYY〕N号 with any bracket style. */
const CITATION = /国办公开办函\s*[〔[［(（【]\s*(\d{4})\s*[〕\]］)）】]\s*(\d+)\s*号/g;
const FORMAT_2019 = '2019-60';
const FORMAT_2021 = '2021-30';

function expectedFor(year: number): string | null {
  if (year >= 2021) return FORMAT_2021;
  if (year >= 2019) return FORMAT_2019;
  return null;
}

const show = (key: string) => {
  const [y, n] = key.split('-');
  return `国办公开办函〔${y}〕${n}号`;
};

/** The cited format document matches the year: Y ≥ 2021 → 〔2021〕30号; 2019–2020 → 〔2019〕60号; ≤ 2018 → neither (§8.4). */
export default defineRule({
  id: 'format-citation',
  meta: {
    category: 'dates',
    defaultSeverity: 'warning',
    docs: {
      'zh-CN': {
        name: '引用的格式文件与年度相符',
        description: '2021年度起的报告应依据国办公开办函〔2021〕30号编制，2019、2020年度依据国办公开办函〔2019〕60号；2018年度及以前两者都不存在。引用错误的文件说明报告可能套用了旧模板。',
        fix: '改为引用与报告年度相符的格式文件，并按该格式核对表格。',
      },
      en: {
        name: 'Cited format matches the year',
        description: 'Reports for 2021 onwards follow 国办公开办函〔2021〕30号, reports for 2019 and 2020 follow 〔2019〕60号, and neither existed before. Citing the wrong one suggests an old template was reused.',
        fix: 'Cite the format document of the reporting year and check the tables against it.',
      },
    },
  },
  messages: {
    'zh-CN': {
      wrongFormat: '{year} 年度报告引用了 {cited}，应依据 {expected}',
      anachronistic: '{year} 年度报告引用了 {cited}，该文件当时尚未印发',
    },
    en: {
      wrongFormat: 'The {year} report cites {cited}; it should follow {expected}',
      anachronistic: 'The {year} report cites {cited}, which had not been issued yet',
    },
  },
  appliesTo: (report) => report.year !== null && report.text.includes('国办公开办函'),
  check(ctx) {
    const { year, text } = ctx.report;
    if (year === null) return;
    const expected = expectedFor(year);
    const found: { key: string; start: number; end: number }[] = [];
    for (const m of text.matchAll(CITATION)) {
      const key = `${m[1]}-${Number(m[2])}`;
      if (key === FORMAT_2019 || key === FORMAT_2021) found.push({ key, start: m.index, end: m.index + m[0].length });
    }
    if (!found.length || (expected && found.some((f) => f.key === expected))) return;
    for (const f of found) {
      const anachronistic = expected === null || Number(f.key.slice(0, 4)) > year + 1;
      ctx.fail({
        messageId: anachronistic ? 'anachronistic' : 'wrongFormat',
        data: { year, cited: show(f.key), expected: expected ? show(expected) : '' },
        text: [anchor(ctx.report, f.start, f.end)],
        expected: expected ? show(expected) : null,
        actual: show(f.key),
      });
    }
  },
});
