/** The MAIN-world gate's answer (content/gate-main.ts), as the background accepts it. Pure: no chrome.* here. */
export interface GateResult {
  report: boolean;
  /** Main-thread milliseconds of the gate call, as measured in the page. */
  ms: number;
  /** Element count of the document when the gate ran. */
  size: number;
  /** The check threw in the page's world (replaced built-ins): ask again from an isolated world. */
  trouble: boolean;
}

/** The gate's answer, validated: anything but the exact shape is "no answer". */
export function parseGateResult(value: unknown): GateResult | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { report, ms, size, trouble } = value as Record<string, unknown>;
  if (typeof report !== 'boolean' || typeof ms !== 'number' || !Number.isFinite(ms) || !Number.isSafeInteger(size) || (size as number) < 0) return null;
  if (trouble !== undefined && typeof trouble !== 'boolean') return null;
  return { report, ms, size: size as number, trouble: trouble === true };
}
