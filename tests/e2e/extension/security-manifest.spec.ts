/**
 * Least privilege and no remote code, checked on the BUILT extension (dist/extension, `npm run build:ext`):
 * the manifest asks for exactly the documented permissions (README "## Permissions" lists each one), extension pages
 * have a CSP without eval or remote script, the bundles load no remote code, and eval is blocked in every context
 * our code runs in (so zod's `Function('')` feature test fails harmlessly).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LIBRARY_ORIGINS } from '../../../core/export/bridge.ts';
import { PORTAL_MATCHES } from '../../../extension/manifest.config.ts';
import { DEMO, EXTENSION_DIR, expect, tabIdOf, test, waitForStatus } from './fixtures.ts';

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts?: { matches: string[]; all_frames?: boolean }[];
  externally_connectable?: { ids?: string[]; matches?: string[]; accepts_tls_channel_id?: boolean };
  content_security_policy?: { extension_pages?: string; sandbox?: string };
  web_accessible_resources?: unknown[];
  sandbox?: unknown;
}

const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Manifest;
const README = readFileSync(fileURLToPath(new URL('../../../README.md', import.meta.url)), 'utf8');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** URLs that appear in our bundles as plain strings and are never loaded (namespaces, schema ids, docs in error text). */
const HARMLESS_URLS = [
  /^http:\/\/www\.w3\.org\/(1998\/Math\/MathML|1999\/xhtml|2000\/svg|1999\/xlink|XML\/1998\/namespace)$/, // preact namespaces
  /^https?:\/\/json-schema\.org\//, // zod's JSON-schema ids
  /^https:\/\/www\.example\.org$/, // zod's URL-parsing base
  /^https?:\/\/(\[\$\{e\}\]|\.)?$/, // zod's URL check prefixes ("http://", "https://", "http://[${e}]")
  /^http:\/\/bit\.ly\/2kdckMn$/, // dexie: text of the PrematureCommit error
  /^https:\/\/tinyurl\.com\/y2uuvskb$/, // dexie: text of a warning
  /^http:\/\/(127\.0\.0\.1|localhost):4173$/, // LIBRARY_ORIGINS (local)
];

test.describe('the built manifest', () => {
  test('asks for exactly the documented permissions and hosts', () => {
    expect(manifest.permissions?.slice().sort()).toEqual(['activeTab', 'scripting', 'sidePanel', 'storage', 'unlimitedStorage']);
    expect(manifest.host_permissions).toEqual(PORTAL_MATCHES);
    expect(manifest.optional_host_permissions?.slice().sort()).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    // No content script: the background injects the MAIN-world gate on permitted pages (docs/extension.md).
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect(manifest.externally_connectable).toEqual({ ids: [], matches: LIBRARY_ORIGINS.map((o) => `${o}/*`) });
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    expect(manifest.sandbox).toBeUndefined();
  });

  test('every permission and host pattern is listed in the README with a reason', () => {
    const start = README.indexOf('\n## Permissions');
    expect(start).toBeGreaterThan(0);
    const section = README.slice(start, README.indexOf('\n## ', start + 5));
    const entries = [
      ...(manifest.permissions ?? []),
      ...(manifest.host_permissions ?? []),
      ...(manifest.optional_host_permissions ?? []),
      ...(manifest.externally_connectable?.matches ?? []),
      manifest.content_security_policy?.extension_pages ?? 'missing CSP',
    ];
    const missing = entries.filter((e) => !section.includes(`\`${e}\``));
    expect(missing).toEqual([]);
    // Each table row names a reason (a non-empty third cell).
    const rows = section.split('\n').filter((l) => l.startsWith('| `'));
    expect(rows.length).toBeGreaterThanOrEqual(10);
    for (const row of rows) expect(row.split('|')[3]?.trim().length ?? 0, row).toBeGreaterThan(10);
  });

  test('extension pages have a CSP without eval, inline or remote script', () => {
    const csp = manifest.content_security_policy?.extension_pages ?? '';
    const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1].trim().split(/\s+/);
    expect(scriptSrc).toEqual(["'self'"]);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
  });
});

test.describe('no remote code in dist/extension', () => {
  const bundle = files(EXTENSION_DIR).filter((f) => /\.(js|html|json)$/.test(f));

  test('no script, import or worker from a URL; every URL string is a known harmless constant', () => {
    const offending: string[] = [];
    for (const file of bundle) {
      const text = readFileSync(file, 'utf8');
      const rel = file.slice(EXTENSION_DIR.length + 1);
      if (/<script[^>]+src=["']?(https?:)?\/\//i.test(text)) offending.push(`${rel}: remote <script>`);
      if (/<link[^>]+href=["']?(https?:)?\/\//i.test(text)) offending.push(`${rel}: remote <link>`);
      if (/\bimport\s*\(\s*["'`]https?:|\bfrom\s*["']https?:|importScripts\s*\(/.test(text)) offending.push(`${rel}: remote import`);
      if (/new\s+(Worker|SharedWorker)\s*\(\s*["'`]https?:/.test(text)) offending.push(`${rel}: remote worker`);
      if (/\b(XMLHttpRequest|WebSocket|EventSource|sendBeacon)\b/.test(text)) offending.push(`${rel}: network API`);
      for (const url of text.match(/https?:\/\/[^"'`\s)\\\u0080-\uffff]*/g) ?? []) {
        if (rel === 'manifest.json') continue; // match patterns and the hosts above, checked by the manifest tests
        if (!HARMLESS_URLS.some((re) => re.test(url))) offending.push(`${rel}: ${url}`);
      }
    }
    expect(offending).toEqual([]);
  });

  test('fetch is used only for the local library check and vite’s same-origin modulepreload', () => {
    const calls = bundle.flatMap((file) => (readFileSync(file, 'utf8').match(/\bfetch\([^)]{0,40}/g) ?? []).map((c) => c.replace(/\s+/g, ' ')));
    expect(calls.every((c) => /^fetch\(`\$\{\w+\[0\]\}\/`|^fetch\(\w+\.href,/.test(c)), calls.join(' | ')).toBe(true);
  });

  test('eval appears only as zod’s feature test, and that is blocked by the CSP in every context our code runs in', async ({ context, page, sw, extensionId }) => {
    const evals = bundle.flatMap((file) => readFileSync(file, 'utf8').match(/.{40}\b(eval\(|new Function\(|Function\()[^)]{0,20}\).{0,20}/g) ?? []);
    expect(evals.length).toBeGreaterThan(0); // zod's allowsEval: try{return Function(``),!0}catch{return!1}
    for (const e of evals) expect(e).toMatch(/try\{return Function\(``\),!0\}catch\{return!1\}/);

    // A string compiled later, in a task of its own (CDP's Runtime.evaluate itself may eval: it is not the probe).
    const probe = () =>
      new Promise<string>((resolve) => {
        const g = globalThis as { __evalRan?: boolean };
        delete g.__evalRan;
        try {
          (setTimeout as unknown as (code: string, ms: number) => void)('globalThis.__evalRan = true', 0);
        } catch {
          return resolve('blocked');
        }
        setTimeout(() => resolve(g.__evalRan ? 'allowed' : 'blocked'), 200);
      });
    // Control: the same probe on a page without a CSP does run the string.
    await page.goto(`${DEMO}/not-a-report/`);
    expect(await page.evaluate(probe), 'control page without CSP').toBe('allowed');
    const ext = await context.newPage();
    await ext.goto(`chrome-extension://${extensionId}/sidepanel/index.html`);
    expect(await ext.evaluate(probe), 'side panel').toBe('blocked');
    expect(await sw.evaluate(probe), 'service worker').toBe('blocked');
    await page.goto(`${DEMO}/errors-2024/`);
    const tabId = await tabIdOf(sw, page);
    await waitForStatus(sw, tabId, 'ready');
    const inContentWorld = await sw.evaluate(async (id) => {
      const [result] = await chrome.scripting.executeScript({
        target: { tabId: id },
        func: () => {
          try {
            Function('return 1')();
            return 'allowed';
          } catch {
            return 'blocked';
          }
        },
      });
      return result?.result;
    }, tabId);
    expect(inContentWorld, 'content-script world').toBe('blocked');
  });
});
