/**
 * `npm start`: builds the extension and the library PWA, serves the demo portal (127.0.0.1:4310) and the library
 * (vite preview, 127.0.0.1:4173), then launches Chromium with the extension loaded on the demo portal when a
 * display is available; otherwise prints exactly how to load the extension by hand.
 *
 * Flags: --no-build (use existing dist/), --screenshot (headless: save docs/screenshot-annotated.png and exit).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from '@playwright/test';
import { BASE_ARGS, CHROMIUM, PAGES_ORIGIN, PWA_ORIGIN } from '../playwright.config.ts';
import { startServer } from './serve-pages.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXTENSION_DIR = join(ROOT, 'dist', 'extension');
const DEMO_URL = `${PAGES_ORIGIN}/demo/`;
const args = new Set(process.argv.slice(2));
const children: ChildProcess[] = [];

function run(script: string): boolean {
  console.log(`\n> npm run ${script}`);
  return spawnSync('npm', ['run', script], { cwd: ROOT, stdio: 'inherit' }).status === 0;
}

function build(): { pwa: boolean } {
  if (!run('build:ext')) {
    console.error('The extension build failed.');
    process.exit(1);
  }
  const pwa = run('build:pwa');
  if (!pwa) console.warn('\n! The library (PWA) build failed: serving the demo portal and the extension only.');
  return { pwa };
}

async function servePwa(): Promise<boolean> {
  if (!existsSync(join(ROOT, 'dist', 'pwa', 'index.html'))) return false;
  const child = spawn('npx', ['vite', 'preview', '--config', 'pwa/vite.config.ts', '--host', '127.0.0.1', '--port', '4173', '--strictPort'], { cwd: ROOT, stdio: 'ignore' });
  children.push(child);
  for (let i = 0; i < 40; i++) {
    await new Promise((r) => setTimeout(r, 250));
    if (await fetch(PWA_ORIGIN).then((r) => r.ok, () => false)) return true;
  }
  return false;
}

/** Chromium with the extension; the demo pages stay offline (their portal's external assets are not fetched). */
async function launch(headless: boolean): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless,
    viewport: headless ? { width: 1280, height: 860 } : null,
    locale: 'zh-CN',
    args: [...BASE_ARGS, `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`],
  });
  await context.route((url) => url.protocol.startsWith('http') && !['127.0.0.1', 'localhost'].includes(url.hostname), (route) => route.abort());
  return context;
}

/** Saves an annotated report page, with a popover open, for the README. */
async function screenshot(): Promise<void> {
  const context = await launch(true);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${PAGES_ORIGIN}/demo/pages/errors-2024/`);
  const box = page.locator('nianbao-inspector-overlay .box[data-cell="reviewLitigation.review.total"]');
  await box.waitFor({ state: 'attached', timeout: 30_000 });
  await box.evaluate(async (el) => {
    window.scrollBy(0, el.getBoundingClientRect().top - innerHeight * 0.35);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
  const rect = await box.boundingBox();
  if (rect) await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2);
  await page.locator('nianbao-inspector-overlay .popover').waitFor({ state: 'visible' });
  mkdirSync(join(ROOT, 'docs'), { recursive: true });
  const path = join(ROOT, 'docs', 'screenshot-annotated.png');
  await page.screenshot({ path });
  await context.close();
  console.log(`saved ${path}`);
}

function instructions(pwa: boolean): void {
  console.log(`
年报审查助手 / Nianbao Inspector is built and the demo portal is running.

  Demo portal:   ${DEMO_URL}
  Library (PWA): ${pwa ? `${PWA_ORIGIN}/` : '(not available: the PWA build failed)'}
  Extension:     ${EXTENSION_DIR}

No display was found (DISPLAY is not set), so no browser was launched. To load the extension by hand:
  1. Open chrome://extensions in Chrome or Chromium.
  2. Turn on 开发者模式 / Developer mode (top right).
  3. Click 加载已解压的扩展程序 / Load unpacked and choose:
       ${EXTENSION_DIR}
  4. Open ${DEMO_URL} and pick a report: problems are marked on the page;
     click the toolbar button 年报审查助手 to open the side panel.

Press Ctrl+C to stop the servers.`);
}

function shutdown(code = 0): never {
  for (const child of children) child.kill();
  process.exit(code);
}

async function main(): Promise<void> {
  const { pwa } = args.has('--no-build') ? { pwa: existsSync(join(ROOT, 'dist', 'pwa', 'index.html')) } : build();
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    console.error(`No extension build at ${EXTENSION_DIR}: run without --no-build.`);
    process.exit(1);
  }
  const server = await startServer(4310).catch((error: Error) => {
    console.error(`Cannot serve the demo portal on ${PAGES_ORIGIN}: ${error.message}`);
    process.exit(1);
  });
  process.on('SIGINT', () => shutdown(0));
  process.on('SIGTERM', () => shutdown(0));

  if (args.has('--screenshot')) {
    await screenshot();
    server.close();
    shutdown(0);
  }
  const pwaUp = pwa && (await servePwa());
  if (!process.env.DISPLAY) {
    instructions(pwaUp);
    return;
  }
  console.log(`\nLaunching Chromium with the extension on ${DEMO_URL} (close the browser to stop).`);
  const context = await launch(false);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(DEMO_URL);
  context.on('close', () => {
    server.close();
    shutdown(0);
  });
}

void main();
