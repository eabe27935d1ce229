// Issue 5: the extension makes no network request of any kind. With the extension loaded, a reader
// opens the demo article, hovers a highlight, opens the popup and exports the list as Markdown and
// JSON; every request the article page, the popup and (Chromium) the background service worker make
// is recorded by the browser's network layer, and none may go anywhere but 127.0.0.1 (the test server)
// and the extension's own files.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { clickInPopup, describeInBrowsers, pollUntil, serveDemo, waitForContentStatus, waitForLoad, waitForPopupSettled, type StaticServer } from './harness';
import { NetworkLog } from './support/network-log';
import { BLANK_PAGE, BLANK_PATH, isLocalUrl } from './support/offline-tab';

describeInBrowsers('no network', ({ kind, session }) => {
  let server: StaticServer & { demoUrl: string };
  let log: NetworkLog;
  let downloads: string;

  beforeAll(async () => {
    server = await serveDemo({ [BLANK_PATH]: BLANK_PAGE });
    await session().callExtension((api) => api.storage.sync.clear());
    log = new NetworkLog();
    downloads = mkdtempSync(join(tmpdir(), 'wsw-downloads-'));
    if (kind === 'chromium') {
      await log.watchServiceWorker(session().browser, session().extensionOrigin);
      const cdp = await session().browser.target().createCDPSession();
      await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads, eventsEnabled: true });
    }
  });
  afterAll(async () => {
    await log?.stop();
    await server?.close();
    rmSync(downloads, { recursive: true, force: true });
  });

  test('reading the demo article, hovering, opening the popup and exporting requests nothing beyond 127.0.0.1 and the extension', async () => {
    // The article page: a tab whose id we know, watched before it navigates to the article.
    const { page, tabId } = await session().openTab(server.url(BLANK_PATH));
    await log.watchPage(page, 'article page', kind);
    await page.goto(server.demoUrl, { waitUntil: 'load' });
    expect(await waitForContentStatus(page)).toBe('done');

    await page.bringToFront();
    const mark = await page.$('wsw-mark');
    expect(mark, 'a highlight to hover').not.toBeNull();
    await mark!.hover();
    await pollUntil(() => page.evaluate(() => (document.querySelector('[data-wsw-card]')?.shadowRoot?.textContent ?? '').length > 0), {
      what: 'the hover card',
      timeoutMs: 10_000,
    });

    // The popup, watched from its first request.
    const popup: Page = await session().browser.newPage();
    await log.watchPage(popup, 'popup', kind);
    const popupUrl = session().extensionUrl(`src/popup/index.html?tabId=${tabId}`);
    if (kind === 'chromium') await popup.goto(popupUrl);
    else void popup.goto(popupUrl).catch(() => {}); // Firefox never resolves moz-extension:// navigations
    await pollUntil(async () => (await popup.evaluate(() => location.href)) === popupUrl, { what: 'the popup to open' });
    await waitForLoad(popup);
    const contents = await waitForPopupSettled(popup);
    expect(contents.statementCount).toBeGreaterThan(0);

    await clickInPopup(popup, 'button[title="Save the list as Markdown"]');
    await clickInPopup(popup, 'button[title="Save the list as JSON"]');
    if (kind === 'chromium') {
      const files = await pollUntil(() => {
        const done = readdirSync(downloads).filter((f) => /\.(md|json)$/.test(f));
        return done.length === 2 ? done : undefined;
      }, { what: 'both exports to be saved', timeoutMs: 10_000 });
      expect(files.sort()).toEqual([expect.stringMatching(/^who-said-what-127\.0\.0\.1-.*\.json$/), expect.stringMatching(/^who-said-what-127\.0\.0\.1-.*\.md$/)]);
      const json = JSON.parse(readFileSync(join(downloads, files.find((f) => f.endsWith('.json'))!), 'utf8'));
      expect(json.statements.length, 'statements in the JSON export').toBe(contents.statementCount);
    }
    // Anything sent late (a beacon on unload, a retry) gets its chance before the log is read.
    await new Promise((r) => setTimeout(r, 1000));

    // Positive controls: a request we make ourselves from each watched part must show up in the log,
    // so an empty list of foreign requests means "none made", not "none seen".
    const probe = (from: string) => server.url(`/__probe/${from}`);
    const fetchFrom = (u: string) => fetch(u).then(() => true, () => true);
    await page.evaluate(fetchFrom, probe('page'));
    await popup.evaluate(fetchFrom, probe('popup'));
    const probes: [string, string][] = [['article page', probe('page')], ['popup', probe('popup')]];
    if (kind === 'chromium') {
      const worker = await (await session().browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(session().extensionOrigin))).worker();
      await worker!.evaluate(fetchFrom, probe('background'));
      probes.push(['background', probe('background')]);
    }
    await new Promise((r) => setTimeout(r, 300));
    await popup.close();

    for (const [from, url] of probes) {
      expect(log.requests.some((r) => r.from.startsWith(from) && r.url === url), `the control request from the ${from} was observed`).toBe(true);
    }
    const elsewhere = log.requests.filter((r) => !isLocalUrl(r.url)).map((r) => `${r.from}: ${r.url}`);
    expect(elsewhere, 'requests to anywhere but 127.0.0.1 and the extension').toEqual([]);
    await page.close();
  });
});
