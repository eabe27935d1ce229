// Issue 3, settings (browser.storage.sync keys `mode` and `neverSites`), as a user meets them, in
// Chromium and Firefox ESR on the demo article: on a site listed in neverSites nothing is highlighted and
// the content script stays idle until the popup's Run; in click mode the same holds on every site.
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { clickInPopup, describeInBrowsers, pollUntil, readPopup, serveDemo, waitForPopupSettled, type StaticServer } from './harness';
import { sendToContent, snapshot } from './support/content-control';

// Long enough for an (erroneous) automatic run to start and paint: the demo is done in < 2 s when it runs.
const AUTOMATIC_RUN_GRACE_MS = 4000;

describeInBrowsers('settings take effect', ({ session }) => {
  let server: StaticServer & { demoUrl: string };

  beforeAll(async () => {
    server = await serveDemo();
  });
  afterEach(async () => {
    await session().callExtension((api) => api.storage.sync.clear());
  });
  afterAll(async () => {
    await server?.close();
  });

  /** Opens the demo, checks nothing happens by itself, then presses Run in the popup and checks it ran. */
  async function staysIdleUntilRun(query: string): Promise<void> {
    const { page, tabId } = await session().openTab(`${server.demoUrl}?${query}`);
    const before = await snapshot(page);
    await new Promise((r) => setTimeout(r, AUTOMATIC_RUN_GRACE_MS));
    await expectUntouched(page, before);
    const state = await sendToContent(session(), tabId, { type: 'wsw:popup-get-state' });
    expect(state.status).toBe('idle');
    expect(state.statements).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.dataset.wswStatus ?? '')).toBe('idle');
    expect(await session().badgeText(tabId)).toBe('');

    const popup = await session().openPopup(tabId);
    await pollUntil(async () => (await readPopup(popup)).notice.includes('Not run on this page yet'), { what: 'the Run prompt' });
    await expectUntouched(page, before); // opening the popup is not running
    await clickInPopup(popup, 'button.primary');
    const contents = await waitForPopupSettled(popup);
    await popup.close();
    expect(contents.speakers).toContain('Vladimir Putin');
    expect(await page.evaluate(() => document.querySelectorAll('wsw-mark[data-wsw-id]').length)).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.dataset.wswStatus)).toBe('done');
    await pollUntil(async () => (await session().badgeText(tabId)) === String(contents.statementCount) || undefined, {
      what: `the badge to show ${contents.statementCount} after Run`,
    });
  }

  async function expectUntouched(page: Page, before: Awaited<ReturnType<typeof snapshot>>): Promise<void> {
    const now = await snapshot(page);
    expect(now.marks, 'wsw-mark elements').toBe(0);
    expect(now.cardHosts, 'card hosts').toBe(0);
    expect(now.text).toBe(before.text);
    expect(now.structure).toEqual(before.structure);
  }

  test('on a site listed in neverSites nothing is highlighted and the status stays idle until Run', async () => {
    await session().setSettings({ mode: 'auto', neverSites: ['127.0.0.1'] });
    await staysIdleUntilRun('never-site');
  });

  test('in click mode nothing is highlighted until the popup’s Run', async () => {
    await session().setSettings({ mode: 'click', neverSites: [] });
    await staysIdleUntilRun('click-mode');
  });

  test('control: with the default settings the same page is highlighted by itself', async () => {
    const { page, tabId } = await session().openTab(`${server.demoUrl}?defaults`);
    const status = await pollUntil(async () => {
      const s = await page.evaluate(() => document.documentElement.dataset.wswStatus ?? '');
      return s === 'done' ? s : undefined;
    }, { what: 'an automatic run', timeoutMs: 30_000 });
    expect(status).toBe('done');
    expect(await page.evaluate(() => document.querySelectorAll('wsw-mark').length)).toBeGreaterThan(0);
    expect(await pollUntil(async () => (await session().badgeText(tabId)) || undefined, { what: 'a badge' })).not.toBe('');
  });
});
