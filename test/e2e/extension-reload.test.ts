// Issue 5: "after the extension is updated or reloaded the old content script removes its highlights and
// listeners quietly (extension context invalidated)". In Chromium and Firefox ESR, on our own article
// page (test/fixtures/e2e/pages.ts): highlights painted and a hover card open, then the extension reloads
// itself (runtime.reload()); the page is left with no wsw-mark and no card, no error from the extension,
// a hover that no longer opens a card, and exactly the text and element structure it had before.
// (Chromium leaves the old script orphaned, which must notice and clean up; Firefox drops the old script's
// sandbox, so the cleanup falls to the copy the reloaded add-on injects.)
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { describeInBrowsers, pollUntil, startServer, type StaticServer } from './harness';
import { sendToContent, snapshot, waitForRunFinished, type PageSnapshot } from './support/content-control';
import { collectExtensionErrors, type ErrorCollector } from './support/extension-errors';
import { articlePage, FIRST_STORY } from '../fixtures/e2e/pages';

describeInBrowsers('extension reload', ({ kind, session }) => {
  let server: StaticServer;
  let page: Page;
  let pristine: PageSnapshot;
  let errors: ErrorCollector;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startServer({ routes: { '/story': articlePage('Bridge and port news', FIRST_STORY) } });
    // Click mode: the page's own text and structure are recorded before anything is painted, and the
    // reloaded extension does not paint again by itself.
    await session().setSettings({ mode: 'click' });
    let tabId: number;
    ({ page, tabId } = await session().openTab(server.url('/story')));
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    errors = await collectExtensionErrors(page, session().extensionOrigin, kind);
    pristine = await snapshot(page);
    await sendToContent(session(), tabId, { type: 'wsw:popup-run' });
    expect(await waitForRunFinished(page)).toBe('done');
    expect(await page.evaluate(() => document.querySelectorAll('wsw-mark').length)).toBeGreaterThan(0);
    // A card open at the moment of the reload.
    await page.bringToFront();
    await (await page.$('wsw-mark[data-wsw-id]'))!.hover();
    await pollUntil(() => page.evaluate(() => Boolean(document.querySelector('[data-wsw-card]'))), { what: 'a hover card', timeoutMs: 10_000 });
    expect(errors.take(), 'extension errors before the reload').toEqual([]);

    await session().callExtension((api) => {
      setTimeout(() => api.runtime.reload(), 50);
      return true;
    });
  });
  afterAll(async () => {
    await errors?.stop();
    await Promise.race([
      session().callExtension((api) => api.storage.sync.clear()).catch(() => {}),
      new Promise((r) => setTimeout(r, 10_000)),
    ]);
    await server?.close();
  });

  test('the old highlights and the card are removed from the open page', async () => {
    await pollUntil(
      () => page.evaluate(() => document.querySelectorAll('wsw-mark').length === 0 && document.querySelectorAll('[data-wsw-card]').length === 0),
      { what: 'every wsw-mark and the card to be removed after the reload', timeoutMs: 30_000 },
    );
  });

  test('the page has its original text and element structure again', async () => {
    await pollUntil(() => page.evaluate(() => document.querySelectorAll('wsw-mark').length === 0), { what: 'no wsw-mark', timeoutMs: 30_000 });
    const after = await snapshot(page);
    expect(after.text).toBe(pristine.text);
    expect(after.structure).toEqual(pristine.structure);
    // Text nodes are joined again too (no split left behind where a mark was).
    const split = await page.evaluate(() =>
      [...document.querySelectorAll('article p')].filter((p) => [...p.childNodes].some((n, i, all) => n.nodeType === 3 && all[i + 1]?.nodeType === 3)).length,
    );
    expect(split, 'paragraphs with adjacent text nodes').toBe(0);
  });

  test('hovering where a highlight was no longer opens a card (the old listeners are gone)', async () => {
    await pollUntil(() => page.evaluate(() => document.querySelectorAll('wsw-mark').length === 0), { what: 'no wsw-mark', timeoutMs: 30_000 });
    await page.mouse.move(0, 0);
    await (await page.$('article p:nth-of-type(2)'))!.hover();
    await new Promise((r) => setTimeout(r, 1500));
    expect(await page.evaluate(() => document.querySelectorAll('[data-wsw-card]').length)).toBe(0);
  });

  test('the reload raises no error in the page or the old content script', async () => {
    await pollUntil(() => page.evaluate(() => document.querySelectorAll('wsw-mark').length === 0), { what: 'no wsw-mark', timeoutMs: 30_000 });
    await new Promise((r) => setTimeout(r, 2500)); // two more liveness polls of the old script
    expect(errors.take(), 'errors from the extension').toEqual([]);
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
  });
});
