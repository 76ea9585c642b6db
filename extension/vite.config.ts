import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import { manifest } from './manifest.config.ts';
import { stripWebAccessibleResources } from './build/strip-war.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Chrome MV3 extension build: `npm run build:ext` → dist/extension.
 * Content scripts are standalone IIFEs (no web-accessible chunks a page could fetch).
 */
export default defineConfig({
  root,
  publicDir: 'public',
  plugins: [
    preact(),
    crx({
      manifest,
      contentScripts: { standaloneFiles: ['content/gate.ts', 'content/main.ts'], injectCss: false },
    }),
    stripWebAccessibleResources(),
  ],
  build: {
    outDir: fileURLToPath(new URL('../dist/extension', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
    rollupOptions: {
      input: {
        sidepanel: 'sidepanel/index.html',
        options: 'options/index.html',
      },
    },
  },
  server: { host: '127.0.0.1' },
});
