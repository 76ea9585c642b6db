import { defineRule } from './define-rule.ts';
import { isLegacyReport } from './lib/format-artefacts.ts';

/** The 表三 note 「（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）」 is present (§4.1). */
export default defineRule({
  id: 't3-note-present',
  meta: {
    category: 'structure',
    defaultSeverity: 'info',
    docs: {
      'zh-CN': {
        name: '表三勾稽关系注释',
        description: '格式在表三左上角印有「（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）」。缺少该注释通常说明表格是重新录入的，应特别留意数字和项目名称。',
        fix: '使用格式原表，保留该注释。',
      },
      en: {
        name: 'Table 3 note',
        description: 'The format prints the note 「（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）」 in the top-left of Table 3. Without it the table was probably retyped, so check its figures and labels closely.',
        fix: 'Use the original table of the format, note included.',
      },
    },
  },
  messages: {
    'zh-CN': { missing: '表三缺少勾稽关系注释「（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）」' },
    en: { missing: 'Table 3 lacks the note on its identity (I + II = III + IV for every column)' },
  },
  appliesTo: (report) =>
    report.tableInfo.applications.found && !isLegacyReport(report) && report.tableInfo.applications.notePresent !== undefined,
  check(ctx) {
    if (ctx.report.tableInfo.applications.notePresent === false) {
      ctx.fail({ messageId: 'missing', expected: true, actual: false });
    }
  },
});
