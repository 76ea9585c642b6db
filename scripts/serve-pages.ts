/**
 * Tiny static server for the demo portal and the fixture pages, on 127.0.0.1 only (no network access needed):
 *   /healthz          → 200 ok
 *   /                 → redirect to /demo/
 *   /demo/**          → demo/
 *   /fixtures/**      → tests/fixtures/
 *   /demo/pages/<slug>/ with no demo/pages/<slug>/ folder → tests/fixtures/pages/<slug>/source.html
 *     (the real report pages are kept once, as test fixtures; the demo portal links to them)
 * Usage: node --import tsx scripts/serve-pages.ts [--port 4310]
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

const MOUNTS: Record<string, string> = {
  '/demo/': join(ROOT, 'demo'),
  '/fixtures/': join(ROOT, 'tests', 'fixtures'),
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
};

/** Maps a URL path to a file under a mount, refusing anything that escapes it. */
export function resolvePath(urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null;
  }
  for (const [prefix, dir] of Object.entries(MOUNTS)) {
    if (!path.startsWith(prefix)) continue;
    const file = normalize(join(dir, path.slice(prefix.length)));
    if (file !== dir && !file.startsWith(dir + sep)) return null;
    return fixtureFallback(path) ?? file;
  }
  return null;
}

const FIXTURE_PAGE = /^\/demo\/pages\/([a-z0-9-]+)\/(index\.html|expected\.json|meta\.json)?$/;

/** A demo report page that is one of the real fixture pages, served from tests/fixtures/pages/<slug>/. */
function fixtureFallback(path: string): string | null {
  const match = FIXTURE_PAGE.exec(path);
  if (!match || existsSync(join(ROOT, 'demo', 'pages', match[1]))) return null;
  const file = join(ROOT, 'tests', 'fixtures', 'pages', match[1], match[2] && match[2] !== 'index.html' ? match[2] : 'source.html');
  return existsSync(file) ? file : null;
}

export function startServer(port: number, host = '127.0.0.1'): Promise<Server> {
  const server = createServer(async (req, res) => {
    const url = req.url ?? '/';
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    if (url === '/healthz') {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end('ok');
      return;
    }
    if (url === '/' || url === '/demo') {
      res.writeHead(302, { location: '/demo/' }).end();
      return;
    }
    let file = resolvePath(url);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file);
      }
      res.writeHead(200, {
        'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'content-length': info.size,
        'cache-control': 'no-store',
      });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    }
  });
  return new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolveListen(server));
  });
}

function portArg(argv: readonly string[]): number {
  const i = argv.indexOf('--port');
  const value = i >= 0 ? Number(argv[i + 1]) : 4310;
  if (!Number.isInteger(value) || value <= 0 || value > 65535) throw new Error(`invalid --port: ${argv[i + 1]}`);
  return value;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = portArg(process.argv);
  startServer(port).then(
    () => console.log(`demo portal: http://127.0.0.1:${port}/demo/  fixtures: http://127.0.0.1:${port}/fixtures/`),
    (error: Error) => {
      console.error(`serve-pages: ${error.message}`);
      process.exit(1);
    },
  );
}
