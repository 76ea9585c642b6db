import { defineConfig } from '@playwright/test';

/** Debian Chromium (stack-notes): Playwright's own browser download is not available on these machines. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
/** Demo portal / fixture pages server (scripts/serve-pages.ts). */
export const PAGES_ORIGIN = 'http://127.0.0.1:4310';
/** Library PWA (vite preview of dist/pwa). */
export const PWA_ORIGIN = 'http://127.0.0.1:4173';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  reporter: [['list']],
  use: {
    launchOptions: { executablePath: CHROMIUM, args: BASE_ARGS },
    locale: 'zh-CN',
  },
  projects: [
    { name: 'extension', testDir: 'tests/e2e/extension' },
    { name: 'pwa', testDir: 'tests/e2e/pwa', use: { baseURL: PWA_ORIGIN } },
  ],
  webServer: [
    {
      command: 'node --import tsx scripts/serve-pages.ts --port 4310',
      url: `${PAGES_ORIGIN}/healthz`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      command: 'npx vite preview --config pwa/vite.config.ts --host 127.0.0.1 --port 4173 --strictPort',
      url: PWA_ORIGIN,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
