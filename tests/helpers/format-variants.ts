import { buildReport, type ReportSpec } from './report-builder.ts';
import type { Report } from '../../core/model/index.ts';

/** 洪泽区人民政府 2023 / 2024: a 2021-format report that kept the single 2019 row 「（六）其他处理」 (other.combined). */
export function withCombinedOtherRow(spec: ReportSpec = {}): Report {
  const r = buildReport(spec);
  const t = r.tables.applications;
  t['other.combined'] = t['other.other'];
  for (const k of ['other.noCorrection', 'other.unpaidFee', 'other.other']) delete t[k];
  return r;
}
