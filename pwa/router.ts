import { useEffect, useState } from 'preact/hooks';

export type Route =
  | { name: 'library' }
  | { name: 'report'; id: string }
  | { name: 'import'; fromExtension: boolean }
  | { name: 'compare-agency'; agency: string | null }
  | { name: 'compare-pair'; a: string | null; b: string | null }
  | { name: 'compare-region'; region: string | null; year: number | null }
  | { name: 'settings' }
  | { name: 'print-report'; id: string }
  | { name: 'print-region'; region: string; year: number };

/** Hash routes: #/, #/report/<id>, #/import, #/import-from-extension, #/compare/agency?agency=, #/compare/pair?a=&b=, #/compare/region?region=&year=, #/settings, #/print/report/<id>, #/print/region?region=&year=. */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const [path, query = ''] = raw.split('?');
  const q = new URLSearchParams(query);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const year = (v: string | null) => (v && /^\d+$/.test(v) ? Number(v) : null);
  switch (parts[0]) {
    case 'report':
      return parts[1] ? { name: 'report', id: parts.slice(1).join('/') } : { name: 'library' };
    case 'import':
      return { name: 'import', fromExtension: false };
    case 'import-from-extension':
      return { name: 'import', fromExtension: true };
    case 'compare':
      if (parts[1] === 'pair') return { name: 'compare-pair', a: q.get('a'), b: q.get('b') };
      if (parts[1] === 'region') return { name: 'compare-region', region: q.get('region'), year: year(q.get('year')) };
      return { name: 'compare-agency', agency: q.get('agency') };
    case 'settings':
      return { name: 'settings' };
    case 'print':
      if (parts[1] === 'report' && parts[2]) return { name: 'print-report', id: parts.slice(2).join('/') };
      if (parts[1] === 'region') return { name: 'print-region', region: q.get('region') ?? '', year: year(q.get('year')) ?? 0 };
      return { name: 'library' };
    default:
      return { name: 'library' };
  }
}

export function href(route: Route): string {
  const qs = (o: Record<string, string | number | null | undefined>) => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(o)) if (v !== null && v !== undefined && v !== '') p.set(k, String(v));
    const s = p.toString();
    return s ? `?${s}` : '';
  };
  switch (route.name) {
    case 'library':
      return '#/';
    case 'report':
      return `#/report/${encodeURIComponent(route.id)}`;
    case 'import':
      return route.fromExtension ? '#/import-from-extension' : '#/import';
    case 'compare-agency':
      return `#/compare/agency${qs({ agency: route.agency })}`;
    case 'compare-pair':
      return `#/compare/pair${qs({ a: route.a, b: route.b })}`;
    case 'compare-region':
      return `#/compare/region${qs({ region: route.region, year: route.year })}`;
    case 'settings':
      return '#/settings';
    case 'print-report':
      return `#/print/report/${encodeURIComponent(route.id)}`;
    case 'print-region':
      return `#/print/region${qs({ region: route.region, year: route.year })}`;
  }
}

export function navigate(route: Route): void {
  location.hash = href(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const on = () => {
      setRoute(parseRoute(location.hash));
      window.scrollTo(0, 0);
    };
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return route;
}
