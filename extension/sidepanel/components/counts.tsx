import type { Lang, Severity } from '../../../core/model/finding.ts';
import type { SeverityCounts } from '../../messaging.ts';
import { SEVERITY_ICON } from '../../shared/severity.ts';
import { t } from '../../shared/ui-messages.ts';

const ORDER: Severity[] = ['error', 'warning', 'info'];

/** Counts by severity; each chip toggles that severity in the list (aria-pressed). */
export function Counts(props: { lang: Lang; counts: SeverityCounts; shown: Set<Severity>; onToggle: (s: Severity) => void }) {
  const { lang, counts, shown, onToggle } = props;
  return (
    <div class="counts" role="group" aria-label={t(lang, 'panel.counts')}>
      {ORDER.map((s) => (
        <button type="button" class={`chip sev-${s}`} data-severity={s} aria-pressed={shown.has(s)} onClick={() => onToggle(s)}>
          <span class="icon" aria-hidden="true">{SEVERITY_ICON[s]}</span>
          <span class="label">{t(lang, `severity.${s}`)}</span>
          <span class="count">{counts[s]}</span>
        </button>
      ))}
    </div>
  );
}
