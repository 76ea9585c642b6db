/**
 * Splitting glued digit runs (「行政规范性文件6233440」, 表四 「21317000001324019」) ONLY by the table identities.
 * Enumerates every split into `parts` numbers (no leading zeros, at most `maxDigits` digits each) and keeps those that
 * satisfy `check`. Stops after two solutions: one solution = unique, two = ambiguous. Linear in the number of splits,
 * which is bounded by refusing runs longer than MAX_RUN.
 */
export const MAX_RUN = 40;

export type GluedResult =
  | { kind: 'unique'; values: number[] }
  | { kind: 'ambiguous'; examples: number[][] }
  | { kind: 'none' }
  | { kind: 'too-long' };

export function splitGlued(run: string, parts: number, check: (values: readonly number[]) => boolean, maxDigits = 7): GluedResult {
  if (!/^\d+$/.test(run) || parts < 1) return { kind: 'none' };
  if (run.length > MAX_RUN) return { kind: 'too-long' };
  if (run.length < parts || run.length > parts * maxDigits) return { kind: 'none' };
  const found: number[][] = [];
  const values: number[] = [];
  const walk = (pos: number): void => {
    if (found.length >= 2) return;
    const left = parts - values.length;
    if (left === 0) {
      if (pos === run.length && check(values)) found.push([...values]);
      return;
    }
    const remaining = run.length - pos;
    // Each remaining part needs 1..maxDigits digits.
    const maxLen = Math.min(maxDigits, remaining - (left - 1));
    const minLen = Math.max(1, remaining - (left - 1) * maxDigits);
    for (let len = minLen; len <= maxLen; len++) {
      if (len > 1 && run[pos] === '0') break; // no leading zeros
      values.push(Number(run.slice(pos, pos + len)));
      walk(pos + len);
      values.pop();
      if (found.length >= 2) return;
    }
  };
  walk(0);
  if (found.length === 1) return { kind: 'unique', values: found[0] };
  if (found.length === 0) return { kind: 'none' };
  return { kind: 'ambiguous', examples: found };
}

/** 表三 row identity: 总计 = sum of the six applicant columns. */
export function applicationRowCheck(v: readonly number[]): boolean {
  return v.length === 7 && v[0] + v[1] + v[2] + v[3] + v[4] + v[5] === v[6];
}

/** 表四 identity: in each block of five, the first four sum to the fifth. */
export function reviewRowCheck(v: readonly number[]): boolean {
  if (v.length !== 15) return false;
  for (let b = 0; b < 15; b += 5) if (v[b] + v[b + 1] + v[b + 2] + v[b + 3] !== v[b + 4]) return false;
  return true;
}
