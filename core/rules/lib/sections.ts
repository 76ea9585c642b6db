import { headingKey } from './text.ts';

/** The six standard section titles (report-format.md §0). */
export const STANDARD_SECTION_TITLES: Record<number, string> = {
  1: '一、总体情况',
  2: '二、主动公开政府信息情况',
  3: '三、收到和处理政府信息公开申请情况',
  4: '四、政府信息公开行政复议、行政诉讼情况',
  5: '五、存在的主要问题及改进情况',
  6: '六、其他需要报告的事项',
};

/** Accepted title variants per section (§8.1 sections-present), compared with headingKey(). */
const VARIANTS: Record<number, string[]> = {
  1: ['总体情况'],
  2: ['主动公开政府信息情况'],
  3: ['收到和处理政府信息公开申请情况'],
  4: ['政府信息公开行政复议、行政诉讼情况', '政府信息公开行政复议和行政诉讼情况', '政府信息公开行政复议行政诉讼情况'],
  5: ['存在的主要问题及改进情况', '存在问题及改进情况', '政府信息公开工作存在的主要问题及改进情况', '存在的主要问题和改进情况'],
  6: ['其他需要报告的事项'],
};
const VARIANT_KEYS: Record<number, Set<string>> = Object.fromEntries(
  Object.entries(VARIANTS).map(([n, list]) => [n, new Set(list.map(headingKey))]),
);

export function isStandardTitle(canonical: number, title: string): boolean {
  return VARIANT_KEYS[canonical]?.has(headingKey(title)) ?? false;
}

export const CHINESE_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
