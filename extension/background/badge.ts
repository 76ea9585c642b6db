import type { Lang } from '../../core/model/finding.ts';
import type { SeverityCounts, TabState } from '../messaging.ts';
import { worstSeverity } from '../shared/severity.ts';
import { t } from '../shared/ui-messages.ts';

export const BADGE_COLORS = { error: '#d93025', warning: '#e37400', info: '#1a73e8', clean: '#188038' } as const;

export interface BadgeLook {
  text: string;
  color: string;
  title: string;
}

/** Badge for a report: error count (else warnings, else notes), colour by worst severity, a full sentence as title. */
export function badgeLook(counts: SeverityCounts, lang: Lang): BadgeLook {
  const worst = worstSeverity(counts);
  const data = { errors: counts.error, warnings: counts.warning, infos: counts.info };
  if (worst === 'error') return { text: String(counts.error), color: BADGE_COLORS.error, title: t(lang, 'badge.title.errors', data) };
  if (worst === 'warning') return { text: String(counts.warning), color: BADGE_COLORS.warning, title: t(lang, 'badge.title.warnings', data) };
  if (worst === 'info') return { text: String(counts.info), color: BADGE_COLORS.info, title: t(lang, 'badge.title.infos', data) };
  return { text: '✓', color: BADGE_COLORS.clean, title: t(lang, 'badge.title.clean') };
}

/** Applies a tab's state to its action badge; a page that is not a report gets no badge at all. */
export async function applyBadge(tabId: number, state: TabState | null, lang: Lang): Promise<void> {
  if (!state || state.status !== 'ready') {
    await chrome.action.setBadgeText({ tabId, text: '' });
    await chrome.action.setTitle({ tabId, title: '' }); // back to the manifest's default title
    return;
  }
  const look = badgeLook(state.counts, lang);
  await chrome.action.setBadgeBackgroundColor({ tabId, color: look.color });
  await chrome.action.setBadgeTextColor({ tabId, color: '#ffffff' });
  await chrome.action.setBadgeText({ tabId, text: look.text });
  await chrome.action.setTitle({ tabId, title: look.title });
}
