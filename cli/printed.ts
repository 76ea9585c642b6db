/**
 * The checker's output for one input, rendered where the input was checked (in its worker), so that only a string
 * and the few fields the main thread needs cross the thread boundary — not the Report (≈ 40 KB structured) nor the
 * findings (≈ 20 KB). Reports that the cross-year step pairs are fetched whole and rendered again on the main thread.
 */
import type { Lang } from '../core/model/finding.ts';
import type { CheckedFile } from './check-file.ts';
import { toJson } from './render-json.ts';
import { renderText } from './render-text.ts';

export interface OutputOptions {
  json: boolean;
  lang: Lang;
  /** ANSI colours in the text output. */
  color: boolean;
}

/** One input's result as the main thread gets it: rendered output, or why it could not be read. */
export type PrintedResult =
  | {
      source: string;
      ok: true;
      /** Agency and year: what the cross-year step pairs reports by. */
      agency: string | null;
      year: number | null;
      /** Number of error findings (the exit code). */
      errors: number;
      /** The output for this input (one JSON line, or the text block), ending with a newline. */
      printed: string;
    }
  | { source: string; ok: false; reason: string; detail: string };

/** The output for one input, as `npm run check` prints it. */
export function render(result: CheckedFile | (PrintedResult & { ok: false }), options: OutputOptions): string {
  return (options.json ? JSON.stringify(toJson(result)) : renderText(result, options.lang, { color: options.color }) + '\n') + '\n';
}

export function toPrinted(checked: CheckedFile, options: OutputOptions): PrintedResult {
  if (!checked.ok) return checked;
  return {
    source: checked.source,
    ok: true,
    agency: checked.report.agency,
    year: checked.report.year,
    errors: checked.findings.filter((f) => f.severity === 'error').length,
    printed: render(checked, options),
  };
}
