import { readFileSync } from 'node:fs';

/** pwa/public/_headers: the library's HTTP response headers (the same for every path). */
export const HEADERS_FILE = new URL('../public/_headers', import.meta.url);

/**
 * Reads a `_headers` file (Netlify / Cloudflare Pages format) that has one `/*` block, as a header record for a
 * Node server (vite preview and dev server, the e2e server, the benchmark server).
 */
export function readHeaders(file: URL | string = HEADERS_FILE): Record<string, string> {
  const headers: Record<string, string> = {};
  let inBlock = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      if (line.trim() !== '/*') throw new Error(`_headers: only a "/*" block is supported, got ${line.trim()}`);
      inBlock = true;
      continue;
    }
    const m = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    if (!inBlock || !m) throw new Error(`_headers: cannot read ${JSON.stringify(line)}`);
    headers[m[1]] = m[2].trim();
  }
  return headers;
}
