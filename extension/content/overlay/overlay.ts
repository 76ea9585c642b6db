/**
 * Draws findings over the page from one shadow root: outlined cells and sentences (colour and icon by severity),
 * tinted related cells, a focusable pin per finding and one popover. Follows scroll and resize with rAF-batched
 * layout (read every rect, then write every style). `destroy()` (or aborting the signal) removes everything.
 */
import type { CellRef, Lang } from '../../../core/model/finding.ts';
import { t } from '../../shared/ui-messages.ts';
import { SEVERITY_ICON } from '../../shared/severity.ts';
import { createHost, type OverlayHost } from './host.ts';
import { fillPopover } from './popover.ts';
import type { DrawTarget } from './targets.ts';

const MAX_TEXT_RECTS = 12;
const PIN = 18;

interface Piece {
  node: HTMLElement;
  /** Where to read the rect from. */
  source: Element | Range;
  /** For ranges: one node per client rect (pooled). */
  pool?: HTMLElement[];
  cell?: CellRef;
}

interface Mark {
  target: DrawTarget;
  boxes: Piece[];
  related: Piece[];
  texts: Piece[];
  pin: HTMLButtonElement;
  /** Rects from the last layout, for hit-testing the pointer. */
  rects: DOMRect[];
}

export interface OverlayOptions {
  css: string;
  version: string;
  lang: Lang;
  /** The user selected a finding on the page (pin or flagged cell clicked). */
  onSelect?: (key: string) => void;
}

function emptyRect(r: DOMRect): boolean {
  return r.width === 0 && r.height === 0;
}

export class Overlay {
  readonly host: OverlayHost;
  private readonly doc: Document;
  private marks: Mark[] = [];
  private readonly popover: HTMLDivElement;
  private popoverKey: string | null = null;
  private popoverCell: CellRef | undefined;
  private pinned = false;
  private selectedKey: string | null = null;
  private frame = 0;
  private hideTimer = 0;
  private lang: Lang;
  private readonly controller = new AbortController();
  private readonly resizeObserver: ResizeObserver;

  constructor(doc: Document, private readonly options: OverlayOptions, signal?: AbortSignal) {
    this.doc = doc;
    this.lang = options.lang;
    this.host = createHost(doc, options.css, options.version);
    this.popover = doc.createElement('div');
    this.popover.hidden = true;
    this.popover.className = 'popover';
    this.host.layer.append(this.popover);

    const opts = { signal: this.controller.signal, passive: true, capture: true } as const;
    const view = doc.defaultView ?? window;
    view.addEventListener('scroll', () => this.schedule(), opts);
    view.addEventListener('resize', () => this.schedule(), opts);
    doc.addEventListener('pointermove', (e) => this.onPointerMove(e), opts);
    doc.addEventListener('click', (e) => this.onPageClick(e), opts);
    doc.addEventListener('keydown', (e) => this.onKeyDown(e), opts);
    this.popover.addEventListener('pointerenter', () => clearTimeout(this.hideTimer), { signal: this.controller.signal });
    this.popover.addEventListener('pointerleave', () => this.scheduleHide(), { signal: this.controller.signal });
    this.resizeObserver = new ResizeObserver(() => this.schedule());
    if (doc.body) this.resizeObserver.observe(doc.body);
    signal?.addEventListener('abort', () => this.destroy(), { once: true });
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    for (const mark of this.marks) mark.pin.setAttribute('aria-label', this.pinLabel(mark.target));
    if (this.popoverKey) this.showPopover(this.popoverKey, this.popoverCell, this.pinned);
  }

  /** Replaces every mark with the given targets. */
  draw(targets: readonly DrawTarget[]): void {
    for (const mark of this.marks) this.removeMark(mark);
    this.marks = [];
    this.resizeObserver.disconnect();
    if (this.doc.body) this.resizeObserver.observe(this.doc.body);
    const fragment = this.doc.createDocumentFragment();
    const observedTables = new Set<Element>();
    for (const target of targets) {
      const mark = this.createMark(target);
      if (!mark) continue;
      this.marks.push(mark);
      for (const piece of [...mark.related, ...mark.boxes, ...mark.texts]) fragment.append(piece.node);
      fragment.append(mark.pin);
      for (const { el } of target.cells) {
        const table = el.closest('table');
        if (table && !observedTables.has(table)) {
          observedTables.add(table);
          this.resizeObserver.observe(table);
        }
      }
    }
    this.host.layer.insertBefore(fragment, this.popover);
    if (this.popoverKey && !this.marks.some((m) => m.target.key === this.popoverKey)) this.hidePopover();
    // Position in the next frame, with the browser's own layout, rather than forcing a reflow now.
    this.schedule();
  }

  /** Marks a finding as selected; optionally scrolls to it and pulses it. */
  select(key: string | null, { scroll = false, pulse = false, popover = false } = {}): boolean {
    this.selectedKey = key;
    let found: Mark | undefined;
    for (const mark of this.marks) {
      const on = mark.target.key === key;
      if (on) found = mark;
      for (const piece of [...mark.boxes, ...mark.texts]) {
        piece.node.classList.toggle('selected', on);
        for (const n of piece.pool ?? []) n.classList.toggle('selected', on);
      }
    }
    if (!found) return false;
    if (scroll) {
      const first = found.target.cells[0]?.el ?? found.target.ranges[0]?.startContainer.parentElement;
      const reduce = this.doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      first?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
    }
    if (pulse) {
      for (const piece of [...found.boxes, ...found.texts]) {
        for (const n of [piece.node, ...(piece.pool ?? [])]) {
          n.classList.remove('pulse');
          void n.offsetWidth; // restart the animation
          n.classList.add('pulse');
        }
      }
    }
    if (popover) this.showPopover(key!, found.target.cells[0]?.ref, true);
    this.schedule();
    return true;
  }

  get selected(): string | null {
    return this.selectedKey;
  }

  /** Keys of the drawn marks, in document order of their first rect (for next/previous). */
  orderedKeys(): string[] {
    return this.marks
      .map((m) => ({ key: m.target.key, r: m.rects[0] }))
      .sort((a, b) => (a.r && b.r ? a.r.top - b.r.top || a.r.left - b.r.left : 0))
      .map((m) => m.key);
  }

  destroy(): void {
    if (this.controller.signal.aborted) return;
    this.controller.abort();
    cancelAnimationFrame(this.frame);
    clearTimeout(this.hideTimer);
    this.resizeObserver.disconnect();
    this.marks = [];
    this.host.host.remove();
  }

  private pinLabel(target: DrawTarget): string {
    return t(this.lang, 'mark.label', { severity: t(this.lang, `severity.${target.finding.severity}`), message: target.finding.message });
  }

  private createMark(target: DrawTarget): Mark | null {
    if (!target.cells.length && !target.ranges.length) return null;
    const sev = `sev-${target.finding.severity}`;
    const extra = `${target.finding.outcome === 'needs-review' ? ' needs-review' : ''}${target.dismissed ? ' dismissed' : ''}`;
    const div = (className: string) => {
      const node = this.doc.createElement('div');
      node.className = className;
      return node;
    };
    const boxes = target.cells.map(({ el, ref }) => {
      const node = div(`box ${sev}${extra}`);
      node.dataset.cell = `${ref.table}.${ref.row}.${ref.col}`;
      node.dataset.rule = target.finding.ruleId;
      node.dataset.severity = target.finding.severity;
      node.dataset.key = target.key;
      return { node, source: el, cell: ref };
    });
    const related = target.related.map((el) => {
      const node = div(`related ${sev}`);
      node.dataset.key = target.key;
      return { node, source: el };
    });
    const texts = target.ranges.map((range) => {
      const node = div('text-group');
      node.style.display = 'contents';
      node.dataset.key = target.key;
      node.dataset.rule = target.finding.ruleId;
      node.dataset.severity = target.finding.severity;
      return { node, source: range, pool: [] as HTMLElement[] };
    });
    const pin = this.doc.createElement('button');
    pin.type = 'button';
    pin.className = `pin ${sev}${extra}`;
    pin.textContent = SEVERITY_ICON[target.finding.severity];
    pin.setAttribute('aria-label', this.pinLabel(target));
    pin.dataset.key = target.key;
    pin.dataset.rule = target.finding.ruleId;
    pin.dataset.severity = target.finding.severity;
    const signal = this.controller.signal;
    pin.addEventListener('click', (e) => {
      e.stopPropagation();
      this.select(target.key, { popover: true });
      this.options.onSelect?.(target.key);
    }, { signal });
    pin.addEventListener('focus', () => this.showPopover(target.key, target.cells[0]?.ref, this.pinned && this.popoverKey === target.key), { signal });
    pin.addEventListener('blur', () => { if (!this.pinned) this.scheduleHide(); }, { signal });
    pin.addEventListener('pointerenter', () => { if (!this.pinned) this.showPopover(target.key, target.cells[0]?.ref, false); }, { signal });
    pin.addEventListener('pointerleave', () => { if (!this.pinned) this.scheduleHide(); }, { signal });
    return { target, boxes, related, texts, pin, rects: [] };
  }

  private removeMark(mark: Mark): void {
    for (const piece of [...mark.boxes, ...mark.related, ...mark.texts]) piece.node.remove();
    mark.pin.remove();
  }

  schedule(): void {
    if (this.frame || this.controller.signal.aborted) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.layoutNow();
    });
  }

  /** One layout pass: read all rects first, then write all styles (no interleaved reflows). */
  private layoutNow(): void {
    const t0 = performance.now();
    this.layoutPass();
    this.lastLayoutMs = performance.now() - t0;
  }

  /** Main-thread time of the last layout pass (reads + writes), for the timings. */
  lastLayoutMs = 0;

  private layoutPass(): void {
    type Write = { node: HTMLElement; rect: DOMRect | null; pad: number };
    const writes: Write[] = [];
    const pins: { pin: HTMLElement; rect: DOMRect | null }[] = [];
    const pools: { piece: Piece; rects: DOMRect[]; className: string }[] = [];
    for (const mark of this.marks) {
      mark.rects = [];
      for (const piece of mark.boxes) {
        const r = (piece.source as Element).getBoundingClientRect();
        const rect = emptyRect(r) ? null : r;
        if (rect) mark.rects.push(rect);
        writes.push({ node: piece.node, rect, pad: 1 });
      }
      for (const piece of mark.related) {
        const r = (piece.source as Element).getBoundingClientRect();
        writes.push({ node: piece.node, rect: emptyRect(r) ? null : r, pad: 0 });
      }
      for (const piece of mark.texts) {
        const rects = Array.from((piece.source as Range).getClientRects()).filter((r) => !emptyRect(r)).slice(0, MAX_TEXT_RECTS);
        mark.rects.push(...rects);
        const selected = this.selectedKey === mark.target.key ? ' selected' : '';
        pools.push({ piece, rects, className: `text-box sev-${mark.target.finding.severity}${mark.target.dismissed ? ' dismissed' : ''}${selected}` });
      }
      pins.push({ pin: mark.pin, rect: mark.rects[0] ?? null });
    }
    // Write phase.
    for (const { node, rect, pad } of writes) place(node, rect, pad);
    for (const { piece, rects, className } of pools) {
      const pool = piece.pool!;
      while (pool.length < rects.length) {
        const node = this.doc.createElement('div');
        node.className = className;
        pool.push(node);
        piece.node.append(node);
      }
      pool.forEach((node, i) => {
        if (!node.classList.contains('pulse')) node.className = className;
        place(node, rects[i] ?? null, 0);
      });
    }
    for (const { pin, rect } of pins) {
      if (!rect) {
        pin.style.display = 'none';
        continue;
      }
      pin.style.display = '';
      pin.style.transform = `translate(${Math.round(rect.right - PIN / 2)}px, ${Math.round(rect.top - PIN / 2)}px)`;
    }
    if (this.popoverKey && !this.popover.hidden) this.positionPopover();
  }

  private markAt(x: number, y: number): Mark | undefined {
    // Smallest rect wins (a cell inside a sentence box, a cell over a larger row).
    let best: Mark | undefined;
    let area = Infinity;
    for (const mark of this.marks) {
      for (const r of mark.rects) {
        if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom && r.width * r.height < area) {
          best = mark;
          area = r.width * r.height;
        }
      }
    }
    return best;
  }

  private onPointerMove(e: PointerEvent): void {
    if (this.pinned) return;
    const mark = this.markAt(e.clientX, e.clientY);
    if (mark) {
      clearTimeout(this.hideTimer);
      if (this.popoverKey !== mark.target.key) this.showPopover(mark.target.key, this.cellAt(mark, e.clientX, e.clientY), false);
    } else if (this.popoverKey && !this.host.root.activeElement) this.scheduleHide();
  }

  private cellAt(mark: Mark, x: number, y: number): CellRef | undefined {
    for (const piece of mark.boxes) {
      const r = (piece.source as Element).getBoundingClientRect();
      if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return piece.cell;
    }
    return mark.target.cells[0]?.ref;
  }

  private onPageClick(e: MouseEvent): void {
    // Clicks inside our shadow root are handled by the pin/popover listeners.
    if (e.composedPath().includes(this.host.host)) return;
    const mark = this.markAt(e.clientX, e.clientY);
    if (mark) {
      this.select(mark.target.key, { popover: true });
      this.popoverCell = this.cellAt(mark, e.clientX, e.clientY);
      this.options.onSelect?.(mark.target.key);
    } else if (this.pinned) this.hidePopover();
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (e.key === 'Escape' && this.popoverKey) this.hidePopover();
  }

  private showPopover(key: string, cell: CellRef | undefined, pinned: boolean): void {
    const mark = this.marks.find((m) => m.target.key === key);
    if (!mark) return;
    clearTimeout(this.hideTimer);
    this.popoverKey = key;
    this.popoverCell = cell;
    this.pinned = pinned;
    fillPopover(this.popover, mark.target.finding, this.lang, cell, () => this.hidePopover());
    this.popover.hidden = false;
    this.positionPopover();
  }

  private scheduleHide(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = window.setTimeout(() => {
      if (!this.pinned) this.hidePopover();
    }, 250);
  }

  hidePopover(): void {
    this.popover.hidden = true;
    this.popoverKey = null;
    this.pinned = false;
  }

  private positionPopover(): void {
    const mark = this.marks.find((m) => m.target.key === this.popoverKey);
    const anchor = mark?.rects[0];
    const view = this.doc.defaultView!;
    if (!anchor) {
      this.popover.hidden = true;
      return;
    }
    const width = this.popover.offsetWidth;
    const height = this.popover.offsetHeight;
    const vw = view.innerWidth;
    const vh = view.innerHeight;
    let top = anchor.bottom + 8;
    if (top + height > vh - 8 && anchor.top - 8 - height > 8) top = anchor.top - 8 - height;
    const left = Math.max(8, Math.min(anchor.left, vw - width - 8));
    this.popover.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  }
}

function place(node: HTMLElement, rect: DOMRect | null, pad: number): void {
  if (!rect) {
    node.style.display = 'none';
    return;
  }
  node.style.display = '';
  node.style.transform = `translate(${Math.round(rect.left - pad)}px, ${Math.round(rect.top - pad)}px)`;
  node.style.width = `${Math.round(rect.width + 2 * pad)}px`;
  node.style.height = `${Math.round(rect.height + 2 * pad)}px`;
}
