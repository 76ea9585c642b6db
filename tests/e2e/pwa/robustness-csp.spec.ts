/**
 * The library PWA's content security policy and "no remote code", checked on the BUILT app (dist/pwa) and live:
 * the CSP meta is in index.html (source and build), it blocks eval and inline script in the running app, and the
 * bundles load nothing from another origin.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '../network-guard.ts';
import { openApp } from './helpers.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DIST = join(ROOT, 'dist', 'pwa');

function cspOf(html: string): string | null {
  return /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)?.[1] ?? null;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

test('index.html carries the CSP, in the source and in the build: own scripts only, no eval, no plugins', () => {
  const source = cspOf(readFileSync(join(ROOT, 'pwa', 'index.html'), 'utf8'));
  const built = cspOf(readFileSync(join(DIST, 'index.html'), 'utf8'));
  expect(source).not.toBeNull();
  expect(built).toBe(source);
  const directives = new Map(built!.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
  expect(directives.get('default-src')).toEqual(["'self'"]);
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(directives.get('base-uri')).toEqual(["'none'"]);
  expect(directives.get('connect-src')).toEqual(["'self'"]);
  expect(built).not.toMatch(/unsafe-eval|https?:|\*/);
});

test('the running app refuses eval and inline script', async ({ page }) => {
  await openApp(page);
  const result = await page.evaluate(
    () =>
      new Promise<{ timerString: boolean; inline: boolean; violations: string[] }>((resolve) => {
        const g = globalThis as { __evalRan?: boolean; __inlineRan?: boolean };
        const violations: string[] = [];
        document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
        try {
          (setTimeout as unknown as (code: string, ms: number) => void)('globalThis.__evalRan = true', 0);
        } catch {
          /* blocked */
        }
        const script = document.createElement('script');
        script.textContent = 'globalThis.__inlineRan = true';
        document.body.append(script);
        // Each policy in force reports (the meta policy and, when served with pwa/public/_headers, the header).
        setTimeout(() => resolve({ timerString: g.__evalRan === true, inline: g.__inlineRan === true, violations: [...new Set(violations)].sort() }), 300);
      }),
  );
  expect(result).toEqual({ timerString: false, inline: false, violations: ['script-src-elem', 'script-src'].sort() });
});

test('no remote code in dist/pwa: no remote script, import, worker or network API', () => {
  const offending: string[] = [];
  for (const file of files(DIST).filter((f) => /\.(js|html|webmanifest)$/.test(f))) {
    const text = readFileSync(file, 'utf8');
    const rel = file.slice(DIST.length + 1);
    if (/<(script|link|img|iframe)[^>]+(src|href)=["']?(https?:)?\/\//i.test(text)) offending.push(`${rel}: remote element`);
    if (/\bimport\s*\(\s*["'`]https?:|\bfrom\s*["']https?:|importScripts\s*\(\s*["'`]https?:/.test(text)) offending.push(`${rel}: remote import`);
    if (/new\s+(Worker|SharedWorker)\s*\(\s*["'`]https?:|\bfetch\s*\(\s*["'`]https?:/.test(text)) offending.push(`${rel}: remote worker or fetch`);
    if (/\b(XMLHttpRequest|WebSocket|EventSource|sendBeacon)\b/.test(text)) offending.push(`${rel}: network API`);
  }
  expect(offending).toEqual([]);
});
