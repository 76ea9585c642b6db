import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolvePath, startServer } from '../../scripts/serve-pages.ts';

describe('resolvePath', () => {
  it('maps /demo and /fixtures and refuses escapes', () => {
    expect(resolvePath('/demo/index.html')).toMatch(/demo[\\/]index\.html$/);
    expect(resolvePath('/fixtures/pages/x/source.html')).toMatch(/tests[\\/]fixtures[\\/]pages[\\/]x[\\/]source\.html$/);
    expect(resolvePath('/demo/../package.json')).toBeNull();
    expect(resolvePath('/demo/%2e%2e/package.json')).toBeNull();
    expect(resolvePath('/etc/passwd')).toBeNull();
    expect(resolvePath('/demo/%E0%A4%A')).toBeNull();
    // Real report pages are served from the fixtures; demo-only pages from demo/.
    expect(resolvePath('/demo/pages/pingtan-2020/')).toMatch(/tests[\\/]fixtures[\\/]pages[\\/]pingtan-2020[\\/]source\.html$/);
    expect(resolvePath('/demo/pages/pingtan-2020/expected.json')).toMatch(/tests[\\/]fixtures[\\/]pages[\\/]pingtan-2020[\\/]expected\.json$/);
    expect(resolvePath('/demo/pages/errors-2024/')).toMatch(/demo[\\/]pages[\\/]errors-2024[\\/]?$/);
  });
});

describe('startServer', () => {
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    server = await startServer(0);
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('answers /healthz, serves demo pages as UTF-8 HTML, 404s the rest', async () => {
    expect(await (await fetch(`${origin}/healthz`)).text()).toBe('ok');
    const index = await fetch(`${origin}/demo/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await index.text()).toContain('示例门户');
    expect((await fetch(`${origin}/demo/pages/errors-2024/expected.json`)).headers.get('content-type')).toMatch(/^application\/json/);
    expect((await fetch(`${origin}/demo/nope.html`)).status).toBe(404);
    expect((await fetch(`${origin}/`, { redirect: 'manual' })).headers.get('location')).toBe('/demo/');
  });
});
