/** The MAIN-world gate's answer (content/gate-main.ts), as the background accepts it. Pure: no chrome.* here. */
export interface GateResult {
  report: boolean;
  /** Main-thread milliseconds of the gate call, as measured in the page. */
  ms: number;
  /** Element count of the document when the gate ran. */
  size: number;
  /** The check threw in the page's world (replaced built-ins): ask again from an isolated world. */
  trouble: boolean;
  /** Which stage answered: 1 = the first stage ruled the page out (content/gate-first.js), 2 = the full gate. */
  stage: 1 | 2;
}

/** The gate's answer, validated: anything but the exact shape is "no answer". */
export function parseGateResult(value: unknown): GateResult | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { report, ms, size, trouble } = value as Record<string, unknown>;
  if (typeof report !== 'boolean' || typeof ms !== 'number' || !Number.isFinite(ms) || !Number.isSafeInteger(size) || (size as number) < 0) return null;
  if (trouble !== undefined && typeof trouble !== 'boolean') return null;
  return { report, ms, size: size as number, trouble: trouble === true, stage: 2 };
}

/**
 * The first stage's answer (content/gate-first.ts): the page's element count when it is certainly no report, else
 * null (it said -1, "maybe", or anything else: then the full gate decides, so a lying page only costs itself that).
 */
export function parseFirstGateResult(value: unknown): number | null {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : null;
}
