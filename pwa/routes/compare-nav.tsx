import { href, type Route } from '../router.ts';
import { useT } from '../state/prefs.ts';

export function CompareTabs({ active }: { active: Route['name'] }) {
  const { t } = useT();
  const tabs = [
    { name: 'compare-agency', label: t('compare.tab.agency'), to: href({ name: 'compare-agency', agency: null }) },
    { name: 'compare-pair', label: t('compare.tab.pair'), to: href({ name: 'compare-pair', a: null, b: null }) },
    { name: 'compare-region', label: t('compare.tab.region'), to: href({ name: 'compare-region', region: null, year: null }) },
  ];
  return (
    <nav class="tabs no-print" aria-label={t('compare.title')}>
      {tabs.map((tab) => (
        <a key={tab.name} href={tab.to} class={tab.name === active ? 'active' : ''} aria-current={tab.name === active ? 'page' : undefined}>
          {tab.label}
        </a>
      ))}
    </nav>
  );
}

export function indicatorLabel(lang: 'zh-CN' | 'en', table: string, row: string, col: string, labels: { row: string; col: string; table: string }): string {
  return lang === 'en' ? `${labels.table} · ${labels.row} · ${labels.col}` : `${labels.table} ${labels.row} · ${labels.col}`;
}
