/** The common decision of the prose-vs-table rules: accept any allowed value; scope words and uncertain cells lower the finding. */
import type { RuleContext } from '../define-rule.ts';
import type { Claim } from './claims.ts';
import { scopeOf } from './scope.ts';
import { textAnchor } from './sentences.ts';
import type { TableValue } from './table-values.ts';

export interface ClaimCheck {
  claim: Claim;
  /** The table value the claim is about (named in the finding). */
  primary: TableValue;
  /** Other values the prose may legitimately mean (§8.3: accept any semantically allowed value). */
  alternatives?: TableValue[];
  /** Message id; `${messageId}Scope` is used when scope words make the claim incomparable. */
  messageId: string;
  data?: Record<string, unknown>;
  /** Ambiguous wording (e.g. a 清理 recount): a mismatch is only worth a review. */
  lowered?: boolean;
}

/** True when the claim's number equals one of the allowed values (or nothing can be compared). */
export function claimHolds(check: Pick<ClaimCheck, 'claim' | 'primary' | 'alternatives'>): boolean {
  const values = [check.primary, ...(check.alternatives ?? [])].filter((v) => v.value !== null);
  if (values.length === 0) return true;
  return values.some((v) => Math.abs((v.value as number) - check.claim.token.value) < 1e-9);
}

/** Reports a claim that matches no allowed table value. Returns true when a finding was raised. */
export function reportClaim(ctx: RuleContext, check: ClaimCheck): boolean {
  if (claimHolds(check)) return false;
  const { claim, primary } = check;
  const scope = scopeOf(claim.sentence, ctx.report);
  const base = {
    data: { ...check.data, stated: claim.token.value, table: primary.value, scope: scope.word ?? '' },
    cells: primary.cells,
    text: [textAnchor(ctx.report, claim.start, claim.end)],
    expected: primary.value,
    actual: claim.token.value,
  };
  if (scope.broader) ctx.needsReview({ ...base, messageId: `${check.messageId}Scope`, severity: 'info' });
  else if (check.lowered) ctx.needsReview({ ...base, messageId: check.messageId, severity: 'info' });
  else if (primary.uncertain) ctx.needsReview({ ...base, messageId: check.messageId });
  else ctx.fail({ ...base, messageId: check.messageId });
  return true;
}
