import { defineRule } from './define-rule.ts';
import { isLegacyReport } from './lib/format-artefacts.ts';
import { CHINESE_ORDINALS } from './lib/sections.ts';

const ordinal = (n: number) => CHINESE_ORDINALS[n - 1] ?? String(n);

/**
 * Top-level numbering is 一…六 in order, with no restart or shift (report-format.md §8.1): a standard section must
 * carry its own ordinal (「一、主动公开…」 is wrong), and the ordinals of top-level headings follow each other.
 */
export default defineRule({
  id: 'section-numbering',
  meta: {
    category: 'structure',
    defaultSeverity: 'error',
    docs: {
      'zh-CN': {
        name: '一级标题编号',
        description: '六个部分的一级标题应依次编号为一至六，不得重新从一开始、跳号或错位。常见错误：总体情况的小标题用了「一、二、三」，导致后面的部分编号错位。',
        fix: '按一至六重新编排一级标题；总体情况内的小标题改用「（一）（二）」。',
      },
      en: {
        name: 'Section numbering',
        description: 'The six top-level headings are numbered one to six, without restarting, skipping or shifting. A common error: the overview’s sub-topics numbered 一、二、三 as top-level headings, which shifts the later sections.',
        fix: 'Renumber the top-level headings one to six; number the overview’s sub-topics (一)(二).',
      },
    },
  },
  messages: {
    'zh-CN': {
      wrongOrdinal: '「{title}」编号为「{actual}」，应为「{expected}」',
      sequence: '一级标题编号不连续：「{title}」编号为「{actual}」，按顺序应为「{expected}」',
    },
    en: {
      wrongOrdinal: '「{title}」 is numbered {actual}; it should be {expected}',
      sequence: 'Top-level numbering breaks: 「{title}」 is numbered {actual}, the next number would be {expected}',
    },
  },
  appliesTo: (report) => !isLegacyReport(report) && report.sections.some((s) => s.number !== null),
  check(ctx) {
    let previous = 0;
    for (const s of ctx.report.sections) {
      if (s.number === null) continue;
      if (s.canonical !== null && s.number !== s.canonical) {
        ctx.fail({
          messageId: 'wrongOrdinal',
          data: { title: s.title, actual: s.ordinal, expected: ordinal(s.canonical) },
          text: [s.titleAnchor],
          expected: s.canonical,
          actual: s.number,
        });
      } else if (s.number !== previous + 1) {
        ctx.fail({
          messageId: 'sequence',
          data: { title: s.title, actual: s.ordinal, expected: ordinal(previous + 1) },
          text: [s.titleAnchor],
          expected: previous + 1,
          actual: s.number,
        });
      }
      previous = s.number;
    }
  },
});
