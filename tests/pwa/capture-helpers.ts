import { findingKey, reportHash, type Capture, type Finding } from '../../core/index.ts';
import { buildReport, type ReportSpec } from '../helpers/report-builder.ts';

export function finding(ruleId: string, severity: Finding['severity'] = 'error', row = 'review'): Finding {
  return {
    ruleId,
    severity,
    outcome: 'fail',
    messageId: 'm',
    data: {},
    message: `${ruleId} message`,
    cells: [{ table: 'reviewLitigation', row, col: 'total' }],
    related: [],
    text: [],
    expected: 1,
    actual: 2,
  };
}

export function capture(spec: ReportSpec & { findings?: Finding[]; id?: string } = {}): Capture {
  const report = buildReport(spec);
  return {
    id: spec.id ?? `cap-${report.agency}-${report.year}-${reportHash(report)}`,
    url: report.sourceUrl,
    capturedAt: '2024-01-01T00:00:00.000Z',
    contentHash: reportHash(report),
    html: '<html></html>',
    report,
    findings: spec.findings ?? [],
    reviews: [],
    rulesVersion: 'test-rules',
  };
}

export { findingKey };
