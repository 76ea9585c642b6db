/**
 * Runs only the extension e2e project, with only the pages server (no library PWA preview): for working on the
 * extension while the PWA is not built. `npx playwright test -c tests/e2e/extension/extension-only.config.ts`
 * The main config (playwright.config.ts, project `extension`) remains the reference.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import base, { PAGES_ORIGIN } from '../../../playwright.config.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const servers = Array.isArray(base.webServer) ? base.webServer : base.webServer ? [base.webServer] : [];

export default defineConfig({
  ...base,
  testDir: fileURLToPath(new URL('.', import.meta.url)),
  outputDir: `${root}test-results`,
  projects: [{ name: 'extension', testDir: fileURLToPath(new URL('.', import.meta.url)) }],
  webServer: servers.filter((s) => s.url === `${PAGES_ORIGIN}/healthz`).map((s) => ({ ...s, cwd: root })),
});
