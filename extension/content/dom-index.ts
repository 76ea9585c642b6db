/**
 * The live page's lookup structures for drawing (table grids: CellLocator; visible text: TextIndex), built on first
 * use and reused by later draws (review changes, settings changes, re-scans) until the page's DOM changes. A
 * MutationObserver marks them stale; `takeRecords()` before each use catches changes whose records are not delivered
 * yet, so a stale index is never used. Our own overlay host (appended to <html>) does not count as a change.
 */
import { HOST_TAG } from './dom-labels.ts';
import { CellLocator, TextIndex } from './locate.ts';

export interface DomLookups {
  cells(): CellLocator;
  text(): TextIndex | null;
}

const HOST = HOST_TAG.toUpperCase();

function isOwnHost(record: MutationRecord): boolean {
  if (record.type !== 'childList') return false;
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return nodes.length > 0 && nodes.every((n) => (n as Element).tagName === HOST);
}

export class DomIndex implements DomLookups {
  private locator: CellLocator | null = null;
  private textIndex: TextIndex | null = null;
  private readonly observer: MutationObserver;
  private watching = false;

  constructor(private readonly doc: Document, signal: AbortSignal) {
    this.observer = new MutationObserver((records) => this.onRecords(records));
    signal.addEventListener('abort', () => this.observer.disconnect(), { once: true });
  }

  cells(): CellLocator {
    this.check();
    return (this.locator ??= this.built(new CellLocator(this.doc)));
  }

  text(): TextIndex | null {
    this.check();
    if (!this.doc.body) return null;
    return (this.textIndex ??= this.built(new TextIndex(this.doc.body)));
  }

  private check(): void {
    if (this.watching) this.onRecords(this.observer.takeRecords());
  }

  private onRecords(records: MutationRecord[]): void {
    if (records.every(isOwnHost)) return;
    // Stale: drop both, stop observing until something is built again (no work for the page's later mutations).
    this.locator = null;
    this.textIndex = null;
    this.observer.disconnect();
    this.watching = false;
  }

  private built<T>(value: T): T {
    if (!this.watching) {
      this.observer.observe(this.doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['rowspan', 'colspan'] });
      this.watching = true;
    }
    return value;
  }
}
