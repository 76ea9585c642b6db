/**
 * One checking session on a page: settle → parse → rules (with last year's capture) → draw, then keep the overlay
 * in step with the page (re-scan on content change, settings and review changes). Everything hangs off one
 * AbortSignal: aborting removes the overlay and every listener.
 */
import { isProbablyReport, parseReport } from '../../core/parse/index.ts';
import { runRules } from '../../core/engine/run.ts';
import { findingKey, type Review } from '../../core/model/capture.ts';
import { reportHash } from '../../core/model/report-hash.ts';
import type { Finding } from '../../core/model/finding.ts';
import type { Report } from '../../core/model/report.ts';
import { SettingsSchema, type Settings } from '../../core/engine/config.ts';
import { countBySeverity } from '../shared/severity.ts';
import { broadcast, ContentRequestSchema, sendToBackground, type Analysis, type AnalysisStatus, type AnyReply } from '../messaging.ts';
import { Overlay } from './overlay/overlay.ts';
import { isLocated } from './overlay/targets.ts';
import { resolveFindings } from './resolve.ts';
import { DomIndex } from './dom-index.ts';
import { waitForQuiet, watchChanges } from './settle.ts';
import css from './overlay/overlay.css?inline';

const SETTLE_QUIET_MS = 250;
const SETTLE_MAX_MS = 4000;
const RESCAN_QUIET_MS = 600;

function now(): number {
  return performance.now();
}

function pageUrl(): string {
  return location.href.split('#')[0];
}

/** Cheap signature of the page's report content: table text plus body text length. */
function contentSignature(doc: Document): string {
  let tables = '';
  for (const table of Array.from(doc.querySelectorAll('table'))) tables += table.textContent ?? '';
  return `${doc.body?.textContent?.length ?? 0}:${tables.length}:${tables.slice(0, 2000)}:${tables.slice(-2000)}`;
}

export class Session {
  private readonly controller = new AbortController();
  private settings: Settings | null = null;
  private overlay: Overlay | null = null;
  private status: AnalysisStatus = 'parsing';
  private failure: Analysis['failure'] = null;
  private report: Report | null = null;
  private previous: Report | null = null;
  private findings: Finding[] = [];
  private keys: string[] = [];
  private located: boolean[] = [];
  private unlocatedCells: string[] = [];
  private reportKey: string | null = null;
  private dismissed = new Set<string>();
  private signature = '';
  private timings = { gateMs: 0, parseMs: 0, rulesMs: 0, drawMs: 0, layoutMs: 0 };
  private readonly lookups: DomIndex;

  /** Check even when the cheap gate says no (the user asked for it). */
  forced: boolean;

  constructor(private readonly doc: Document, forced: boolean) {
    this.forced = forced;
    this.lookups = new DomIndex(doc, this.controller.signal);
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  async start(): Promise<void> {
    const signal = this.signal;
    chrome.runtime.onMessage.addListener(this.onMessage);
    signal.addEventListener('abort', () => chrome.runtime.onMessage.removeListener(this.onMessage), { once: true });
    // No chrome.storage here (the background restricts it to trusted contexts): settings come by message, and
    // changes are pushed by the background (content/settings-changed).
    const reply = await sendToBackground<{ settings: unknown }>({ type: 'settings/get' });
    const parsed = reply.ok ? SettingsSchema.safeParse(reply.settings) : null;
    this.settings = parsed?.success ? parsed.data : SettingsSchema.parse({});
    await waitForQuiet(this.doc.body, SETTLE_QUIET_MS, SETTLE_MAX_MS, signal);
    if (signal.aborted) return;
    await this.scan();
    watchChanges(this.doc.body, RESCAN_QUIET_MS, () => void this.rescanIfChanged(), signal);
    // Same-document navigations may reset the tab's badge: publish again.
    for (const type of ['hashchange', 'popstate'] as const) addEventListener(type, () => setTimeout(() => this.publish(), 50), { signal });
  }

  stop(): void {
    this.controller.abort();
    this.overlay = null;
  }

  private async rescanIfChanged(): Promise<void> {
    if (!chrome.runtime?.id) return this.stop(); // the extension was reloaded or removed: orphaned script
    if (contentSignature(this.doc) === this.signature) return;
    await this.scan();
  }

  /** Parses the live DOM, then checks it. */
  async scan(): Promise<void> {
    this.signature = contentSignature(this.doc);
    const t0 = now();
    const probable = isProbablyReport(this.doc);
    this.timings.gateMs = now() - t0;
    if (!probable && !this.forced) return this.fail('not-report', 'not-a-report', 'isProbablyReport() is false');
    const t1 = now();
    const parsed = parseReport(this.doc, { url: pageUrl() });
    this.timings.parseMs = now() - t1;
    if (!parsed.ok) return this.fail(parsed.reason === 'not-a-report' ? 'not-report' : 'failed', parsed.reason, parsed.detail);
    this.report = parsed.report;
    this.reportKey = `${pageUrl()}#${reportHash(parsed.report)}`;
    this.previous = null;
    if (parsed.report.agency && parsed.report.year) {
      const reply = await sendToBackground<{ report: Report | null }>({ type: 'captures/find-previous', agency: parsed.report.agency, year: parsed.report.year });
      if (reply.ok) this.previous = reply.report;
    }
    await this.loadReviews();
    await this.check(parsed.report);
  }

  private fail(status: AnalysisStatus, reason: string, detail: string): void {
    this.status = status;
    this.failure = { reason, detail };
    this.report = null;
    this.reportKey = null;
    this.findings = [];
    this.keys = [];
    this.located = [];
    this.overlay?.destroy();
    this.overlay = null;
    this.publish();
  }

  /** Runs the rules and draws. */
  private async check(report: Report): Promise<void> {
    const settings = this.settings!;
    const t0 = now();
    const result = runRules(report, { previous: this.previous, config: settings.rules, lang: settings.lang });
    this.timings.rulesMs = now() - t0;
    this.findings = result.findings;
    this.keys = result.findings.map((f) => findingKey(f));
    this.status = 'ready';
    this.failure = null;
    this.draw();
    this.publish();
  }

  private draw(): void {
    if (!this.report || this.signal.aborted) return;
    const lang = this.settings!.lang;
    const t0 = now();
    const { targets, unlocatedCells } = resolveFindings(this.lookups, this.report, this.findings, this.keys, this.dismissed, lang);
    this.located = targets.map(isLocated);
    this.unlocatedCells = unlocatedCells;
    if (!this.overlay) {
      this.overlay = new Overlay(this.doc, { css, version: chrome.runtime.getManifest().version, lang, onSelect: (key) => broadcast({ type: 'broadcast/selected', key }) }, this.signal);
    }
    const selected = this.overlay.selected;
    this.overlay.draw(targets);
    if (selected) this.overlay.select(selected);
    this.timings.drawMs = now() - t0;
  }

  private async loadReviews(): Promise<void> {
    this.dismissed = new Set();
    if (!this.reportKey) return;
    const reply = await sendToBackground<{ reviews: Review[] }>({ type: 'reviews/get', reportKey: this.reportKey });
    if (reply.ok) for (const r of reply.reviews) if (r.status === 'dismissed') this.dismissed.add(r.findingKey);
  }

  private publish(): void {
    const counts = countBySeverity(this.findings);
    void sendToBackground({ type: 'content/state', state: { url: location.href, status: this.status, reportKey: this.reportKey, counts } });
    broadcast({ type: 'broadcast/analysis-changed' });
  }

  analysis(): Analysis {
    return {
      status: this.status,
      url: location.href,
      title: this.doc.title,
      failure: this.failure,
      report: this.report,
      findings: this.findings,
      keys: this.keys,
      located: this.located,
      unlocatedCells: this.unlocatedCells,
      reportKey: this.reportKey,
      previousYear: this.previous?.year ?? null,
      selectedKey: this.overlay?.selected ?? null,
      timings: { ...this.timings, layoutMs: this.overlay?.lastLayoutMs ?? 0 },
    };
  }

  private step(delta: 1 | -1): string | null {
    if (!this.overlay) return null;
    const order = this.overlay.orderedKeys();
    if (!order.length) return null;
    const at = this.overlay.selected ? order.indexOf(this.overlay.selected) : -1;
    const next = order[at < 0 ? (delta > 0 ? 0 : order.length - 1) : (at + delta + order.length) % order.length];
    this.overlay.select(next, { scroll: true, pulse: true, popover: true });
    broadcast({ type: 'broadcast/selected', key: next });
    return next;
  }

  /** The page HTML as captured: head and body, without our overlay host (which sits outside <body>). */
  private bodyHtml(): string {
    return `<!DOCTYPE html>\n<html><head>${this.doc.head?.innerHTML ?? ''}</head>${this.doc.body?.outerHTML ?? ''}</html>`;
  }

  private readonly onMessage = (raw: unknown, sender: chrome.runtime.MessageSender, sendResponse: (reply: AnyReply) => void): boolean | undefined => {
    if (sender.id !== chrome.runtime.id) return undefined; // only our own extension pages and background
    const parsed = ContentRequestSchema.safeParse(raw);
    if (!parsed.success) return undefined;
    const request = parsed.data;
    switch (request.type) {
      case 'content/get-analysis':
        sendResponse({ ok: true, analysis: this.analysis() });
        return undefined;
      case 'content/focus': {
        const ok = this.overlay?.select(request.key, { scroll: true, pulse: true, popover: true }) ?? false;
        sendResponse(ok ? { ok: true } : { ok: false, error: 'not-located' });
        return undefined;
      }
      case 'content/step':
        sendResponse({ ok: true, key: this.step(request.delta) });
        return undefined;
      case 'content/rescan':
        void this.scan().then(() => sendResponse({ ok: true }));
        return true;
      case 'content/get-body-html':
        sendResponse({ ok: true, html: this.bodyHtml() });
        return undefined;
      case 'content/settings-changed':
        this.settings = request.settings;
        this.overlay?.setLang(request.settings.lang);
        if (this.report) void this.check(this.report);
        sendResponse({ ok: true });
        return undefined;
      case 'content/teardown':
        this.stop();
        void sendToBackground({ type: 'content/state', state: { url: location.href, status: 'stopped', reportKey: null, counts: { error: 0, warning: 0, info: 0 } } });
        sendResponse({ ok: true });
        return undefined;
      case 'content/reviews-changed':
        void this.loadReviews().then(() => {
          this.draw();
          sendResponse({ ok: true });
        });
        return true;
    }
  };
}
