/** Label and value mutators: labels shuffled between cells, numbers replaced by garbage, headings renumbered. */
import type { Rng } from '../rng.ts';
import { numberRanges, replaceRanges, sample, textRanges } from './ranges.ts';
import type { Mutator } from './types.ts';

const GARBAGE = [
  '1e308', '1e-9', 'NaN', 'Infinity', '-0', '-3', '2.5', '0.000001', '99999999999999999999', '9007199254740993',
  '0x1F', '1,234', '1，234', '1 234', '12.34.56', '3.', '.5', '一百', '贰拾', '——', '/', '-', '无', '不适用', '（1）',
  '[2]', '１２', '5件', '251000元', '7730.28万元', '%', '', ' ', '&nbsp;', '<o:p></o:p>', '0000', '007', '+5', '½', '²', '①',
];

const HEADINGS = ['一、', '二、', '三、', '四、', '五、', '六、', '七、', '（一）', '（二）', '1.', '1、', '第一', '表一', '表三', '附件'];

function numberGarbage(text: string, rng: Rng): string {
  const ranges = numberRanges(text);
  if (!ranges.length) return text;
  const chosen = sample(ranges, rng.int(1, Math.min(50, ranges.length)), rng.next);
  return replaceRanges(text, chosen.map((r) => ({ range: r, text: rng.pick(GARBAGE) })));
}

/** Huge and tiny magnitudes everywhere (overflow, precision loss in sums). */
function extremeNumbers(text: string, rng: Rng): string {
  const ranges = numberRanges(text);
  const pool = ['9'.repeat(rng.int(16, 400)), '1' + '0'.repeat(rng.int(300, 330)), '0.' + '0'.repeat(rng.int(10, 400)) + '1', '4294967296', '2147483647'];
  return replaceRanges(text, ranges.filter(() => rng.chance(0.3)).map((r) => ({ range: r, text: rng.pick(pool) })));
}

/** Moves the text of cells and headings among each other (labels in the wrong rows, numbers in label cells). */
function labelShuffle(text: string, rng: Rng): string {
  const ranges = textRanges(text, /[\u4e00-\u9fff]/);
  if (ranges.length < 2) return text;
  const chosen = sample(ranges, rng.int(2, Math.min(30, ranges.length)), rng.next);
  const texts = chosen.map((r) => text.slice(r.start, r.end));
  for (let i = texts.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [texts[i], texts[j]] = [texts[j], texts[i]];
  }
  return replaceRanges(text, chosen.map((r, i) => ({ range: r, text: texts[i] })));
}

/** Renumbers or duplicates section headings (「三、」 twice, 「七、」, ordinals removed). */
function headingNoise(text: string, rng: Rng): string {
  const re = /([一二三四五六七八九十]、|（[一二三四五六七八九十]）|\d[、.])/g;
  return text.replace(re, (m) => (rng.chance(0.3) ? rng.pick(HEADINGS) : m));
}

/** Year and date noise: years far in the past/future, 2月30日, mixed calendars. */
function dateNoise(text: string, rng: Rng): string {
  const re = /(20\d\d|19\d\d)(年)?|(\d{1,2})月(\d{1,2})日/g;
  const years = ['0', '9999', '1900', '2099', '二〇二三', '２０２３', '-2023', '20233', '１９９９'];
  return text.replace(re, (m, y: string | undefined) => {
    if (!rng.chance(0.3)) return m;
    if (y) return m.replace(y, rng.pick(years));
    return rng.pick(['2月30日', '13月1日', '0月0日', '12月32日', '99月99日', '十二月三十一日']);
  });
}

const wrap = (name: string, fn: (text: string, rng: Rng) => string): Mutator => ({
  name,
  family: 'labels',
  apply: (input, rng) => ({ text: fn(input.text, rng) }),
});

export const labelMutators: Mutator[] = [
  wrap('number-garbage', numberGarbage),
  wrap('extreme-numbers', extremeNumbers),
  wrap('label-shuffle', labelShuffle),
  wrap('heading-noise', headingNoise),
  wrap('date-noise', dateNoise),
];
