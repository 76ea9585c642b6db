/**
 * Scope and period words that make a prose number incomparable with the table (report-format.md §8.3):
 * a government's prose often describes the whole region (全市/全区/各级) or record counts (备案) while its tables
 * cover the government itself. Such mismatches are lowered to info / needs-review.
 */
import type { Report } from '../../model/report.ts';
import type { Sentence } from './sentences.ts';

/** Always a different scope than the agency's own table. */
const FOREIGN_SCOPE = /备案|代表[^，。；政]{0,5}政府|全系统|系统内/;
/** The whole area: a different scope unless the report itself is the area's aggregate report. */
const AREA_SCOPE = /全(?:省|市|区|县|州|旗|盟|镇|乡)|各级|各(?:部门|单位|地|乡镇|县区|区县)/;
/** An agency named as a bare area (「平潭综合实验区」, 「某某县」) reports for the whole area. */
const BARE_AREA = /(?:省|市|区|县|州|旗|盟|镇|乡|街道)$/;
/** The report says it aggregates its units (「汇总…各有关单位…编制」). */
const AGGREGATE = /汇总[^。；]{0,30}(?:各|所属|下属)[^。；]{0,12}(?:单位|部门|机关)/;

export interface Scope {
  /** The sentence speaks about a wider scope than the table. */
  broader: boolean;
  /** The scope word found, for the message. */
  word: string | null;
}

const aggregateCache = new WeakMap<Report, boolean>();

/** Whether the report covers a whole area (so 「全区」 in its prose is the table's own scope). */
export function isAreaReport(report: Report): boolean {
  let known = aggregateCache.get(report);
  if (known === undefined) {
    const agency = (report.agency ?? '').trim();
    known = BARE_AREA.test(agency) || AGGREGATE.test(report.text.slice(0, 600));
    aggregateCache.set(report, known);
  }
  return known;
}

export function scopeOf(sentence: Pick<Sentence, 'text'>, report: Report): Scope {
  const foreign = FOREIGN_SCOPE.exec(sentence.text);
  if (foreign) return { broader: true, word: foreign[0] };
  const area = AREA_SCOPE.exec(sentence.text);
  if (area && !isAreaReport(report)) return { broader: true, word: area[0] };
  return { broader: false, word: null };
}

const YEAR = /(?<![0-9])((?:19|20)\d{2})\s*年/g;
const BOOK_TITLE = /《[^》]*》/g;

/** Years written in a sentence (outside 《…》 titles). */
export function yearsIn(text: string): number[] {
  const plain = text.replace(BOOK_TITLE, '');
  const out: number[] = [];
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(plain); m; m = YEAR.exec(plain)) out.push(Number(m[1]));
  return out;
}

/** The sentence is about another year than the report's (e.g. 「2022年共收到…」 in a 2023 report): not comparable. */
export function aboutOtherYear(sentence: Pick<Sentence, 'text'>, report: Report): boolean {
  if (!report.year) return false;
  const years = yearsIn(sentence.text);
  return years.length > 0 && !years.includes(report.year);
}
