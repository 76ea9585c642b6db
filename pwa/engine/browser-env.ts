import { parseReport, type Lang, type Report } from '../../core/index.ts';
import type { ImportEnv } from '../import/read-file.ts';
import { checkReport } from './check.ts';
import { currentRulesVersion } from './versions.ts';

export function parseHtmlInBrowser(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Import environment of the page: the browser's DOMParser and the core rules. */
export function browserImportEnv(lang: Lang): ImportEnv {
  return {
    parseHtml: parseHtmlInBrowser,
    runRules: (report) => checkReport(report, null, lang),
    rulesVersion: currentRulesVersion(),
    now: new Date().toISOString(),
  };
}

/** Re-parses kept HTML for a re-check. */
export function reparseInBrowser(html: string, url: string | null): Report | null {
  const result = parseReport(parseHtmlInBrowser(html), { url });
  return result.ok ? result.report : null;
}
