import { defineRule } from './define-rule.ts';
import type { Report } from '../model/report.ts';

/** Parser diagnostics that say the body is only an attachment or only images (codes agreed with core/parse). */
const ATTACHMENT_CODES = new Set(['attachment-only', 'pdf-only', 'doc-only']);
const IMAGE_CODES = new Set(['image-only', 'scan-only']);
const ATTACHMENT_WORDS = /\.pdf|\.docx?|\.wps|附件|下载|PDF|Word|WORD/;
const IMAGE_TITLE = /图片版|扫描版/;

function thinText(report: Report, minChars: number): boolean {
  return report.sections.length < 2 && report.text.replace(/\s+/g, '').length < minChars;
}

function allTablesImages(report: Report): boolean {
  const infos = Object.values(report.tableInfo);
  return infos.some((i) => i.image) && infos.every((i) => i.image || !i.found);
}

/**
 * The report is readable as HTML text. PDF / DOC attachment only → info; image or scan only → warning (CASS 「可获取性不强」;
 * report-format.md §8.9, §10.3). Uses parser diagnostics when present, otherwise derives the signal from the text and tables.
 */
export default defineRule({
  id: 'report-accessibility',
  meta: {
    category: 'publication',
    defaultSeverity: 'warning',
    defaultOptions: { minTextChars: 300 },
    docs: {
      'zh-CN': {
        name: '报告可获取性',
        description: '年报应以网页文字形式发布，便于阅读、检索和无障碍访问。仅提供PDF或Word附件会降低可获取性；仅有图片或扫描件则无法检索、无法核对数据。',
        fix: '在网页正文中发布报告全文和可复制的表格，附件仅作补充。',
      },
      en: {
        name: 'Report accessibility',
        description: 'The report should be published as HTML text so it can be read, searched and checked. A PDF or Word attachment alone lowers accessibility; images or scans alone cannot be searched or checked at all.',
        fix: 'Publish the full text and machine-readable tables in the page body; keep attachments as a supplement.',
      },
    },
  },
  messages: {
    'zh-CN': {
      imageOnly: '报告仅以图片或扫描件发布，无法检索和核对数据',
      attachmentOnly: '网页正文没有报告全文，报告仅以附件（PDF/Word）提供',
    },
    en: {
      imageOnly: 'The report is published only as images or scans; it cannot be searched or checked',
      attachmentOnly: 'The page has no report text; the report is only an attachment (PDF/Word)',
    },
  },
  check(ctx) {
    const report = ctx.report;
    const codes = new Set(report.diagnostics.map((d) => d.code));
    const thin = thinText(report, Number(ctx.options.minTextChars));
    const image = [...IMAGE_CODES].some((c) => codes.has(c)) || (thin && (allTablesImages(report) || IMAGE_TITLE.test(report.title)));
    if (image) {
      ctx.fail({ messageId: 'imageOnly', text: report.titleAnchor ? [report.titleAnchor] : [], expected: 'html', actual: 'image' });
      return;
    }
    const noTables = !Object.values(report.tableInfo).some((i) => i.found);
    const attachment = [...ATTACHMENT_CODES].some((c) => codes.has(c)) || (thin && noTables && ATTACHMENT_WORDS.test(report.text));
    if (attachment) {
      ctx.fail({ messageId: 'attachmentOnly', severity: 'info', text: report.titleAnchor ? [report.titleAnchor] : [], expected: 'html', actual: 'attachment' });
    }
  },
});
