import { NoticeBar } from './components/notice.tsx';
import { UpdatePrompt } from './components/update-prompt.tsx';
import { dbEvents } from './db/instance.ts';
import { href, useRoute, type Route } from './router.ts';
import { CompareAgencyView } from './routes/compare-agency.tsx';
import { ComparePairView } from './routes/compare-pair.tsx';
import { CompareRegionView } from './routes/compare-region.tsx';
import { ImportView } from './routes/import.tsx';
import { LibraryView } from './routes/library.tsx';
import { PrintRegionView, PrintReportView } from './routes/print.tsx';
import { ReportView } from './routes/report.tsx';
import { SettingsView } from './routes/settings.tsx';
import { setLang, useT } from './state/prefs.ts';
import { useStore } from './state/store.ts';

function View({ route }: { route: Route }) {
  switch (route.name) {
    case 'library':
      return <LibraryView />;
    case 'report':
      return <ReportView id={route.id} />;
    case 'import':
      return <ImportView fromExtension={route.fromExtension} />;
    case 'compare-agency':
      return <CompareAgencyView agency={route.agency} />;
    case 'compare-pair':
      return <ComparePairView a={route.a} b={route.b} />;
    case 'compare-region':
      return <CompareRegionView region={route.region} year={route.year} />;
    case 'settings':
      return <SettingsView />;
    case 'print-report':
      return <PrintReportView id={route.id} />;
    case 'print-region':
      return <PrintRegionView region={route.region} year={route.year} />;
  }
}

export function App() {
  const route = useRoute();
  const { t, lang } = useT();
  const db = useStore(dbEvents);
  const section = route.name.startsWith('compare') ? 'compare' : route.name === 'report' || route.name.startsWith('print') ? 'library' : route.name;
  const nav = [
    { key: 'library', to: href({ name: 'library' }), label: t('nav.library') },
    { key: 'import', to: href({ name: 'import', fromExtension: false }), label: t('nav.import') },
    { key: 'compare', to: href({ name: 'compare-agency', agency: null }), label: t('nav.compare') },
    { key: 'settings', to: href({ name: 'settings' }), label: t('nav.settings') },
  ];
  return (
    <div class="app" data-ready="true">
      <header class="topbar no-print">
        <a class="brand" href={href({ name: 'library' })}>
          <img src="./icons/icon.svg" alt="" width={28} height={28} />
          <span>
            <strong>{t('app.title')}</strong>
            <small>{t('app.subtitle')}</small>
          </span>
        </a>
        <nav class="mainnav">
          {nav.map((n) => (
            <a key={n.key} href={n.to} class={section === n.key ? 'active' : ''} aria-current={section === n.key ? 'page' : undefined} data-testid={`nav-${n.key}`}>
              {n.label}
            </a>
          ))}
        </nav>
        <button type="button" class="link lang-toggle" onClick={() => setLang(lang === 'zh-CN' ? 'en' : 'zh-CN')} data-testid="lang-toggle">
          {t('nav.lang')}
        </button>
      </header>
      <UpdatePrompt />
      {db !== 'ok' && (
        <div class="notice notice-error" role="alert">
          {t(db === 'blocked' ? 'db.blocked' : 'db.upgraded')}
        </div>
      )}
      <NoticeBar />
      <main class="content">
        <View route={route} />
      </main>
    </div>
  );
}
