import type { CellRef } from '../../model/finding.ts';
import type { Report } from '../../model/report.ts';
import type { RuleContext } from '../define-rule.ts';
import { evaluateIdentity, tidy } from './identity.ts';
import { label } from '../../i18n/format.ts';
import type { TableKey } from '../../model/keys.ts';

/** Message data lists at most this many item names (all items stay in cells, expected and actual). */
const MAX_ITEMS = 6;

/** One identity to check, e.g. one 表三 column. `key` names it in expected/actual maps (a column or row key). */
export interface IdentityCase {
  key: string;
  /** Label reference rendered in messages. */
  name: ReturnType<typeof label>;
  left: CellRef[];
  right: CellRef[];
  /** Cells at fault when the identity fails. */
  cells: CellRef[];
  related: CellRef[];
}

/**
 * Checks many identities of one rule and reports them together, one finding per verdict:
 * `mismatch` / `mismatchBlanks` (error), `undecidable` (needs-review, warning), `blanksAsZero` (info).
 * expected / actual are maps key → left / right.
 */
export function reportIdentities(
  ctx: RuleContext,
  report: Report,
  cases: IdentityCase[],
  table: TableKey,
  opts: { blanksInfo: boolean } = { blanksInfo: true },
): void {
  const groups = { fails: [] as Row[], blanks: [] as Row[], undecidable: [] as Row[], holdsBlank: [] as Row[] };
  interface Row {
    c: IdentityCase;
    left: number;
    right: number;
    blanks: CellRef[];
    doubtful: CellRef[];
  }
  for (const c of cases) {
    const r = evaluateIdentity(report, c.left, c.right);
    const row: Row = { c, left: tidy(r.left), right: tidy(r.right), blanks: r.blanks, doubtful: r.doubtful };
    if (r.verdict === 'fails') groups.fails.push(row);
    else if (r.verdict === 'fails-with-blanks') groups.blanks.push(row);
    else if (r.verdict === 'undecidable') groups.undecidable.push(row);
    else if (r.verdict === 'holds-with-blanks') groups.holdsBlank.push(row);
  }
  const emit = (rows: Row[], messageId: string, kind: 'fail' | 'review' | 'info') => {
    if (!rows.length) return;
    const input = {
      messageId,
      data: {
        items: rows.length > MAX_ITEMS ? [...rows.slice(0, MAX_ITEMS).map((r) => r.c.name), '…'] : rows.map((r) => r.c.name),
        expected: rows.map((r) => r.left),
        actual: rows.map((r) => r.right),
        count: rows.length,
        table: label({ table }),
      },
      cells: kind === 'info' ? rows.flatMap((r) => r.blanks) : rows.flatMap((r) => r.c.cells),
      related: kind === 'info' ? [] : rows.flatMap((r) => r.c.related),
      expected: Object.fromEntries(rows.map((r) => [r.c.key, r.left])),
      actual: Object.fromEntries(rows.map((r) => [r.c.key, r.right])),
    };
    if (kind === 'fail') ctx.fail(input);
    else if (kind === 'review') ctx.needsReview({ ...input, severity: 'warning' });
    else ctx.needsReview({ ...input, severity: 'info' });
  };
  emit(groups.fails, 'mismatch', 'fail');
  emit(groups.blanks, 'mismatchBlanks', 'fail');
  emit(groups.undecidable, 'undecidable', 'review');
  if (opts.blanksInfo) emit(groups.holdsBlank, 'blanksAsZero', 'info');
}
