import { defineRule } from './define-rule.ts';
import { checkTopics, type Topic } from './prose/topics.ts';

const TOPICS: Topic[] = [
  { messageId: 'missingActive', re: /主动公开/ },
  { messageId: 'missingOnRequest', re: /依申请/ },
  { messageId: 'missingManagement', re: /信息管理|管理方面|发布审核|保密审查|规范性文件(?:管理|清理|库)/ },
  { messageId: 'missingPlatform', re: /平台|网站|新媒体|公报/ },
  { messageId: 'missingOversight', re: /监督|保障|考核|督查|督导|问责/ },
];

/** 总体情况 covers 主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障 (2021 format; keyword presence). */
export default defineRule({
  id: 'overview-topics',
  meta: {
    category: 'prose',
    defaultSeverity: 'warning',
    docs: {
      'zh-CN': {
        name: '总体情况五方面内容齐全',
        description: '按2021年版年报格式，「一、总体情况」应概述主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障五方面工作。',
        fix: '在总体情况中补写缺少的方面。',
      },
      en: {
        name: 'Overview covers the five topics',
        description: 'Under the 2021 format, section I (overview) should cover proactive disclosure, disclosure on request, information management, disclosure platforms, and oversight.',
        fix: 'Add the missing topics to the overview.',
      },
    },
  },
  messages: {
    'zh-CN': {
      missingActive: '总体情况未提及「主动公开」',
      missingOnRequest: '总体情况未提及「依申请公开」',
      missingManagement: '总体情况未提及「政府信息管理」',
      missingPlatform: '总体情况未提及「政府信息公开平台建设」',
      missingOversight: '总体情况未提及「监督保障」',
      missingMany: '总体情况过于简略：主动公开、依申请公开、政府信息管理、平台建设、监督保障五方面中缺少 {count} 项',
    },
    en: {
      missingActive: 'The overview does not mention proactive disclosure',
      missingOnRequest: 'The overview does not mention disclosure on request',
      missingManagement: 'The overview does not mention information management',
      missingPlatform: 'The overview does not mention disclosure platforms',
      missingOversight: 'The overview does not mention oversight',
      missingMany: 'The overview is too thin: {count} of the {of} topics (proactive disclosure, on request, management, platforms, oversight) are missing',
    },
  },
  appliesTo: (report) => report.formatVersion === '2021' && report.sections.some((s) => s.canonical === 1),
  check(ctx) {
    const s = ctx.report.sections.find((x) => x.canonical === 1)!;
    const end = Math.min(s.end, ctx.report.text.length);
    checkTopics(ctx, TOPICS, ctx.report.text.slice(s.start, end), s.titleAnchor, { messageId: 'missingMany', at: 3 });
  },
});
