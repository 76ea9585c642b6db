import rule from '../../core/rules/section-numbering.ts';
import { ruleTester } from '../helpers/rule-tester.ts';
import { buildReport } from '../helpers/report-builder.ts';
import type { Report } from '../../core/model/index.ts';

/** Renumbers the builder's sections: `numbers[i]` for section i+1; extra headings may be inserted after section 1. */
function numbered(numbers: number[], inserted: { after: number; number: number; title: string }[] = []): () => Report {
  return () => {
    const r = buildReport();
    const ord = '一二三四五六七八九';
    r.sections.forEach((s, i) => {
      s.number = numbers[i];
      s.ordinal = ord[numbers[i] - 1];
    });
    for (const ins of [...inserted].reverse()) {
      const host = r.sections[ins.after - 1];
      r.sections.splice(ins.after, 0, { ...host, number: ins.number, ordinal: ord[ins.number - 1], canonical: null, title: ins.title, subItems: [] });
    }
    return r;
  };
}

ruleTester(rule, {
  valid: [
    { name: '一…六 in order', report: {} },
    { name: 'legacy report', report: { formatVersion: 'legacy', year: 2016 }, outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'SRC_SECTION_ORDER: later part numbered 一…五 instead of 二…六',
      report: numbered([1, 1, 2, 3, 4, 5]),
      errors: [2, 3, 4, 5, 6].map((n) => ({ messageId: 'wrongOrdinal', severity: 'error' as const, expected: n, actual: n - 1 })),
    },
    {
      name: 'SRC_OVERALL_SUBTOPIC_AS_TOP_LEVEL: 总体情况 sub-topics numbered 二、三 as top level',
      report: numbered([1, 2, 3, 4, 5, 6], [
        { after: 1, number: 2, title: '二、主动公开' },
        { after: 1, number: 3, title: '三、依申请公开' },
      ]),
      errors: [{ messageId: 'sequence', expected: 4, actual: 2, data: { title: '二、主动公开政府信息情况' } }],
    },
  ],
});
