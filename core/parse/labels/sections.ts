/**
 * Section headings as data (report-format.md §0, §1.1 legacy, §6.1, §8.1 variants). A heading is a line that starts with a
 * top-level ordinal 「一、」…; its canonical number is the first spec whose phrases occur in the title (label key).
 */
export const SECTION_LABELS: readonly { canonical: number | null; phrases: readonly string[] }[] = [
  { canonical: 1, phrases: ['总体情况', '概述', '基本情况', '总体工作情况'] },
  { canonical: null, phrases: ['收费及减免', '收费和减免', '统计表'] },
  { canonical: 2, phrases: ['主动公开'] },
  { canonical: 3, phrases: ['收到和处理', '依申请', '申请情况', '申请公开'] },
  { canonical: 4, phrases: ['复议', '诉讼'] },
  { canonical: 5, phrases: ['问题', '改进', '不足'] },
  { canonical: 6, phrases: ['其他需要报告', '其他事项', '其他需报告', '需要报告的事项'] },
];

/** Section titles that only legacy (pre-2019) reports use (§6.3). */
export const LEGACY_SECTION_MARKERS: readonly string[] = ['概述', '收费及减免', '收费和减免', '统计表'];
/** Table words of the legacy 「政府信息公开情况统计表」. */
export const LEGACY_TABLE_MARKERS: readonly string[] = ['指标名称', '计量单位', '历年累计', '统计表'];

/** A heading line is at most this long (longer lines are prose that happens to start with 「一、」). */
export const MAX_HEADING_LENGTH = 40;
