import type { Finding, Severity } from '../../core/model/finding.ts';
import type { SeverityCounts } from '../messaging.ts';

/** Icons beside the colour, so severity is never told by colour alone. */
export const SEVERITY_ICON: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ' };

export function countBySeverity(findings: readonly Pick<Finding, 'severity'>[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

export function worstSeverity(counts: SeverityCounts): Severity | null {
  if (counts.error) return 'error';
  if (counts.warning) return 'warning';
  if (counts.info) return 'info';
  return null;
}
