/**
 * Network guard for every e2e test (extension and PWA): nothing WE ship may send a request off this machine.
 *
 * Every request that would leave 127.0.0.1 / localhost is aborted. Who started it decides what that means:
 *
 * - **ours** — the test FAILS:
 *   - `extension-sw`: the extension's service worker (Playwright reports it as `request.serviceWorker()`);
 *   - `extension-page`: a frame whose URL is `chrome-extension://…` (side panel, options);
 *   - `content-script`: a request started by a script running in the extension's isolated world inside a web page.
 *     Playwright attributes those to the page's frame, so the guard asks the page itself over CDP: the request's
 *     initiator stack (`Network.requestWillBeSent`) names the scripts on the stack — our content scripts are files
 *     (`chrome-extension://…/content/*.js`); code without a URL (an injected function) is traced to the execution
 *     context that parsed it (`Debugger.scriptParsed`, switched on only for that lookup because it slows the page's
 *     scripts about 4x), and the extension's contexts carry its origin (`Runtime.executionContextCreated`);
 *   - `pwa`: a frame or service worker of the library PWA's origin (everything it loads is its own doing);
 *   - `worker`: a request with neither a frame nor a service worker (a dedicated worker: ours in these tests).
 * - **page** — recorded as a "blocked page request", not a failure: the fixture pages are real portal pages saved
 *   locally and reference external scripts, CSS, images and analytics; blocking them is the point of serving
 *   them from 127.0.0.1.
 *
 * Why this split is sound: contexts are separated by the browser itself (a service worker's or an extension page's
 * requests cannot be attributed to a web page and vice versa). Inside a web page, script-initiated loads of our content
 * scripts carry our execution context in their initiator stack; loads that elements start (img/link/iframe) are only
 * possible from elements, and the security specs assert that our shadow root holds no resource-loading element and
 * that we add nothing else to the page. Parser-initiated loads come from the page's own HTML.
 *
 * Use: `import { test, expect } from '../network-guard.ts'` (auto fixture `networkGuard`), or wrap another fixture
 * set with `test.extend` on top of this `test`.
 */
import { test as base, expect, type BrowserContext, type Page, type Request, type TestInfo } from '@playwright/test';
import { PWA_ORIGIN } from '../../playwright.config.ts';

export type Initiator = 'extension-sw' | 'extension-page' | 'content-script' | 'pwa' | 'worker' | 'page';

export interface GuardRecord {
  url: string;
  initiator: Initiator;
  /** URL of the frame or service worker that sent it (when known). */
  from: string;
}

export interface GuardSummary {
  /** Every request seen, by initiator (local ones too). */
  requests: Record<Initiator, number>;
  /** Requests by service workers (extension's and PWA's), local ones too. */
  serviceWorkerRequests: number;
  blockedPageRequests: GuardRecord[];
  violations: GuardRecord[];
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Would this request leave the machine? (chrome-extension:, data:, blob:, about:, chrome: never do.) */
export function leavesMachine(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return true;
  }
  if (!['http:', 'https:', 'ws:', 'wss:', 'ftp:'].includes(url.protocol)) return false;
  return !LOCAL_HOSTS.has(url.hostname);
}

function originOf(raw: string): string {
  try {
    return new URL(raw).origin;
  } catch {
    return '';
  }
}

export class NetworkGuard {
  /** Every request seen, classified by context; page-frame ones are settled against CDP initiators in `summary()`. */
  private seen: GuardRecord[] = [];
  private swRequests = 0;
  /** URLs whose request a content script of ours started (from CDP initiator stacks). */
  private readonly fromContentScript = new Set<string>();
  private readonly attached = new WeakSet<Page>();
  private readonly pending: Promise<void>[] = [];

  constructor(private readonly pwaOrigin: string = PWA_ORIGIN) {}

  async install(context: BrowserContext): Promise<void> {
    await context.route((url) => leavesMachine(url.href), (route) => route.abort('blockedbyclient'));
    context.on('request', (request) => this.onRequest(request));
    context.on('page', (page) => void this.attach(context, page));
    for (const page of context.pages()) await this.attach(context, page);
  }

  /** Follows one page over CDP to attribute script-initiated requests to our content scripts. */
  private async attach(context: BrowserContext, page: Page): Promise<void> {
    if (this.attached.has(page)) return;
    this.attached.add(page);
    try {
      const cdp = await context.newCDPSession(page);
      const contexts = new Map<number, string>();
      const scriptContext = new Map<string, number>();
      cdp.on('Runtime.executionContextCreated', (e: { context: { id: number; origin: string } }) => contexts.set(e.context.id, e.context.origin));
      cdp.on('Debugger.scriptParsed', (e: { scriptId: string; executionContextId: number }) => scriptContext.set(e.scriptId, e.executionContextId));
      cdp.on('Network.requestWillBeSent', (e: { request: { url: string }; initiator: { url?: string; stack?: CdpStack } }) => {
        if (!leavesMachine(e.request.url)) return;
        const frames = stackFrames(e.initiator.stack);
        if (e.initiator.url?.startsWith('chrome-extension://') || frames.some((f) => f.url.startsWith('chrome-extension://'))) {
          this.fromContentScript.add(e.request.url);
          return;
        }
        // Code without a URL (injected functions, eval): which world parsed it? The Debugger domain knows, but it slows
        // every script on the page about 4x, so it is switched on only now, for the replay of parsed scripts, and off.
        const anonymous = frames.filter((f) => !f.url).map((f) => f.scriptId);
        if (!anonymous.length) return;
        this.pending.push(
          (async () => {
            await cdp.send('Debugger.enable');
            await cdp.send('Debugger.disable');
            if (anonymous.some((id) => contexts.get(scriptContext.get(id) ?? -1)?.startsWith('chrome-extension://'))) this.fromContentScript.add(e.request.url);
          })().catch(() => undefined),
        );
      });
      await cdp.send('Runtime.enable');
      await cdp.send('Network.enable');
    } catch {
      // Pages that close at once, or targets without these domains: their requests are still classified by context.
    }
  }

  /** Waits for attributions still being looked up over CDP. */
  async settle(): Promise<void> {
    while (this.pending.length) await Promise.all(this.pending.splice(0));
  }

  classify(request: Request): { initiator: Initiator; from: string } {
    const sw = request.serviceWorker();
    if (sw) {
      this.swRequests++;
      const from = sw.url();
      if (from.startsWith('chrome-extension://')) return { initiator: 'extension-sw', from };
      return { initiator: originOf(from) === this.pwaOrigin ? 'pwa' : 'worker', from };
    }
    let from: string;
    try {
      from = request.frame().url();
    } catch {
      return { initiator: 'worker', from: '' };
    }
    if (from.startsWith('chrome-extension://')) return { initiator: 'extension-page', from };
    if (originOf(from) === this.pwaOrigin) return { initiator: 'pwa', from };
    return { initiator: 'page', from };
  }

  private onRequest(request: Request): void {
    this.seen.push({ url: request.url(), ...this.classify(request) });
  }

  /**
   * Page-frame requests a content script of ours started (CDP events may arrive after Playwright's, so this is
   * settled when asked, not when the request is seen).
   */
  private settled(): GuardRecord[] {
    return this.seen.map((r) => (r.initiator === 'page' && this.fromContentScript.has(r.url) ? { ...r, initiator: 'content-script' } : r));
  }

  /** The violations so far, then forgets them (for the guard's own self-test). */
  takeViolations(): GuardRecord[] {
    const violations = this.summary().violations;
    const taken = new Set(violations.map((v) => v.url));
    this.seen = this.seen.filter((r) => !taken.has(r.url));
    return violations;
  }

  summary(): GuardSummary {
    const requests: Record<Initiator, number> = { 'extension-sw': 0, 'extension-page': 0, 'content-script': 0, pwa: 0, worker: 0, page: 0 };
    const blockedPageRequests: GuardRecord[] = [];
    const violations: GuardRecord[] = [];
    for (const r of this.settled()) {
      requests[r.initiator]++;
      if (!leavesMachine(r.url)) continue;
      (r.initiator === 'page' ? blockedPageRequests : violations).push(r);
    }
    return { requests, serviceWorkerRequests: this.swRequests, blockedPageRequests, violations };
  }
}

interface CdpStack {
  callFrames: { url: string; scriptId: string }[];
  parent?: CdpStack;
}

function stackFrames(stack: CdpStack | undefined): CdpStack['callFrames'] {
  const out: CdpStack['callFrames'] = [];
  for (let s = stack; s; s = s.parent) out.push(...s.callFrames);
  return out;
}

/** Installs the guard on a context; the returned function attaches the summary and fails on violations. */
export async function guardContext(context: BrowserContext, testInfo: TestInfo): Promise<{ guard: NetworkGuard; finish: () => Promise<void> }> {
  const guard = new NetworkGuard();
  await guard.install(context);
  const finish = async () => {
    await guard.settle();
    const summary = guard.summary();
    await testInfo.attach('network-guard.json', { body: JSON.stringify(summary, null, 2), contentType: 'application/json' });
    if (process.env.NETWORK_GUARD_VERBOSE) {
      const r = summary.requests;
      console.log(
        `[network-guard] ${testInfo.title}: requests ext-sw ${r['extension-sw']}, ext-pages ${r['extension-page']}, content ${r['content-script']}, pwa ${r.pwa}, workers ${r.worker}, pages ${r.page}; ` +
          `service-worker requests ${summary.serviceWorkerRequests}; blocked page requests ${summary.blockedPageRequests.length}; ours leaving ${summary.violations.length}`,
      );
    }
    expect(summary.violations, 'requests by our code that would leave 127.0.0.1').toEqual([]);
  };
  return { guard, finish };
}

/** `test` with the guard as an auto fixture on the test's `context` (whichever fixture provides it). */
export const test = base.extend<{ networkGuard: NetworkGuard }>({
  networkGuard: [
    async ({ context }, use, testInfo) => {
      const { guard, finish } = await guardContext(context, testInfo);
      await use(guard);
      await finish();
    },
    { auto: true },
  ],
});

export { expect };
