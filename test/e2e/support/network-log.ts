// Every request a page, the popup or the background makes, as the browser's own network layer reports
// it before anything is sent: CDP's Network domain on each target in Chromium (pages and the
// extension's service worker), WebDriver BiDi's request events in Firefox (pages only: Firefox does not
// expose an add-on's background page to BiDi).
import type { Browser, CDPSession, HTTPRequest, Page, Target } from 'puppeteer-core';

export interface SeenRequest {
  /** Which part made it: "article page", "popup", "background". */
  from: string;
  url: string;
}

export class NetworkLog {
  readonly requests: SeenRequest[] = [];
  private readonly sessions: CDPSession[] = [];
  private readonly detachers: (() => void)[] = [];

  /** Chromium: records every request of the target from now on (CDP Network.requestWillBeSent). */
  async watchTarget(target: Target, from: string): Promise<void> {
    const cdp = await target.createCDPSession();
    cdp.on('Network.requestWillBeSent', (event) => this.requests.push({ from, url: event.request.url }));
    cdp.on('Network.webSocketCreated', (event) => this.requests.push({ from, url: event.url }));
    await cdp.send('Network.enable');
    this.sessions.push(cdp);
  }

  /** Records every request of a page from now on: CDP in Chromium, BiDi request events in Firefox. */
  async watchPage(page: Page, from: string, kind: 'chromium' | 'firefox'): Promise<void> {
    if (kind === 'chromium') return this.watchTarget(page.target(), from);
    const onRequest = (request: HTTPRequest) => this.requests.push({ from, url: request.url() });
    page.on('request', onRequest);
    this.detachers.push(() => page.off('request', onRequest));
  }

  /** Chromium: the extension's service worker now and whenever it is restarted. */
  async watchServiceWorker(browser: Browser, extensionOrigin: string): Promise<void> {
    const isOurs = (t: Target) => t.type() === 'service_worker' && t.url().startsWith(`${extensionOrigin}/`);
    const current = await browser.waitForTarget(isOurs, { timeout: 10_000 });
    await this.watchTarget(current, 'background');
    const onCreated = (t: Target) => {
      if (isOurs(t)) void this.watchTarget(t, 'background (restarted)').catch(() => {});
    };
    browser.on('targetcreated', onCreated);
    this.detachers.push(() => browser.off('targetcreated', onCreated));
  }

  froms(): Set<string> {
    return new Set(this.requests.map((r) => r.from));
  }

  async stop(): Promise<void> {
    for (const detach of this.detachers.splice(0)) detach();
    await Promise.all(this.sessions.splice(0).map((s) => s.detach().catch(() => {})));
  }
}
