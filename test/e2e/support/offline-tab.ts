// One browser tab for many pages, with every request that is not for 127.0.0.1 (or the extension, or an
// inline data:/blob: URL) aborted by request interception, so a saved publisher page can fetch nothing
// from the internet. The tab is opened through the harness (so its tab id is known) on a blank page of
// our own server, and interception is switched on before the first real page loads.
import type { HTTPRequest, Page } from 'puppeteer-core';
import type { ExtensionSession } from '../harness';

export const BLANK_PATH = '/__wsw-blank.html';
export const BLANK_PAGE = '<!doctype html><html><head><meta charset="utf-8"><title>blank</title></head><body></body></html>';

/** True for URLs that stay on this machine: 127.0.0.1, the extension's own files, inline data. */
export function isLocalUrl(rawUrl: string): boolean {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return false;
  }
  if (['data:', 'blob:', 'about:', 'chrome-extension:', 'moz-extension:'].includes(url.protocol)) return true;
  return (url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:') && url.hostname === '127.0.0.1';
}

export interface OfflineTab {
  page: Page;
  tabId: number;
  /** URLs that were refused because they were not local (the saved pages' ads, fonts, trackers). */
  blocked: string[];
}

/** `blankUrl` must be a page of the local server without sub-resources (BLANK_PAGE at BLANK_PATH). */
export async function openOfflineTab(session: ExtensionSession, blankUrl: string): Promise<OfflineTab> {
  const { page, tabId } = await session.openTab(blankUrl);
  const blocked: string[] = [];
  if (session.kind === 'chromium') {
    // CDP Fetch directly: puppeteer's interception pairs every paused request with its Network event,
    // which made a page with 200 ad requests take 5 s to load; a raw Fetch handler answers at once.
    const cdp = await page.createCDPSession();
    cdp.on('Fetch.requestPaused', ({ requestId, request }) => {
      if (isLocalUrl(request.url)) {
        void cdp.send('Fetch.continueRequest', { requestId }).catch(() => {});
      } else {
        blocked.push(request.url);
        void cdp.send('Fetch.failRequest', { requestId, errorReason: 'BlockedByClient' }).catch(() => {});
      }
    });
    await cdp.send('Fetch.enable', { patterns: [{ urlPattern: '*' }] });
    return { page, tabId, blocked };
  }
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    if (request.isInterceptResolutionHandled()) return;
    if (isLocalUrl(request.url())) {
      void request.continue().catch(() => {});
    } else {
      blocked.push(request.url());
      void request.abort('blockedbyclient').catch(() => {});
    }
  });
  return { page, tabId, blocked };
}
