/** When the background gates a page again (background/gate.ts). Pure: the benchmark reads it too. */

/**
 * After the first "no": probes at these delays (ms); a changed element count means a re-check. The last one only
 * runs if an earlier probe saw the count change (a page still being built).
 */
export const RECHECK_DELAYS_MS = [1500, 5000, 12_000] as const;

/** The last probe a page that never changes gets (the one before the conditional last one). */
export const LAST_UNCONDITIONAL_PROBE_MS = RECHECK_DELAYS_MS[RECHECK_DELAYS_MS.length - 2];

/** A same-document URL change (history.pushState): the new content usually arrives by script, after this. */
export const URL_CHANGE_DELAY_MS = 1000;
