// Issue 3, the hover card, in Chromium and Firefox ESR on the demo article (the seed story): focusing a
// highlight with the keyboard shows the card; Escape closes it; moving the mouse away closes it; the card
// never covers the highlight it describes; and a denial's card shows the statement it answers.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { describeInBrowsers, pollUntil, serveDemo, waitForContentStatus, type StaticServer } from './harness';
import { sendToContent } from './support/content-control';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The shown card's text and box, and the boxes of every mark of the statement it describes. */
function cardAndMarks(page: Page): Promise<{ id: string; text: string; card: Box; marks: Box[] } | null> {
  return page.evaluate(() => {
    const host = document.querySelector('[data-wsw-card]');
    const card = host?.shadowRoot?.querySelector('.card') ?? host;
    const id = document.activeElement?.closest('wsw-mark')?.getAttribute('data-wsw-id') ?? (window as unknown as { __wswHovered?: string }).__wswHovered ?? '';
    if (!host || !card || !id) return null;
    const box = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    const marks = [...document.querySelectorAll(`wsw-mark[data-wsw-id="${CSS.escape(id)}"]`)].flatMap((m) => [...m.getClientRects()].map(box));
    return { id, text: host.shadowRoot?.textContent ?? '', card: box(card.getBoundingClientRect()), marks };
  });
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const cardIsOpen = (page: Page) => page.evaluate(() => Boolean(document.querySelector('[data-wsw-card]')?.shadowRoot?.textContent));

describeInBrowsers('hover card', ({ session }) => {
  let server: StaticServer & { demoUrl: string };
  let page: Page;
  let tabId: number;

  beforeAll(async () => {
    server = await serveDemo();
    ({ page, tabId } = await session().openTab(server.demoUrl));
    expect(await waitForContentStatus(page)).toBe('done');
    await page.bringToFront();
  });
  afterAll(async () => {
    await server?.close();
  });

  /** Presses Tab until a highlight has the focus (the page's own links come first). */
  async function tabToFirstHighlight(): Promise<string> {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let presses = 0; presses < 60; presses++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => document.activeElement?.closest('wsw-mark')?.getAttribute('data-wsw-id') ?? '');
      if (id) return id;
    }
    throw new Error('no highlight took the keyboard focus within 60 Tab presses');
  }

  test('focusing a highlight with the keyboard shows its card, beside the highlight and not over it', async () => {
    const id = await tabToFirstHighlight();
    const shown = await pollUntil(async () => {
      const seen = await cardAndMarks(page);
      return seen && seen.text && seen.id === id ? seen : undefined;
    }, { what: 'the card of the focused highlight', timeoutMs: 10_000 });
    expect(shown.marks.length).toBeGreaterThan(0);
    expect(shown.card.right - shown.card.left).toBeGreaterThan(0);
    for (const mark of shown.marks) expect(overlaps(shown.card, mark), `card ${JSON.stringify(shown.card)} over mark ${JSON.stringify(mark)}`).toBe(false);
  });

  test('Escape closes the card', async () => {
    await tabToFirstHighlight();
    await pollUntil(() => cardIsOpen(page), { what: 'the card to open on focus', timeoutMs: 10_000 });
    await page.keyboard.press('Escape');
    await pollUntil(async () => !(await cardIsOpen(page)), { what: 'the card to close on Escape', timeoutMs: 10_000 });
  });

  test('moving the mouse away closes the card, and the hovered highlight is never covered', async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const marks = await page.$$('wsw-mark[data-wsw-id]');
    // A few highlights across the article, each hovered in turn (scrolled into view by hover()).
    for (const mark of [marks[0], marks[Math.floor(marks.length / 2)], marks[marks.length - 1]]) {
      await page.mouse.move(0, 0);
      await pollUntil(async () => !(await cardIsOpen(page)), { what: 'the previous card to close', timeoutMs: 10_000 });
      const id = await mark!.evaluate((m) => {
        const markId = m.getAttribute('data-wsw-id') ?? '';
        (window as unknown as { __wswHovered?: string }).__wswHovered = markId;
        return markId;
      });
      await mark!.hover();
      const shown = await pollUntil(async () => {
        const seen = await cardAndMarks(page);
        return seen && seen.text && seen.id === id ? seen : undefined;
      }, { what: `the card of highlight ${id}`, timeoutMs: 10_000 });
      for (const box of shown.marks) expect(overlaps(shown.card, box), `card ${JSON.stringify(shown.card)} over mark ${JSON.stringify(box)}`).toBe(false);
    }
    await page.mouse.move(0, 0);
    await pollUntil(async () => !(await cardIsOpen(page)), { what: 'the card to close on mouse-out', timeoutMs: 10_000 });
  });

  test('the card of Kyiv’s denial shows the claim it answers (Russia has reclaimed the Kursk region)', async () => {
    await page.mouse.move(0, 0);
    const state = await sendToContent(session(), tabId, { type: 'wsw:popup-get-state' });
    const denials = state.statements.filter((s) => s.stance === 'deny' && s.respondsTo);
    expect(denials.length, 'denials answering a statement').toBeGreaterThan(0);
    const marks = await page.$$('wsw-mark[data-wsw-id]');
    const info = await Promise.all(marks.map((m) => m.evaluate((e) => ({ id: e.getAttribute('data-wsw-id') ?? '', text: e.textContent ?? '' }))));
    const denialIds = new Set(denials.map((d) => d.id));
    // Kyiv's denial in the body: "… reclaimed the Kursk region – a claim denied by Kyiv."
    const index = info.findIndex((m) => denialIds.has(m.id) && /denied by Kyiv|a claim/.test(m.text));
    const fallback = info.findIndex((m) => denialIds.has(m.id));
    const at = index >= 0 ? index : fallback;
    expect(at, `a highlight of a denial (marks: ${JSON.stringify(info.filter((m) => denialIds.has(m.id)))})`).toBeGreaterThanOrEqual(0);
    await pollUntil(async () => !(await cardIsOpen(page)), { what: 'the previous card to close', timeoutMs: 10_000 });
    await marks[at]!.hover();
    const text = await pollUntil(
      () => page.evaluate(() => {
        const t = document.querySelector('[data-wsw-card]')?.shadowRoot?.textContent ?? '';
        return t || undefined;
      }),
      { what: 'the denial’s card', timeoutMs: 10_000 },
    );
    expect(text).toContain('Russia has reclaimed the Kursk region');
  });
});
