import { defineConfig } from 'vitest/config';

/**
 * Root config: unit tests (vitest). The extension and the PWA have their own build configs
 * (extension/vite.config.ts, pwa/vite.config.ts).
 */
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    pool: 'threads',
  },
});
