import type { CellRef, Finding } from '../../core/model/finding.ts';
import type { Report } from '../../core/model/report.ts';
import { cellLabel } from '../../core/i18n/labels.ts';
import type { Lang } from '../../core/model/finding.ts';
import { locateText } from './locate.ts';
import type { DomLookups } from './dom-index.ts';
import type { DrawTarget } from './overlay/targets.ts';

export interface Resolution {
  targets: DrawTarget[];
  /** Canonical labels of flagged/related cells whose anchor did not resolve to a live cell. */
  unlocatedCells: string[];
}

/** Resolves findings (canonical cell refs, text anchors) to live page nodes, with the page's lookups (./dom-index.ts). */
export function resolveFindings(
  lookups: DomLookups,
  report: Report,
  findings: readonly Finding[],
  keys: readonly string[],
  dismissed: ReadonlySet<string>,
  lang: Lang,
): Resolution {
  const locator = lookups.cells();
  const unlocated = new Set<string>();
  const cellOf = (ref: CellRef): Element | null => {
    const anchor = report.tables[ref.table]?.[ref.row]?.[ref.col]?.anchor;
    const el = anchor?.kind === 'table' ? locator.cell(anchor) : null;
    if (!el) unlocated.add(cellLabel(ref, lang));
    return el;
  };
  const targets = findings.map((finding, i): DrawTarget => {
    const cells: DrawTarget['cells'] = [];
    for (const ref of finding.cells) {
      const el = cellOf(ref);
      if (el) cells.push({ el, ref });
    }
    const flagged = new Set(cells.map((c) => c.el));
    const related: Element[] = [];
    for (const ref of finding.related) {
      const el = cellOf(ref);
      if (el && !flagged.has(el)) related.push(el);
    }
    const ranges: Range[] = [];
    for (const anchor of finding.text) {
      const textIndex = lookups.text();
      const range = textIndex ? locateText(textIndex, anchor, report.text.length) : null;
      if (range) ranges.push(range);
    }
    return { key: keys[i], finding, cells, related, ranges, dismissed: dismissed.has(keys[i]) };
  });
  return { targets, unlocatedCells: [...unlocated] };
}
