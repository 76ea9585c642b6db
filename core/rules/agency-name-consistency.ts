import { defineRule } from './define-rule.ts';
import { sameAgency } from './prose/agency.ts';
import { textAnchor } from './prose/sentences.ts';

const TITLE_AGENCY = /^\s*(.+?)\s*(?:(?:19|20)\d{2}|二〇[〇一二三四五六七八九]{2})\s*年/;
const DATE_LINE = /^\s*(?:(?:19|20)\d{2}|二〇[〇一二三四五六七八九]{2})\s*年\s*[0-9一二三四五六七八九十]{1,3}\s*月\s*[0-9一二三四五六七八九十]{1,3}\s*日\s*$/;
const AGENCY_LINE = /^[\u4e00-\u9fff（）()]{4,40}(?:政府|办公室|办公厅|办|局|委员会|委|厅|中心|管委会|院|署|会|所|处)$/;

/** The signature block: an agency line followed by a date line at the very end of the report. */
export function signature(text: string): { name: string; start: number; end: number } | null {
  const tail = text.slice(-400);
  const base = text.length - tail.length;
  const lines: { text: string; start: number }[] = [];
  let pos = 0;
  for (const line of tail.split('\n')) {
    if (line.trim()) lines.push({ text: line, start: base + pos });
    pos += line.length + 1;
  }
  const n = lines.length;
  if (n < 2 || !DATE_LINE.test(lines[n - 1].text)) return null;
  const candidate = lines[n - 2].text.trim();
  if (!AGENCY_LINE.test(candidate)) return null;
  const start = lines[n - 2].start + lines[n - 2].text.indexOf(candidate);
  return { name: candidate, start, end: start + candidate.length };
}

/** The unit in the title equals the unit in the signature block (a report template copied from another unit). */
export default defineRule({
  id: 'agency-name-consistency',
  meta: {
    category: 'prose',
    defaultSeverity: 'warning',
    docs: {
      'zh-CN': {
        name: '标题与落款单位一致',
        description: '标题中的单位名称应与落款单位一致；不一致往往说明报告套用了其他单位的模板。',
        fix: '核对标题和落款，统一为本单位的规范名称。',
      },
      en: {
        name: 'Title and signature name the same unit',
        description: 'The unit named in the title must be the unit in the signature block; a mismatch often means another unit\'s report was reused as a template.',
        fix: 'Check the title and the signature and use the unit\'s proper name in both.',
      },
    },
  },
  messages: {
    'zh-CN': { signature: '标题单位为「{titleAgency}」，落款单位为「{signed}」' },
    en: { signature: 'The title names "{titleAgency}" but the report is signed by "{signed}"' },
  },
  check(ctx) {
    const report = ctx.report;
    const titleAgency = TITLE_AGENCY.exec(report.title)?.[1]?.trim();
    const signed = signature(report.text);
    if (!titleAgency || !signed) {
      ctx.notApplicable('no-title-agency-or-signature');
      return;
    }
    if (sameAgency(titleAgency, signed.name)) return;
    ctx.fail({
      messageId: 'signature',
      data: { titleAgency, signed: signed.name },
      text: [...(report.titleAnchor ? [report.titleAnchor] : []), textAnchor(report, signed.start, signed.end)],
      expected: titleAgency,
      actual: signed.name,
    });
  },
});
