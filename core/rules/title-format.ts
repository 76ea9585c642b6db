import { defineRule } from './define-rule.ts';

const PHRASE = /政府信息公开(?:工作)?(?:年度报告|年报)|信息公开(?:工作)?(?:年度报告|年报)/;
const YEAR = /(?:19|20)\d{2}\s*年|[二][〇零][一二三四五六七八九〇零]{2}\s*年/;

/** The title holds unit name + year + 「政府信息公开工作年度报告」 (short forms allowed) (report-format.md §7, §8.1). */
export default defineRule({
  id: 'title-format',
  meta: {
    category: 'structure',
    defaultSeverity: 'warning',
    docs: {
      'zh-CN': {
        name: '报告标题规范',
        description: '标题应写明发布机关、报告年度和「政府信息公开工作年度报告」，如「某某县人民政府2023年政府信息公开工作年度报告」。缺少年度或机关名称，读者无法确认报告所属。',
        fix: '按「{机关名称}{年度}年政府信息公开工作年度报告」的形式拟定标题。',
      },
      en: {
        name: 'Title format',
        description: 'The title must name the agency, the year and 「政府信息公开工作年度报告」, e.g. 「某某县人民政府2023年政府信息公开工作年度报告」. Without the year or the agency, readers cannot tell whose report it is.',
        fix: 'Title the report 「{agency}{year}年政府信息公开工作年度报告」.',
      },
    },
  },
  messages: {
    'zh-CN': {
      missing: '报告没有标题',
      noYear: '标题「{title}」没有写明报告年度',
      noPhrase: '标题「{title}」没有「政府信息公开工作年度报告」字样',
      noAgency: '标题「{title}」没有写明发布机关',
    },
    en: {
      missing: 'The report has no title',
      noYear: 'The title 「{title}」 does not give the year',
      noPhrase: 'The title 「{title}」 does not say 「政府信息公开工作年度报告」',
      noAgency: 'The title 「{title}」 does not name the agency',
    },
  },
  check(ctx) {
    const title = ctx.report.title.trim();
    const text = ctx.report.titleAnchor ? [ctx.report.titleAnchor] : [];
    if (!title) {
      ctx.fail({ messageId: 'missing', expected: 'title', actual: '' });
      return;
    }
    const base = { data: { title }, text, actual: title };
    if (!YEAR.test(title) && ctx.report.titleYear === null) ctx.fail({ ...base, messageId: 'noYear', expected: 'year' });
    if (!PHRASE.test(title)) ctx.fail({ ...base, messageId: 'noPhrase', expected: '政府信息公开工作年度报告' });
    const rest = title.replace(PHRASE, '').replace(YEAR, '').replace(/年度|年/g, '').replace(/[^\u4e00-\u9fff]/g, '');
    if (rest.length < 2) ctx.fail({ ...base, messageId: 'noAgency', expected: 'agency' });
  },
});
