/**
 * Builds valid `Report` objects for rule tests, without the parser: every canonical cell of the chosen
 * format version exists (0 by default), six standard sections, a consistent period. Override what a test needs.
 */
import {
  ACTIVE_ROWS_2019,
  ACTIVE_ROWS_2021,
  APPLICATION_COLUMNS,
  APPLICATION_ROWS,
  REVIEW_COLUMNS,
  REVIEW_ROWS,
  ReportSchema,
  type Cell,
  type FormatVersion,
  type Report,
  type Section,
  type Table,
  type TableInfo,
} from '../../core/model/index.ts';

/** A value in a spec: number, null (blank), or raw text (「/」 → placeholder, '' → blank, other → text). */
export type SpecValue = number | null | string;
export type TableSpec = Record<string, Record<string, SpecValue>>;

export interface ReportSpec {
  title?: string;
  agency?: string | null;
  year?: number | null;
  titleYear?: number | null;
  period?: { start: string; end: string } | null;
  published?: string | null;
  formatVersion?: FormatVersion;
  sourceUrl?: string | null;
  /** Section bodies by canonical number 1..6 (title defaults to the standard one). */
  sections?: Partial<Record<1 | 2 | 3 | 4 | 5 | 6, string | { title: string; text: string } | null>>;
  /** Text before the first section (preamble: period sentence, citation…). */
  preamble?: string;
  /** Text after the last section (signature block). */
  epilogue?: string;
  /** Put the title as the first line of report.text and anchor it (report.titleAnchor). */
  titleInText?: boolean;
  active?: TableSpec;
  applications?: TableSpec;
  reviewLitigation?: TableSpec;
  tableInfo?: Partial<Record<keyof Report['tableInfo'], Partial<TableInfo>>>;
}

export const STANDARD_TITLES: Record<number, string> = {
  1: '一、总体情况',
  2: '二、主动公开政府信息情况',
  3: '三、收到和处理政府信息公开申请情况',
  4: '四、政府信息公开行政复议、行政诉讼情况',
  5: '五、存在的主要问题及改进情况',
  6: '六、其他需要报告的事项',
};

const DEFAULT_BODIES: Record<number, string> = {
  1: '2023年，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，扎实做好主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障等工作。',
  2: '主动公开情况见下表。',
  3: '依申请公开情况见下表。',
  4: '行政复议、行政诉讼情况见下表。',
  5: '存在的主要问题：一是公开内容不够丰富；二是解读形式单一。改进措施：下一步将加强培训，丰富解读形式。',
  6: '本年度未收取信息处理费。',
};

/** Turns a spec value into a Cell the way the parser would. */
export function cell(value: SpecValue): Cell {
  if (value === null || value === '') return { value: null, raw: '', semantics: 'blank', confidence: 'high' };
  if (typeof value === 'number') return { value, raw: String(value), semantics: value === 0 ? 'zero' : 'number', confidence: 'high' };
  if (/^(\/|—+|-+|－|无|不适用)$/.test(value)) return { value: null, raw: value, semantics: 'placeholder', confidence: 'high' };
  const n = Number(value);
  if (value.trim() !== '' && Number.isFinite(n)) return { value: n, raw: value, semantics: n === 0 ? 'zero' : 'number', confidence: 'high' };
  return { value: null, raw: value, semantics: 'text', confidence: 'high' };
}

function fill(rows: Record<string, readonly string[]>, spec: TableSpec | undefined): Table {
  const table: Table = {};
  for (const [row, cols] of Object.entries(rows)) {
    table[row] = {};
    for (const col of cols) table[row][col] = cell(0);
  }
  for (const [row, cols] of Object.entries(spec ?? {})) {
    table[row] ??= {};
    for (const [col, v] of Object.entries(cols)) table[row][col] = cell(v);
  }
  return table;
}

function applicationRows(version: FormatVersion): Record<string, readonly string[]> {
  const rows: Record<string, readonly string[]> = {};
  for (const r of APPLICATION_ROWS) {
    if (version === '2019' ? r.startsWith('other.') && r !== 'other.combined' : r === 'other.combined') continue;
    rows[r] = APPLICATION_COLUMNS;
  }
  return rows;
}

function tableInfo(found: boolean, extra?: Partial<TableInfo>): TableInfo {
  return {
    found,
    tableIndexes: [],
    rowLabels: {},
    columnLabels: {},
    extraRows: [],
    extraColumns: [],
    captions: [],
    ...(found ? {} : {}),
    ...extra,
  };
}

export function buildReport(spec: ReportSpec = {}): Report {
  const version = spec.formatVersion ?? '2021';
  const year = spec.year === undefined ? 2023 : spec.year;
  const titleYear = spec.titleYear === undefined ? year : spec.titleYear;
  const agency = spec.agency === undefined ? '某某县人民政府办公室' : spec.agency;
  const title = spec.title ?? `${agency ?? ''}${titleYear ?? ''}年政府信息公开工作年度报告`;
  const period =
    spec.period === undefined ? (year ? { start: `${year}-01-01`, end: `${year}-12-31` } : null) : spec.period;

  const parts: string[] = [];
  const preamble =
    spec.preamble ??
    (period
      ? `本报告根据《中华人民共和国政府信息公开条例》（国令第711号）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）编制。本报告中所列数据统计期限自${period.start.slice(0, 4)}年1月1日起，至${period.end.slice(0, 4)}年12月31日止。`
      : '');
  let text = spec.titleInText ? title + (preamble ? '\n' + preamble : '') : preamble;
  const sections: Section[] = [];
  for (const n of [1, 2, 3, 4, 5, 6] as const) {
    const s = spec.sections?.[n];
    if (s === null) continue;
    const sectionTitle = typeof s === 'object' && s ? s.title : STANDARD_TITLES[n];
    const body = typeof s === 'string' ? s : typeof s === 'object' && s ? s.text : DEFAULT_BODIES[n];
    if (text) text += '\n';
    const titleStart = text.length;
    text += sectionTitle;
    const titleEnd = text.length;
    text += '\n' + body;
    sections.push({
      number: n,
      ordinal: '一二三四五六'[n - 1],
      canonical: n,
      title: sectionTitle,
      titleAnchor: { kind: 'text', start: titleStart, end: titleEnd, snippet: sectionTitle },
      text: body,
      start: titleStart,
      end: text.length,
      subItems: [],
    });
    parts.push(body);
  }
  if (spec.epilogue) text += '\n' + spec.epilogue;

  const legacy = version === 'legacy' || version === 'unknown';
  const periodMatch = /[^。\n]*统计(?:期限|时限)[^。\n]*/.exec(text);
  const report: Report = {
    title,
    ...(spec.titleInText ? { titleAnchor: { kind: 'text' as const, start: 0, end: title.length, snippet: title } } : {}),
    ...(periodMatch
      ? { periodAnchor: { kind: 'text' as const, start: periodMatch.index, end: periodMatch.index + periodMatch[0].length, snippet: periodMatch[0] } }
      : {}),
    agency,
    year,
    titleYear,
    period,
    published: spec.published === undefined ? (year ? `${year + 1}-01-20` : null) : spec.published,
    formatVersion: version,
    sourceUrl: spec.sourceUrl ?? 'https://www.example.gov.cn/zfxxgk/ndbg/report.html',
    text,
    sections,
    tables: {
      active: legacy ? {} : fill(version === '2019' ? ACTIVE_ROWS_2019 : ACTIVE_ROWS_2021, spec.active),
      applications: legacy ? {} : fill(applicationRows(version), spec.applications),
      reviewLitigation: legacy
        ? {}
        : fill(Object.fromEntries(REVIEW_ROWS.map((r) => [r, REVIEW_COLUMNS])), spec.reviewLitigation),
    },
    tableInfo: {
      active: tableInfo(!legacy, spec.tableInfo?.active),
      applications: tableInfo(!legacy, { notePresent: !legacy, ...spec.tableInfo?.applications }),
      reviewLitigation: tableInfo(!legacy, spec.tableInfo?.reviewLitigation),
    },
    otherTables: [],
    source: { kind: 'html', container: 'div#zoom', tableCount: legacy ? 0 : 3 },
    diagnostics: [],
  };
  return ReportSchema.parse(report);
}

/**
 * A 表三 column spec that satisfies every identity: received + carriedOver = resultsTotal + carriedForward,
 * resultsTotal = Σ leaves. `leaves` gives leaf values (others 0).
 */
export function consistentColumn(opts: { carriedOver?: number; carriedForward?: number; leaves?: Record<string, number> }): Record<string, number> {
  const leaves = opts.leaves ?? {};
  const resultsTotal = Object.values(leaves).reduce((a, b) => a + b, 0);
  const carriedOver = opts.carriedOver ?? 0;
  const carriedForward = opts.carriedForward ?? 0;
  return { ...leaves, resultsTotal, carriedOver, carriedForward, received: resultsTotal + carriedForward - carriedOver };
}

/** Builds a 表三 spec from per-column specs: rows × columns, with 总计 = Σ applicant columns. */
export function applicationsSpec(columns: Partial<Record<string, Record<string, number>>>): TableSpec {
  const spec: TableSpec = {};
  const applicant = APPLICATION_COLUMNS.slice(0, 6);
  for (const col of applicant) {
    for (const [row, v] of Object.entries(columns[col] ?? {})) {
      spec[row] ??= {};
      spec[row][col] = v;
    }
  }
  for (const row of Object.keys(spec)) {
    spec[row].total = applicant.reduce((sum, c) => sum + (typeof spec[row][c] === 'number' ? (spec[row][c] as number) : 0), 0);
  }
  return spec;
}
