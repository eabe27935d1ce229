// The extension on the demo article (the seed story served from 127.0.0.1), in Chromium and Firefox ESR:
// highlights, the hover card, the popup's list, the badge, click-to-run and turning highlights off.
import { afterAll, beforeAll, expect, test, describe } from 'vitest';
import type { Page } from 'puppeteer-core';
import {
  clickInPopup,
  describeInBrowsers,
  pollUntil,
  readPopup,
  serveDemo,
  waitForContentStatus,
  waitForPopupSettled,
  type StaticServer,
} from './harness';

const PUTIN_QUOTE = 'The complete defeat of our enemy along Kursk';

describeInBrowsers('demo article', ({ session }) => {
  let server: StaticServer & { demoUrl: string };
  let page: Page;
  let tabId: number;

  beforeAll(async () => {
    server = await serveDemo();
    ({ page, tabId } = await session().openTab(server.demoUrl));
    expect(await waitForContentStatus(page)).toBe('done');
  });
  afterAll(async () => {
    await server?.close();
  });

  test('highlights the attributed statements, Putin’s quote among them', async () => {
    const marks = await page.evaluate(() =>
      [...document.querySelectorAll('wsw-mark[data-wsw-id]')].map((m) => ({ id: m.getAttribute('data-wsw-id'), text: m.textContent ?? '' })),
    );
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.map((m) => m.text).join(' ')).toContain(PUTIN_QUOTE);
    // Only the article is read: the site menu, related stories and footer stay untouched.
    const outside = await page.evaluate(() => document.querySelectorAll('header wsw-mark, aside wsw-mark, footer wsw-mark').length);
    expect(outside).toBe(0);
  });

  test('hovering Putin’s quote shows "Vladimir Putin" in the hover card', async () => {
    await page.bringToFront();
    const marks = await page.$$('wsw-mark');
    const texts = await Promise.all(marks.map((m) => m.evaluate((e) => e.textContent ?? '')));
    const element = marks[texts.findIndex((t) => t.includes(PUTIN_QUOTE))];
    expect(element, 'a wsw-mark holding Putin’s quote').toBeDefined();
    await element!.hover();
    const cardText = await pollUntil(
      () =>
        page.evaluate(() => {
          const host = document.querySelector('[data-wsw-card]');
          const text = host?.shadowRoot?.textContent ?? '';
          return text.includes('Vladimir Putin') ? text : undefined;
        }),
      { what: 'the hover card to name Vladimir Putin', timeoutMs: 10_000 },
    );
    expect(cardText).toContain('Vladimir Putin');
  });

  test('the popup lists Valery Gerasimov, Vladimir Putin and Ukraine', async () => {
    const popup = await session().openPopup(tabId);
    const contents = await waitForPopupSettled(popup);
    expect(contents.speakers).toEqual(expect.arrayContaining(['Valery Gerasimov', 'Vladimir Putin', 'Ukraine']));
    expect(contents.summary).toMatch(/^\d+ statements? from \d+ sources?, \d+ of them unnamed$/);
    await popup.close();
  });

  test('the toolbar badge equals the number of statements', async () => {
    const popup = await session().openPopup(tabId);
    const contents = await waitForPopupSettled(popup);
    await popup.close();
    expect(contents.statementCount).toBeGreaterThan(0);
    expect(contents.summary.startsWith(`${contents.statementCount} statement`)).toBe(true);
    expect(await session().badgeText(tabId)).toBe(String(contents.statementCount));
  });

  test('clicking a statement in the popup scrolls the page to it', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const popup = await session().openPopup(tabId);
    await waitForPopupSettled(popup);
    // A real popup floats over the visible page; here the popup is a tab of its own, so show the page
    // first (a hidden tab does not run the smooth-scroll animation). The click still goes to the popup.
    await page.bringToFront();
    const clicked = await popup.evaluate((quote) => {
      const button = [...document.querySelectorAll<HTMLButtonElement>('button.statement')].find((b) => (b.textContent ?? '').includes(quote));
      button?.click();
      return Boolean(button);
    }, PUTIN_QUOTE.slice(0, 20));
    expect(clicked, 'a popup entry for Putin’s statement').toBe(true);
    // Each probe reads where the page stands, so a timeout says what was seen (scroll position, box, visibility).
    let seen = '';
    const inView = await pollUntil(
      async () => {
        const where = await page.evaluate((quote) => {
          const mark = [...document.querySelectorAll('wsw-mark')].find((m) => (m.textContent ?? '').includes(quote));
          const box = mark?.getBoundingClientRect();
          return { scrollY: window.scrollY, top: box?.top, bottom: box?.bottom, innerHeight: window.innerHeight, visibility: document.visibilityState };
        }, PUTIN_QUOTE);
        seen = JSON.stringify(where);
        const { scrollY, top, bottom, innerHeight } = where;
        return top !== undefined && bottom !== undefined && scrollY > 0 && top >= 0 && bottom <= innerHeight ? true : undefined;
      },
      { what: 'Putin’s quote to be scrolled into view', timeoutMs: 10_000 },
    ).catch((error: unknown) => {
      throw new Error(`${String(error)}; the page last stood at ${seen}`);
    });
    await popup.close();
    expect(inView).toBe(true);
  });

  test('the popup renders page text as text only (no markup from the page becomes elements)', async () => {
    const popup = await session().openPopup(tabId);
    await waitForPopupSettled(popup);
    // The popup's own <script type=module> sits outside #app; inside it, page text may only be text.
    const unexpected = await popup.evaluate(() => document.querySelectorAll('#app :is(script, img, svg, iframe, object, wsw-mark)').length);
    await popup.close();
    expect(unexpected).toBe(0);
  });

  describe('click mode, then turning highlights off', () => {
    let clickPage: Page;
    let clickTabId: number;
    let pristine: { text: string; structure: string[] };

    beforeAll(async () => {
      await session().setSettings({ mode: 'click' });
      ({ page: clickPage, tabId: clickTabId } = await session().openTab(`${server.demoUrl}?click-mode`));
      // Give an (erroneous) automatic run every chance to start before taking the snapshot.
      await new Promise((r) => setTimeout(r, 1500));
      pristine = await snapshot(clickPage);
    });
    afterAll(async () => {
      await session().setSettings({ mode: 'auto' });
    });

    test('in click mode the page stays untouched until Run is pressed', async () => {
      expect(await clickPage.evaluate(() => document.querySelectorAll('wsw-mark').length)).toBe(0);
      const popup = await session().openPopup(clickTabId);
      await pollUntil(async () => (await readPopup(popup)).notice.includes('Not run on this page yet'), { what: 'the Run prompt' });
      await clickInPopup(popup, 'button.primary');
      const contents = await waitForPopupSettled(popup);
      await popup.close();
      expect(contents.speakers).toContain('Vladimir Putin');
      expect(await clickPage.evaluate(() => document.querySelectorAll('wsw-mark').length)).toBeGreaterThan(0);
    });

    test('turning highlights off restores the text and element structure', async () => {
      const popup = await session().openPopup(clickTabId);
      await waitForPopupSettled(popup);
      await clickInPopup(popup, '[data-testid="highlights-switch"]');
      await pollUntil(() => clickPage.evaluate(() => document.querySelectorAll('wsw-mark').length === 0), {
        what: 'every wsw-mark to be removed',
      });
      await popup.close();
      const after = await snapshot(clickPage);
      expect(after.text).toBe(pristine.text);
      expect(after.structure).toEqual(pristine.structure);
    });
  });

  test('the popup says plainly when it cannot run on a page', async () => {
    const { tabId: blankTab } = await session().openTab('about:blank');
    const popup = await session().openPopup(blankTab);
    const contents = await waitForPopupSettled(popup);
    await popup.close();
    expect(contents.notice).toContain('can’t run on this page');
  });

  test('navigating the tab away clears its badge', async () => {
    const { page: other, tabId: otherTab } = await session().openTab(`${server.demoUrl}?navigate-away`);
    await waitForContentStatus(other);
    const count = await pollUntil(async () => (await session().badgeText(otherTab)) || undefined, { what: 'a badge on the new tab' });
    expect(Number(count)).toBeGreaterThan(0);
    // about:blank gets no content script, so only the background's navigation handling can clear the badge.
    await other.goto('about:blank').catch(() => {});
    expect(await pollUntil(async () => (await session().badgeText(otherTab)) === '' || undefined, { what: 'the badge to clear' })).toBe(true);
  });
});

/** What a reader sees (innerText) and the element structure of the page body. */
async function snapshot(page: Page): Promise<{ text: string; structure: string[] }> {
  return page.evaluate(() => ({
    text: document.body.innerText,
    structure: [...document.body.querySelectorAll('*')].map((e) => e.tagName.toLowerCase()),
  }));
}
