import type { Lang } from '../../core/index.ts';
import type { FindingExportRow } from '../db/queries/export.ts';
import { cellsText, findingMessage, ruleName, showValue } from '../engine/finding-text.ts';
import { translate, type MessageId } from '../i18n/index.ts';

const COLUMNS: MessageId[] = [
  'export.csv.agency',
  'export.csv.region',
  'export.csv.year',
  'export.csv.title',
  'export.csv.url',
  'export.csv.ruleId',
  'export.csv.ruleName',
  'export.csv.severity',
  'export.csv.outcome',
  'export.csv.message',
  'export.csv.cells',
  'export.csv.expected',
  'export.csv.actual',
  'export.csv.review',
  'export.csv.reason',
  'export.csv.note',
  'export.csv.reviewer',
  'export.csv.reviewedAt',
];

export type FindingTableValue = string | number;

/** Findings as a header plus rows of cells, shared by the CSV and the xlsx exports. */
export function findingTable(rows: readonly FindingExportRow[], lang: Lang): { header: string[]; rows: FindingTableValue[][] } {
  const t = (id: MessageId) => translate(lang, id);
  return {
    header: COLUMNS.map(t),
    rows: rows.map(({ report, finding, review }) => [
      report.agency,
      report.region ?? '',
      report.year || '',
      report.title,
      report.sourceUrl ?? '',
      finding.ruleId,
      ruleName(finding.ruleId, lang),
      t(`severity.${finding.severity}`),
      finding.outcome === 'needs-review' ? t('finding.needsReview') : finding.outcome,
      findingMessage(finding, lang),
      cellsText(finding, lang),
      showValue(finding.expected),
      showValue(finding.actual),
      t(`review.${review?.status ?? 'open'}`),
      review?.reason ?? '',
      review?.note ?? '',
      review?.reviewer ?? '',
      review?.updatedAt ?? '',
    ]),
  };
}
