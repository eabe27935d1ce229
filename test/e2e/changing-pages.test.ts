// Issue 3, "changing pages": text that arrives after the first run is analysed once it settles, with no
// duplicate highlights. In Chromium and Firefox ESR, on pages of our own (test/fixtures/e2e/pages.ts):
// (a) a "load more" paragraph appended after load gets its statement highlighted, every statement keeps
//     exactly one set of marks, and the popup list and the badge grow;
// (b) a single-page navigation (history.pushState + the article body replaced) removes the old story's
//     highlights, highlights the new story and updates the badge.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { describeInBrowsers, pollUntil, startServer, waitForContentStatus, waitForPopupSettled, type StaticServer } from './harness';
import { highlightedStatements } from './support/content-control';
import { articleBody, articlePage, FIRST_STORY, LOADED_LATER, SECOND_STORY } from '../fixtures/e2e/pages';

// The page's own scripts: a "load more" that appends a paragraph, and an in-page router.
const PAGE_SCRIPT = `
window.loadMore = function () {
  var p = document.createElement('p');
  p.textContent = ${JSON.stringify(LOADED_LATER.paragraph)};
  document.getElementById('story').appendChild(p);
};
window.goToSecondStory = function () {
  history.pushState({}, '', '/second-story');
  document.title = 'School buses and hydrants';
  document.getElementById('story').innerHTML = ${JSON.stringify(articleBody('School buses and hydrants', SECOND_STORY))};
};`;

/** Marks nested in marks, and statement texts highlighted under more than one id. */
async function duplicateHighlights(page: Page): Promise<{ nested: number; repeatedTexts: string[]; marks: number }> {
  const statements = await highlightedStatements(page);
  const seen = new Map<string, number>();
  for (const s of statements) seen.set(s.text, (seen.get(s.text) ?? 0) + 1);
  return page.evaluate((repeated) => ({
    nested: document.querySelectorAll('wsw-mark wsw-mark').length,
    repeatedTexts: repeated,
    marks: document.querySelectorAll('wsw-mark').length,
  }), [...seen].filter(([, n]) => n > 1).map(([t]) => t));
}

async function markedText(page: Page): Promise<string> {
  return (await highlightedStatements(page)).map((s) => s.text).join('\n');
}

describeInBrowsers('changing pages', ({ session }) => {
  let server: StaticServer;

  beforeAll(async () => {
    server = await startServer({ routes: { '/story': articlePage('Bridge and port news', FIRST_STORY, PAGE_SCRIPT) } });
  });
  afterAll(async () => {
    await server?.close();
  });

  test('a paragraph loaded after the first run is highlighted once it settles, with no duplicate highlights', async () => {
    const { page, tabId } = await session().openTab(server.url('/story?load-more'));
    expect(await waitForContentStatus(page)).toBe('done');
    const before = await highlightedStatements(page);
    for (const s of FIRST_STORY) expect(before.map((h) => h.text).join('\n')).toContain(s.quote);
    const badgeBefore = Number(await pollUntil(async () => (await session().badgeText(tabId)) || undefined, { what: 'the first badge' }));
    expect(badgeBefore).toBe(before.length);

    await page.evaluate(() => (window as unknown as { loadMore(): void }).loadMore());
    await pollUntil(async () => (await markedText(page)).includes(LOADED_LATER.quote) || undefined, {
      what: 'the statement loaded later to be highlighted',
      timeoutMs: 30_000,
    });
    // Give a second (duplicate) pass every chance to happen before counting: settle time is 0.7 s.
    await new Promise((r) => setTimeout(r, 2500));

    const after = await highlightedStatements(page);
    const duplicates = await duplicateHighlights(page);
    expect(duplicates.nested, 'wsw-mark inside wsw-mark').toBe(0);
    expect(duplicates.repeatedTexts, 'statements highlighted under more than one id').toEqual([]);
    for (const s of [...FIRST_STORY, LOADED_LATER]) {
      const holding = after.filter((h) => h.text.includes(s.quote));
      expect(holding.length, `statements holding "${s.quote}"`).toBe(1);
    }
    expect(after.length).toBeGreaterThan(before.length);

    const badge = await pollUntil(async () => {
      const text = await session().badgeText(tabId);
      return Number(text) === after.length ? text : undefined;
    }, { what: `the badge to show ${after.length}` });
    expect(Number(badge)).toBeGreaterThan(badgeBefore);
    const popup = await session().openPopup(tabId);
    const contents = await waitForPopupSettled(popup);
    await popup.close();
    expect(contents.statementCount).toBe(after.length);
    expect(contents.speakers.some((name) => name.includes(LOADED_LATER.speaker)), `${LOADED_LATER.speaker} in ${contents.speakers.join(', ')}`).toBe(true);
  });

  test('a single-page navigation replaces the old highlights with the new story’s and updates the badge', async () => {
    const { page, tabId } = await session().openTab(server.url('/story?spa'));
    expect(await waitForContentStatus(page)).toBe('done');
    await pollUntil(async () => (await session().badgeText(tabId)) || undefined, { what: 'the first badge' });

    await page.evaluate(() => (window as unknown as { goToSecondStory(): void }).goToSecondStory());
    const marked = await pollUntil(
      async () => {
        const text = await markedText(page);
        return SECOND_STORY.every((s) => text.includes(s.quote)) ? text : undefined;
      },
      { what: 'the second story’s statements to be highlighted', timeoutMs: 30_000 },
    );
    await new Promise((r) => setTimeout(r, 2500)); // room for a late duplicate pass
    for (const s of FIRST_STORY) expect(marked).not.toContain(s.quote);
    expect(await page.evaluate(() => location.pathname)).toBe('/second-story');

    const after = await highlightedStatements(page);
    const duplicates = await duplicateHighlights(page);
    expect(duplicates.nested, 'wsw-mark inside wsw-mark').toBe(0);
    expect(duplicates.repeatedTexts, 'statements highlighted under more than one id').toEqual([]);
    for (const s of FIRST_STORY) expect(after.some((h) => h.text.includes(s.quote)), `old highlight "${s.quote}"`).toBe(false);

    await pollUntil(async () => Number(await session().badgeText(tabId)) === after.length || undefined, {
      what: `the badge to show the second story’s ${after.length} statements`,
    });
    const popup = await session().openPopup(tabId);
    const contents = await waitForPopupSettled(popup);
    await popup.close();
    expect(contents.statementCount).toBe(after.length);
    for (const s of SECOND_STORY) expect(contents.speakers.some((name) => name.includes(s.speaker)), `${s.speaker} in ${contents.speakers.join(', ')}`).toBe(true);
    expect(contents.speakers.some((name) => name.includes(FIRST_STORY[0]!.speaker)), 'the first story’s speaker still listed').toBe(false);
  });
});
