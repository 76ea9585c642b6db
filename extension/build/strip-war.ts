import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * crxjs lists scripts imported with `?iife` (our checker, injected by the background with chrome.scripting) as
 * web-accessible for every site. The checker is never loaded by a page, so no page may fetch it: drop the entry
 * (crxjs writes the manifest last, so this edits the written file), and drop the unused ES-chunk copy of it.
 */
export function stripWebAccessibleResources(): Plugin {
  return {
    name: 'nianbao:strip-web-accessible-resources',
    enforce: 'post',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const [fileName, output] of Object.entries(bundle)) {
        if (output.type === 'chunk' && output.isEntry && output.name === 'main.ts' && fileName.startsWith('assets/')) delete bundle[fileName];
      }
    },
    writeBundle(options) {
      const file = join(options.dir!, 'manifest.json');
      const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      delete json.web_accessible_resources;
      writeFileSync(file, JSON.stringify(json, null, 2));
    },
  };
}
