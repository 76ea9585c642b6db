import type { TextAnchor } from '../model/cell.ts';
import { collapseSpace, toHalfWidth } from './text/normalize.ts';

const REPORT_TITLE_RE = /(政府)?信息公开.{0,6}(年度报告|年报|年度工作报告)/;
/** Title words that follow the agency and year. */
const TITLE_TAIL_RE = /(?:（[^（）]{0,12}）|\([^()]{0,12}\))?\s*(?:关于)?(?:政府|政务)?信息公开(?:工作)?(?:年度)?(?:工作)?(?:报告|年报).*$/;
const YEAR_RE = /((?:19|20)\d{2})\s*年\s*度?/;

export function looksLikeReportTitle(s: string): boolean {
  return REPORT_TITLE_RE.test(s);
}

/** Site names after 「_」「|」「-」「—」 in <title> go; the part that names the report stays. */
export function cleanTitle(raw: string): string {
  const s = collapseSpace(raw);
  const parts = s.split(/\s*(?:_|\||｜|--|—|-)\s*/).filter(Boolean);
  const hit = parts.find((p) => looksLikeReportTitle(p));
  return (hit ?? parts[0] ?? s).trim();
}

/** The reporting year printed in a title (「2023年」「2023年度」, full-width digits allowed). */
export function titleYearOf(title: string): number | null {
  const m = YEAR_RE.exec(toHalfWidth(title));
  return m ? Number(m[1]) : null;
}

/** The agency: the title without its year and 「政府信息公开工作年度报告」. */
export function agencyOf(title: string): string | null {
  const t = toHalfWidth(collapseSpace(title));
  const m = YEAR_RE.exec(t);
  let agency = m ? t.slice(0, m.index) : t.replace(TITLE_TAIL_RE, '');
  if (m && !agency.trim()) agency = t.slice(m.index + m[0].length).replace(TITLE_TAIL_RE, '');
  agency = agency.replace(TITLE_TAIL_RE, '').replace(/[\s:：,，、]+$/, '').trim();
  return agency ? agency : null;
}

const D = '([0-9０-９]{4}|[0-9０-９]{2}\\s?[0-9０-９]{2})';
const DATE = `${D}\\s*年\\s*([0-9０-９]{1,2})\\s*月\\s*([0-9０-９]{1,2})\\s*日`;
/** 「统计期限自2022年1月1日起，至2022年12月31日止」 and its variants (§7). Bounded gaps, no nested quantifiers. */
const PERIOD_RE = new RegExp(`(统计|数据|期限|时限|期间|时间)[^。\\n]{0,30}?${DATE}[^。\\n0-9０-９]{0,12}?${DATE}`);
/** Same shape without the 统计 keyword (fallback: the first two-date range in the text). */
const RANGE_RE = new RegExp(`${DATE}\\s*(?:起)?\\s*(?:[至到—\\-~～]|起至|起到)\\s*${DATE}`);

function iso(y: string, m: string, d: string): string | null {
  const yy = Number(toHalfWidth(y).replace(/\s/g, ''));
  const mm = Number(toHalfWidth(m));
  const dd = Number(toHalfWidth(d));
  if (!(yy > 1990 && yy < 2200 && mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31)) return null;
  return `${yy}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}

export interface PeriodHit {
  start: string;
  end: string;
  anchor: TextAnchor;
}

/** The statistics period sentence in the body text, as ISO dates with its anchor. */
export function periodOf(text: string): PeriodHit | null {
  for (const re of [PERIOD_RE, RANGE_RE]) {
    const m = re.exec(text);
    if (!m) continue;
    const g = re === PERIOD_RE ? m.slice(2) : m.slice(1);
    const start = iso(g[0], g[1], g[2]);
    const end = iso(g[3], g[4], g[5]);
    if (!start || !end) continue;
    const from = re === PERIOD_RE ? m.index : m.index;
    return { start, end, anchor: { kind: 'text', start: from, end: m.index + m[0].length, snippet: m[0] } };
  }
  return null;
}

/** A date such as 「2022-02-08 16:34」「2022年02月08日」「2022/2/8」 → ISO, or null. */
export function isoDateOf(s: string): string | null {
  const t = toHalfWidth(s);
  const m = /((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(t);
  return m ? iso(m[1], m[2], m[3]) : null;
}

/** 「发布日期：2022-02-08」「发布时间」「时间：」「日期：」 in a short text near the title. */
export function publishedInText(s: string): string | null {
  const t = toHalfWidth(s);
  const m = /(发布日期|发布时间|发文日期|公开日期|时间|日期)\s*[:：]?\s*((?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2})/.exec(t);
  return m ? isoDateOf(m[2]) : null;
}
