import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import { manifest } from './manifest.config.ts';
import { stripWebAccessibleResources } from './build/strip-war.ts';
import { mainWorldGate } from './build/main-world-gate.ts';
import { GATE_FILE, GATE_FIRST_FILE } from './background/gate-file.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Chrome MV3 extension build: `npm run build:ext` → dist/extension.
 * No content script is declared: the background injects the MAIN-world gate (content/gate-first.ts, then on a
 * possible report content/gate-main.ts, each built as an
 * expression by build/main-world-gate.ts) and, on report pages only, the checker (content/main.ts, a standalone IIFE).
 * Neither is web-accessible.
 */
export default defineConfig({
  root,
  publicDir: 'public',
  plugins: [
    preact(),
    crx({
      manifest,
      contentScripts: { standaloneFiles: ['content/main.ts'], injectCss: false },
    }),
    mainWorldGate(fileURLToPath(new URL('content/gate-first.ts', import.meta.url)), GATE_FIRST_FILE, 'chrome120'),
    mainWorldGate(fileURLToPath(new URL('content/gate-main.ts', import.meta.url)), GATE_FILE, 'chrome120'),
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
