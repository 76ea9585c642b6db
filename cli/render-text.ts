import type { Finding, Lang, Severity } from '../core/model/finding.ts';
import { cellLabel } from '../core/i18n/labels.ts';
import type { CheckedFile } from './check-file.ts';

export interface TextStyle {
  color: boolean;
}

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

const T = {
  'zh-CN': {
    severity: { error: '✖ 错误', warning: '▲ 警告', info: 'ℹ 提示' },
    format: { '2021': '2021 格式', '2019': '2019 格式', legacy: '旧格式（2019 年前）', unknown: '格式未识别' },
    year: '年度',
    period: '统计期限',
    to: '至',
    tables: '表格',
    missing: '未找到',
    cells: '涉及单元格',
    related: '相关单元格',
    expected: '应为',
    actual: '实为',
    text: '原文',
    diagnostics: '解析提示',
    summary: (e: number, w: number, i: number) => `结果：${e} 个错误，${w} 个警告，${i} 条提示`,
    clean: '未发现问题',
    reasons: { empty: '文件为空', 'not-a-report': '不是政府信息公开工作年度报告', 'too-large': '文件过大', unreadable: '无法读取', timeout: '处理超时' } as Record<string, string>,
    tableNames: { active: '表二', applications: '表三', reviewLitigation: '表四' },
  },
  en: {
    severity: { error: '✖ Errors', warning: '▲ Warnings', info: 'ℹ Notes' },
    format: { '2021': '2021 format', '2019': '2019 format', legacy: 'legacy format (before 2019)', unknown: 'format not recognised' },
    year: 'year',
    period: 'period',
    to: 'to',
    tables: 'tables',
    missing: 'missing',
    cells: 'cells',
    related: 'related',
    expected: 'expected',
    actual: 'actual',
    text: 'text',
    diagnostics: 'parser notes',
    summary: (e: number, w: number, i: number) => `Result: ${e} errors, ${w} warnings, ${i} notes`,
    clean: 'no problems found',
    reasons: { empty: 'empty file', 'not-a-report': 'not a government information-disclosure annual report', 'too-large': 'file too large', unreadable: 'unreadable', timeout: 'timed out' } as Record<string, string>,
    tableNames: { active: 'Table 2', applications: 'Table 3', reviewLitigation: 'Table 4' },
  },
} as const;

const ANSI = { red: '\x1b[31m', yellow: '\x1b[33m', blue: '\x1b[34m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };
const SEVERITY_COLOR: Record<Severity, string> = { error: ANSI.red, warning: ANSI.yellow, info: ANSI.blue };

function show(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

function renderFinding(f: Finding, lang: Lang, paint: (code: string, s: string) => string): string[] {
  const t = T[lang];
  const lines = [`  ${paint(ANSI.dim, f.ruleId.padEnd(28))} ${f.message}${f.outcome === 'needs-review' ? (lang === 'en' ? ' (needs review)' : '（需人工复核）') : ''}`];
  const indent = ' '.repeat(31);
  if (f.cells.length) lines.push(`${indent}${paint(ANSI.dim, t.cells + ':')} ${f.cells.map((c) => cellLabel(c, lang)).join(lang === 'en' ? '; ' : '；')}`);
  if (f.related.length && f.related.length <= 8) lines.push(`${indent}${paint(ANSI.dim, t.related + ':')} ${f.related.map((c) => cellLabel(c, lang)).join(lang === 'en' ? '; ' : '；')}`);
  if (f.expected !== undefined) lines.push(`${indent}${paint(ANSI.dim, `${t.expected} ${show(f.expected)}${lang === 'en' ? ', ' : '，'}${t.actual} ${show(f.actual)}`)}`);
  for (const a of f.text.slice(0, 3)) lines.push(`${indent}${paint(ANSI.dim, t.text + ':')} 「${a.snippet.length > 80 ? a.snippet.slice(0, 80) + '…' : a.snippet}」`);
  return lines;
}

/** A readable report for one input, grouped by severity, with Chinese (or English) labels and the numbers involved. */
export function renderText(result: CheckedFile, lang: Lang, style: TextStyle): string {
  const t = T[lang];
  const paint = (code: string, s: string) => (style.color ? code + s + ANSI.reset : s);
  const lines: string[] = [paint(ANSI.bold, `━━ ${result.source}`)];
  if (!result.ok) {
    lines.push(`  ${paint(ANSI.red, '✖ ' + (t.reasons[result.reason] ?? result.reason))}: ${result.detail}`);
    return lines.join('\n');
  }
  const r = result.report;
  const head = [r.title || '—', t.format[r.formatVersion]];
  if (r.year) head.push(`${t.year} ${r.year}`);
  if (r.period) head.push(`${t.period} ${r.period.start} ${t.to} ${r.period.end}`);
  lines.push('  ' + head.join(' · '));
  if (r.formatVersion !== 'legacy' && r.formatVersion !== 'unknown') {
    const tables = (['active', 'applications', 'reviewLitigation'] as const)
      .map((k) => `${t.tableNames[k]} ${r.tableInfo[k].found ? '✓' : t.missing}`)
      .join('  ');
    lines.push(`  ${t.tables}: ${tables}`);
  }
  const notes = r.diagnostics.filter((d) => d.level !== 'info');
  if (notes.length) lines.push(`  ${paint(ANSI.dim, `${t.diagnostics}: ${notes.map((d) => d.detail).slice(0, 5).join('; ')}`)}`);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const severity of SEVERITIES) {
    const group = result.findings.filter((f) => f.severity === severity);
    counts[severity] = group.length;
    if (!group.length) continue;
    lines.push(paint(SEVERITY_COLOR[severity], `  ${t.severity[severity]} (${group.length})`));
    for (const f of group) lines.push(...renderFinding(f, lang, paint));
  }
  lines.push('  ' + (result.findings.length ? t.summary(counts.error, counts.warning, counts.info) : t.clean));
  return lines.join('\n');
}
