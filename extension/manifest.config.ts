import { defineManifest } from '@crxjs/vite-plugin';
import pkg from '../package.json' with { type: 'json' };
import { EXTENSION_PUBLIC_KEY } from './key.ts';
import { LIBRARY_ORIGINS } from '../core/export/bridge.ts';

/**
 * Pages where the cheap gate runs on its own: government portals, plus the local demo portal and test server.
 * They are host permissions only (no content script is declared): the background injects the MAIN-world gate when
 * such a page has loaded, and the full checker once the gate passes (background/gate.ts).
 */
export const PORTAL_MATCHES = ['*://*.gov.cn/*', 'http://127.0.0.1/*', 'http://localhost/*'];

export const manifest = defineManifest({
  manifest_version: 3,
  name: '__MSG_extName__',
  short_name: '__MSG_extShortName__',
  description: '__MSG_extDescription__',
  version: pkg.version,
  default_locale: 'zh_CN',
  key: EXTENSION_PUBLIC_KEY,
  minimum_chrome_version: '120',
  icons: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png', 48: 'icons/icon-48.png', 128: 'icons/icon-128.png' },
  action: {
    default_title: '__MSG_actionTitle__',
    default_icon: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png' },
  },
  background: { service_worker: 'background/index.ts', type: 'module' },
  permissions: ['activeTab', 'scripting', 'storage', 'unlimitedStorage', 'sidePanel'],
  host_permissions: PORTAL_MATCHES,
  optional_host_permissions: ['https://*/*', 'http://*/*'],
  side_panel: { default_path: 'sidepanel/index.html' },
  options_page: 'options/index.html',
  commands: {
    'next-finding': { suggested_key: { default: 'Alt+Shift+J' }, description: '__MSG_commandNext__' },
    'previous-finding': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_commandPrevious__' },
  },
  externally_connectable: {
    ids: [],
    matches: LIBRARY_ORIGINS.map((origin) => `${origin}/*`),
  },
  content_security_policy: {
    extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
  },
});
