import type { CellRef, Finding, Lang } from '../../../core/model/finding.ts';
import { t } from '../../shared/ui-messages.ts';
import { SEVERITY_ICON } from '../../shared/severity.ts';
import { explain } from '../../shared/explain.ts';

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Fills the popover with a finding's explanation. Every string goes in as text, never as HTML. */
export function fillPopover(popover: HTMLElement, finding: Finding, lang: Lang, cell: CellRef | undefined, onClose: () => void): void {
  const doc = popover.ownerDocument;
  const info = explain(finding, lang, cell);
  popover.replaceChildren();
  popover.className = `popover sev-${finding.severity}`;
  popover.setAttribute('role', 'dialog');
  popover.setAttribute('aria-label', info.ruleName);

  const head = el(doc, 'div', 'head');
  const severity = finding.outcome === 'needs-review' ? `${t(lang, `severity.${finding.severity}`)} · ${t(lang, 'outcome.needs-review')}` : t(lang, `severity.${finding.severity}`);
  head.append(el(doc, 'span', 'sev', `${SEVERITY_ICON[finding.severity]} ${severity}`), el(doc, 'span', 'rule', info.ruleName));
  popover.append(head, el(doc, 'p', 'message', info.message));

  if (info.expected !== null || info.actual !== null) {
    const values = el(doc, 'dl', 'values');
    if (info.expected !== null) values.append(el(doc, 'dt', undefined, t(lang, 'popover.expected')), el(doc, 'dd', 'expected', info.expected));
    if (info.actual !== null) values.append(el(doc, 'dt', undefined, t(lang, 'popover.actual')), el(doc, 'dd', 'actual', info.actual));
    popover.append(values);
  }
  if (info.why) popover.append(el(doc, 'h4', undefined, t(lang, 'popover.why')), el(doc, 'p', 'doc why', info.why));
  if (info.fix) popover.append(el(doc, 'h4', undefined, t(lang, 'popover.fix')), el(doc, 'p', 'doc fix', info.fix));
  if (info.related.length) popover.append(el(doc, 'h4', undefined, t(lang, 'popover.related')), el(doc, 'p', 'doc parts', info.related.join(lang === 'en' ? ', ' : '、')));

  const close = el(doc, 'button', 'close', '×');
  close.type = 'button';
  close.setAttribute('aria-label', t(lang, 'popover.close'));
  close.addEventListener('click', onClose);
  popover.append(close);
}
