import { defineRule } from './define-rule.ts';
import { parseChineseNumeral } from './prose/numbers.ts';
import { reportSentences, sectionBody, textAnchor } from './prose/sentences.ts';

const DUPLICATED = /([\u4e00-\u9fff]{2,4})\1/g;
const PLACEHOLDER = /(?<![A-Za-z])(?:[XxＸｘ×]{2,}|20[0-9][XxＸｘ]|20[XxＸｘ]{2})(?![A-Za-z])|[○〇]{2,}/g;
const ORDINAL = /(?<=^|[。；;：:，,\n\s（(）)])([一二三四五六七八九十]{1,3})是/g;
const EN_PUNCT = /[\u4e00-\u9fff]([,;:?!])(?=[\u4e00-\u9fff])/g;
const ORDINAL_TEXT = '一二三四五六七八九十';
const MAX_DEPTH = 4;
/** Four-character idioms of the form ABAC that contain an XYXY-looking run (「同时适时适地」). */
const ABAC_IDIOMS = /适时适[地度]|因时因地|一心一意|全心全意|自觉自愿|可感可及|能办快办|边查边改|边学边[做干改]/;

/** Cheap necessary conditions, tested before the costlier scans (same matches, most sentences skip the scan). */
const PLACEHOLDER_CHAR = /[XxＸｘ×○〇]/;
const EN_PUNCT_CHAR = /[,;:?!]/;

/** DUPLICATED needs a CJK character equal to the one 2, 3 or 4 places further on. */
function mayRepeat(text: string): boolean {
  for (let i = 0; i + 2 < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fff) continue;
    if (text.charCodeAt(i + 2) === c || text.charCodeAt(i + 3) === c || text.charCodeAt(i + 4) === c) return true;
  }
  return false;
}

function ordinalText(n: number): string {
  return n <= 10 ? ORDINAL_TEXT[n - 1] : n < 20 ? `十${ORDINAL_TEXT[n - 11]}` : String(n);
}

/**
 * Text quality (info): duplicated words 「资金资金」, placeholders 「XX」「××」「202X」, broken 「一是…三是…三是」 lists
 * (平潭 2023 section 五), English punctuation between Chinese characters (report-format.md §8.8).
 */
export default defineRule({
  id: 'text-quality',
  meta: {
    category: 'plausibility',
    defaultSeverity: 'info',
    defaultOptions: { maxFindings: 20 },
    docs: {
      'zh-CN': {
        name: '文字质量',
        description: '重复字词、未替换的占位符（XX、××、202X）、序号错乱（一是…三是…三是）和中文中夹用英文标点，说明报告未经认真校对。',
        fix: '逐处校对并更正。',
      },
      en: {
        name: 'Text quality',
        description: 'Duplicated words, leftover placeholders (XX, ××, 202X), broken 一是/二是 lists and English punctuation inside Chinese text show the report was not proofread.',
        fix: 'Proofread and correct each occurrence.',
      },
    },
  },
  messages: {
    'zh-CN': {
      duplicatedWord: '词语重复：「{word}」',
      placeholder: '疑似未替换的占位符：「{word}」',
      brokenList: '序号错乱：「{previous}是」之后应为「{expected}是」，实为「{actual}是」',
      englishPunctuation: '中文中夹用英文标点 {count} 处（{marks}）',
    },
    en: {
      duplicatedWord: 'Duplicated word: "{word}"',
      placeholder: 'Leftover placeholder: "{word}"',
      brokenList: 'Broken list: after "{previous}是" comes "{actual}是" instead of "{expected}是"',
      englishPunctuation: 'English punctuation inside Chinese text in {count} places ({marks})',
    },
  },
  check(ctx) {
    const report = ctx.report;
    let budget = Number(ctx.options.maxFindings);
    const emit = (messageId: string, data: Record<string, unknown>, start: number, end: number) => {
      if (budget-- <= 0) return;
      ctx.fail({ messageId, data, text: [textAnchor(report, start, end)], actual: report.text.slice(start, end) });
    };
    // English punctuation is usually a habit of the whole text: one finding listing the places, not one per comma.
    const punctuation: { mark: string; start: number; from: number }[] = [];
    for (const s of reportSentences(report, [1, 2, 3, 4, 5, 6])) {
      if (mayRepeat(s.text)) for (const m of s.text.matchAll(DUPLICATED)) {
        if (m[1].startsWith('一')) continue; // 「一步一步」「一件一件」
        if (ABAC_IDIOMS.test(s.text.slice(Math.max(0, m.index - 2), m.index + m[0].length + 2))) continue;
        emit('duplicatedWord', { word: m[0] }, s.start + m.index, s.start + m.index + m[0].length);
      }
      if (PLACEHOLDER_CHAR.test(s.text)) for (const m of s.text.matchAll(PLACEHOLDER)) emit('placeholder', { word: m[0] }, s.start + m.index, s.start + m.index + m[0].length);
      if (EN_PUNCT_CHAR.test(s.text)) for (const m of s.text.matchAll(EN_PUNCT)) punctuation.push({ mark: m[1], start: s.start + m.index, from: s.start + Math.max(0, m.index - 8) });
    }
    if (punctuation.length && budget-- > 0) {
      ctx.fail({
        messageId: 'englishPunctuation',
        data: { count: punctuation.length, marks: [...new Set(punctuation.map((p) => p.mark))] },
        // Anchors take a few characters before the mark (within the sentence), so the snippet can be found on the page.
        text: punctuation.slice(0, 10).map((p) => textAnchor(report, p.from, p.start + 2)),
        actual: punctuation.length,
      });
    }
    const bodies = report.sections.length ? [1, 2, 3, 4, 5, 6].map((n) => sectionBody(report, n)) : [{ text: report.text, start: 0 }];
    for (const body of bodies) {
      if (!body) continue;
      // A stack of open lists: 「一是」 inside an item opens a nested list; an ordinal may continue any open list.
      let stack: number[] = [];
      let broken = false;
      for (const m of body.text.matchAll(ORDINAL)) {
        const n = parseChineseNumeral(m[1]);
        if (n === null) continue;
        if (n === 1) {
          stack = [...stack.slice(-(MAX_DEPTH - 1)), 1];
          broken = false;
          continue;
        }
        let level = stack.length - 1;
        while (level >= 0 && stack[level] + 1 !== n) level--;
        if (level >= 0) {
          stack = stack.slice(0, level + 1);
          stack[level] = n;
          continue;
        }
        const top = stack[stack.length - 1] ?? 0;
        // Only a repeated or skipped ordinal is a broken list; a jump (六是 → 二是) is a list whose 一是 was not seen.
        if (top > 0 && (n === top || n === top + 2)) {
          if (!broken) {
            const start = body.start + m.index;
            emit('brokenList', { previous: ordinalText(top), expected: ordinalText(top + 1), actual: m[1] }, start, start + m[0].length);
          }
          broken = true;
          stack[stack.length - 1] = n;
        } else {
          stack = [n];
        }
      }
    }
  },
});
