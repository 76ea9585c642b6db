/**
 * Report identity: agency + year + normalised source URL. The same report captured over http and https, with or
 * without www., a fragment or a trailing slash, is the same report.
 */
export function normaliseUrl(url: string | null | undefined): string {
  if (!url) return '';
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return url.trim().toLowerCase();
  }
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  const port = u.port && u.port !== '80' && u.port !== '443' ? `:${u.port}` : '';
  const path = u.pathname.replace(/\/+$/, '') || '';
  const params = [...u.searchParams.entries()].sort(([a], [b]) => a.localeCompare(b));
  const query = params.length ? '?' + params.map(([k, v]) => `${k}=${v}`).join('&') : '';
  return `${host}${port}${path}${query}`;
}

export function reportIdentity(agency: string | null | undefined, year: number | null | undefined, url: string | null | undefined): string {
  return `${(agency ?? '').trim()}|${year ?? 0}|${normaliseUrl(url)}`;
}

export function findingRowId(reportId: string, key: string): string {
  return `${reportId}#${key}`;
}

/** The prefix every report id of this agency starts with (ids of an agency whose name contains "|" may share it). */
export function agencyIdPrefix(agency: string): string {
  return `${agency.trim()}|`;
}
