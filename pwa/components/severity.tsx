import type { Severity } from '../../core/index.ts';
import { useT } from '../state/prefs.ts';

/** Same visual language as the extension: colour + icon by severity (never colour alone). */
export const SEVERITY_ICON: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ' };

export function SeverityBadge({ severity, count }: { severity: Severity; count?: number }) {
  const { t } = useT();
  return (
    <span class={`sev sev-${severity}`} title={t(`severity.${severity}`)}>
      <span class="sev-icon" aria-hidden="true">{SEVERITY_ICON[severity]}</span>
      {count === undefined ? t(`severity.${severity}`) : count}
    </span>
  );
}

export function SeverityCounts({ counts }: { counts: Record<Severity, number> }) {
  return (
    <span class="sev-counts">
      {(['error', 'warning', 'info'] as const).map((s) => (counts[s] ? <SeverityBadge key={s} severity={s} count={counts[s]} /> : null))}
    </span>
  );
}
