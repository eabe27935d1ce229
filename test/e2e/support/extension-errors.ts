// Errors that come from the extension, not from the page. A saved news page throws plenty of its own
// errors (its ad and analytics scripts are blocked), so an error counts as ours only if its source says
// so: it was thrown or logged in the content script's isolated world, or its URL / stack / text points
// at the extension's files, or it carries our message prefix ("wsw:").
//
// Chromium: a CDP session of our own on the page target (Runtime + Log domains) sees the isolated
// worlds, which puppeteer's 'console'/'pageerror' events do not report. Firefox (WebDriver BiDi): only
// what puppeteer's page events carry, filtered by the moz-extension:// origin.
import type { Browser, CDPSession, ConsoleMessage, Page, Target } from 'puppeteer-core';

export interface ExtensionError {
  kind: 'exception' | 'console' | 'log';
  text: string;
  url: string;
}

export interface ErrorCollector {
  /** Errors attributed to the extension since the collector started (or the last take()). */
  take(): ExtensionError[];
  /** Every error seen, ours or the page's, for diagnosing attribution (not asserted on). */
  pageErrorCount(): number;
  stop(): Promise<void>;
}

const OUR_PREFIX = /\bwsw[:-]|who said what/i;

export async function collectExtensionErrors(page: Page, extensionOrigin: string, kind: 'chromium' | 'firefox'): Promise<ErrorCollector> {
  const ours: ExtensionError[] = [];
  let others = 0;
  const mentionsUs = (...texts: (string | undefined)[]) =>
    texts.some((t) => t !== undefined && (t.includes(extensionOrigin) || OUR_PREFIX.test(t)));

  if (kind === 'chromium') {
    const cdp: CDPSession = await page.createCDPSession();
    const ourContexts = new Set<number>();
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      if (context.origin.startsWith(extensionOrigin) || (context.auxData?.type === 'isolated' && context.name === 'Who Said What')) {
        ourContexts.add(context.id);
      }
    });
    cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
      const frames = d.stackTrace?.callFrames.map((f) => f.url) ?? [];
      const text = `${d.text} ${d.exception?.description ?? ''}`.trim();
      if ((d.executionContextId !== undefined && ourContexts.has(d.executionContextId)) || mentionsUs(d.url, text, ...frames)) {
        ours.push({ kind: 'exception', text, url: d.url ?? frames[0] ?? '' });
      } else others++;
    });
    cdp.on('Runtime.consoleAPICalled', (event) => {
      if (event.type !== 'error' && event.type !== 'assert') return;
      const text = event.args.map((a) => a.value ?? a.description ?? '').join(' ');
      const frames = event.stackTrace?.callFrames.map((f) => f.url) ?? [];
      if (ourContexts.has(event.executionContextId) || mentionsUs(text, ...frames)) {
        ours.push({ kind: 'console', text, url: frames[0] ?? '' });
      } else others++;
    });
    cdp.on('Log.entryAdded', ({ entry }) => {
      if (entry.level !== 'error') return;
      if (mentionsUs(entry.url, entry.text)) ours.push({ kind: 'log', text: entry.text, url: entry.url ?? '' });
      else others++;
    });
    await cdp.send('Runtime.enable');
    await cdp.send('Log.enable');
    return {
      take: () => ours.splice(0),
      pageErrorCount: () => others,
      stop: () => cdp.detach().catch(() => {}),
    };
  }

  const onPageError = (error: unknown) => {
    const text = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
    if (mentionsUs(text)) ours.push({ kind: 'exception', text, url: '' });
    else others++;
  };
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() !== 'error' && message.type() !== 'assert') return;
    const url = message.location()?.url ?? '';
    const frames = message.stackTrace().map((f) => f.url ?? '');
    if (mentionsUs(url, message.text(), ...frames)) ours.push({ kind: 'console', text: message.text(), url });
    else others++;
  };
  page.on('pageerror', onPageError);
  page.on('console', onConsole);
  return {
    take: () => ours.splice(0),
    pageErrorCount: () => others,
    stop: async () => {
      page.off('pageerror', onPageError);
      page.off('console', onConsole);
    },
  };
}

/**
 * Chromium: every exception and console error of the extension's service worker (all of it is ours),
 * including after a restart of the worker.
 */
export async function collectServiceWorkerErrors(browser: Browser, extensionOrigin: string): Promise<ErrorCollector> {
  const ours: ExtensionError[] = [];
  const sessions: CDPSession[] = [];
  const isOurs = (t: Target) => t.type() === 'service_worker' && t.url().startsWith(`${extensionOrigin}/`);
  const watch = async (target: Target) => {
    const cdp = await target.createCDPSession();
    cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) =>
      ours.push({ kind: 'exception', text: `${d.text} ${d.exception?.description ?? ''}`.trim(), url: d.url ?? target.url() }),
    );
    cdp.on('Runtime.consoleAPICalled', (event) => {
      if (event.type === 'error' || event.type === 'assert') {
        ours.push({ kind: 'console', text: event.args.map((a) => a.value ?? a.description ?? '').join(' '), url: target.url() });
      }
    });
    cdp.on('Log.entryAdded', ({ entry }) => {
      if (entry.level === 'error') ours.push({ kind: 'log', text: entry.text, url: entry.url ?? target.url() });
    });
    await cdp.send('Runtime.enable');
    await cdp.send('Log.enable');
    sessions.push(cdp);
  };
  await watch(await browser.waitForTarget(isOurs, { timeout: 10_000 }));
  const onCreated = (t: Target) => {
    if (isOurs(t)) void watch(t).catch(() => {});
  };
  browser.on('targetcreated', onCreated);
  return {
    take: () => ours.splice(0),
    pageErrorCount: () => 0,
    stop: async () => {
      browser.off('targetcreated', onCreated);
      await Promise.all(sessions.map((s) => s.detach().catch(() => {})));
    },
  };
}
