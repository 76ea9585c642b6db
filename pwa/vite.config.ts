import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { readFileSync } from 'node:fs';
import { readHeaders } from './tools/headers.ts';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

/** Library PWA: `npm run build:pwa` → dist/pwa (prebuild:pwa generates pwa/public/samples/library.json). */
export default defineConfig({
  root: 'pwa',
  base: './',
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  build: {
    outDir: '../dist/pwa',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  // The import worker (pwa/import/import-worker.ts) is an ES module worker: it shares chunks with the app.
  worker: { format: 'es' },
  // The same response headers as a static host given pwa/public/_headers (CSP with frame-ancestors, nosniff…), so the
  // e2e tests and `npm start` run under the real policy, the import worker and service worker included.
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: readHeaders() },
  server: { host: '127.0.0.1', port: 4173, headers: readHeaders() },
  plugins: [
    preact(),
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icons/*.png', 'icons/*.svg', 'samples/library.json'],
      manifest: {
        name: '年报审查库 · Nianbao Inspector Library',
        short_name: '年报审查库',
        description: '政府信息公开工作年度报告的离线审查库',
        lang: 'zh-CN',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#f6f7f9',
        theme_color: '#8f1d1d',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,json,webmanifest}'],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
});
