/** Chromium launches for the benchmarks (Debian Chromium, same flags as the e2e tests). */
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { BASE_ARGS, CHROMIUM } from '../../playwright.config.ts';
import { EXTENSION_DIST } from './paths.ts';

export function launchPlain(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: BASE_ARGS });
}

/** A persistent context with an extension loaded (extensions need a persistent context): by default the built one. */
export function launchWithExtension(extensionDir: string = EXTENSION_DIST): Promise<BrowserContext> {
  return chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'zh-CN',
    viewport: { width: 1280, height: 900 },
    args: [...BASE_ARGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
}

/** A plain persistent context (same launch path as the extension one, without the extension): the fair baseline. */
export function launchWithoutExtension(): Promise<BrowserContext> {
  return chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'zh-CN',
    viewport: { width: 1280, height: 900 },
    args: BASE_ARGS,
  });
}
