/// <reference types="vite-plugin-pwa/preact" />
declare const __APP_VERSION__: string;
