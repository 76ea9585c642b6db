/**
 * Administrative level of an agency from its name (立法法: only 省级 and 设区的市 governments make 规章). A 「市」 may be a
 * county-level city, so cities are 'unknown'; only county and township levels (and their departments) are certain.
 */
export type AgencyLevel = 'province' | 'city' | 'county' | 'township' | 'unknown';

const RANK: Record<AgencyLevel, number> = { unknown: -1, province: 0, city: 1, county: 2, township: 3 };
/** Unit suffixes, longest first. */
const SUFFIXES: [string, AgencyLevel][] = [
  ['特别行政区', 'province'],
  ['自治区', 'province'],
  ['自治州', 'city'],
  ['自治县', 'county'],
  ['自治旗', 'county'],
  ['街道', 'township'],
  ['地区', 'city'],
  ['省', 'province'],
  ['市', 'city'],
  ['州', 'city'],
  ['盟', 'city'],
  ['县', 'county'],
  ['旗', 'county'],
  ['区', 'county'],
  ['乡', 'township'],
  ['镇', 'township'],
];
const UNIT_CHARS = new Set('省市州盟县旗区乡镇');
const MUNICIPALITIES = /^(?:北京|上海|天津|重庆)市/;
/** Words that start with a unit character but are not units: 「某某县市场监督管理局」. */
const NOT_UNIT_WORDS = /^(?:市场|市政|市容|市民|区域|区划|县域|乡村|乡镇|镇街)/;

/**
 * The lowest administrative unit named, read as place-name + suffix segments: a suffix counts only after at least two
 * name characters and when no other unit character follows (so 「湘乡市」 is a city, 「镇江市」 not a township).
 */
export function agencyLevel(name: string | null): AgencyLevel {
  if (!name) return 'unknown';
  const n = name.replace(/\s+/g, '').replace(/[（(][^）)]*[）)]/g, '');
  let lowest: AgencyLevel = 'unknown';
  let segStart = 0;
  for (let i = 0; i < n.length; i++) {
    const hit = SUFFIXES.find(([s]) => n.startsWith(s, i));
    if (!hit) continue;
    const [suffix, level] = hit;
    const end = i + suffix.length;
    if (i - segStart < 2 || (UNIT_CHARS.has(n[end] ?? '') && !NOT_UNIT_WORDS.test(n.slice(end)))) continue;
    const effective = level === 'city' && MUNICIPALITIES.test(n.slice(segStart)) ? 'province' : level;
    if (RANK[effective] > RANK[lowest]) lowest = effective;
    segStart = end;
    i = end - 1;
  }
  return lowest === 'city' ? 'unknown' : lowest;
}
