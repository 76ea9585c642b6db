/** The original URL of a saved page: Chrome's 「saved from url」 comment, then canonical link, then og:url. */
export function savedPageUrl(html: string, doc: Document | null): string | null {
  const saved = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 2048));
  if (saved && /^https?:/i.test(saved[1])) return saved[1];
  const canonical = doc?.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (canonical && /^https?:/i.test(canonical)) return canonical;
  const og = doc?.querySelector('meta[property="og:url"]')?.getAttribute('content');
  if (og && /^https?:/i.test(og)) return og;
  return null;
}
