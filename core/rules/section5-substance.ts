import { defineRule } from './define-rule.ts';
import { bodyAnchor, sectionOf } from './lib/text.ts';

const BARE = /^(无|暂无|没有|无问题)?$/;
const PROBLEMS = /问题|不足|短板|差距|薄弱|有待|不够|欠缺|滞后|不到位|不充分/;
const IMPROVEMENTS = /改进|下一步|措施|整改|今后|将进一步|进一步|加强|提升|完善|推进|强化/;

/** Section 五 is non-empty, not just 「无」, and states both problems and improvements (report-format.md §8.1). */
export default defineRule({
  id: 'section5-substance',
  meta: {
    category: 'structure',
    defaultSeverity: 'warning',
    docs: {
      'zh-CN': {
        name: '「存在的主要问题及改进情况」有实质内容',
        description: '第五部分应写明本机关存在的实际问题和具体改进措施；空白、只写「无」，或只有问题没有改进（或反之），评估中均视为缺陷。',
        fix: '如实列出存在的主要问题，并写明对应的改进措施和上年问题的整改情况。',
      },
      en: {
        name: 'Section 5 has substance',
        description: 'Section 5 must state the agency’s real problems and concrete improvements; an empty section, a bare “none”, or problems without improvements (or the reverse) are defects in assessments.',
        fix: 'List the main problems and the corresponding improvement measures, including how last year’s problems were addressed.',
      },
    },
  },
  messages: {
    'zh-CN': {
      empty: '第五部分「存在的主要问题及改进情况」没有内容或只写「{actual}」',
      noProblems: '第五部分没有写明存在的问题（未见「问题」「不足」「短板」等）',
      noImprovements: '第五部分没有写明改进措施（未见「改进」「下一步」「措施」等）',
    },
    en: {
      empty: 'Section 5 (problems and improvements) is empty or only says 「{actual}」',
      noProblems: 'Section 5 states no problems (no 问题 / 不足 / 短板 …)',
      noImprovements: 'Section 5 states no improvements (no 改进 / 下一步 / 措施 …)',
    },
  },
  appliesTo: (report) => sectionOf(report, 5) !== undefined,
  check(ctx) {
    const section = sectionOf(ctx.report, 5)!;
    const body = section.text.trim();
    const at = bodyAnchor(ctx.report, section);
    if (BARE.test(body.replace(/[\s。.！!；;]/g, ''))) {
      ctx.fail({ messageId: 'empty', data: { actual: body }, text: [at], actual: body });
      return;
    }
    if (!PROBLEMS.test(body)) ctx.fail({ messageId: 'noProblems', text: [at], expected: 'problems', actual: null });
    if (!IMPROVEMENTS.test(body)) ctx.fail({ messageId: 'noImprovements', text: [at], expected: 'improvements', actual: null });
  },
});
