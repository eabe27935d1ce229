// Issue 5, "when the page is huge the work stops after a time budget, says so in the popup, and the page
// stays responsive", in Chromium and Firefox ESR, on a generated page of 20,000 paragraphs (the seed
// story repeated; test/fixtures/e2e/huge-page.ts).
//
// How "responsive" is measured without wall-clock targets that flake on a loaded machine: the page runs a
// 50 ms setInterval heartbeat. We record its longest gap while the page sits idle (the baseline: what this
// machine's load does to it; ~130 ms at load average 10-13 on 2 cores) and its longest gap while the
// extension runs. The extension's work is meant to come in steps of tens of ms (read/analyse budgets
// 40 ms, paint slices 12 ms), so with it working as designed the longest gap stays near the baseline plus
// one step, and it scales with the machine's load like the baseline does. The bound, max(500 ms,
// 4 × the idle baseline's longest gap), is more than ten times the 40 ms step: only a step that ignores
// its budget (a freeze of half a second or more) crosses it.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { describeInBrowsers, pollUntil, startServer, waitForPopupSettled, type StaticServer } from './harness';
import { sendToContent, waitForRunFinished } from './support/content-control';
import { hugePage } from '../fixtures/e2e/huge-page';

const PARAGRAPHS = 20_000;

async function longestGap(page: Page, fromMs: number, toMs = Infinity): Promise<{ gap: number; beats: number }> {
  return page.evaluate(
    (from, to) => {
      const beats = ((window as unknown as { __beats: number[] }).__beats ?? []).filter((t) => t >= from && t <= to);
      let gap = 0;
      for (let i = 1; i < beats.length; i++) gap = Math.max(gap, beats[i]! - beats[i - 1]!);
      return { gap, beats: beats.length };
    },
    fromMs,
    Number.isFinite(toMs) ? toMs : Number.MAX_SAFE_INTEGER,
  );
}

describeInBrowsers('huge page', ({ session }) => {
  let server: StaticServer;
  let page: Page;
  let tabId: number;
  let baseline: { gap: number; beats: number };
  let during: { gap: number; beats: number };
  let status: string;

  beforeAll(async () => {
    server = await startServer({ routes: { '/huge': hugePage(PARAGRAPHS) } });
    // Click mode, so the idle baseline can be taken before the extension does anything; the run is then
    // the same run the automatic mode makes.
    await session().setSettings({ mode: 'click' });
    ({ page, tabId } = await session().openTab(server.url('/huge')));
    expect(await page.evaluate(() => document.querySelectorAll('article p').length)).toBe(PARAGRAPHS);
    await new Promise((r) => setTimeout(r, 1000)); // let the page's first layout pass
    const baselineStart = await page.evaluate(() => performance.now());
    await new Promise((r) => setTimeout(r, 3000));
    const runStart = await page.evaluate(() => performance.now());
    baseline = await longestGap(page, baselineStart, runStart);
    await page.bringToFront();
    // Do not wait for the reply: the page must keep answering while the run goes on.
    const run = sendToContent(session(), tabId, { type: 'wsw:popup-run' }, 120_000).catch((e: unknown) => e);
    status = await waitForRunFinished(page, 110_000);
    await run;
    await new Promise((r) => setTimeout(r, 500));
    during = await longestGap(page, runStart);
  }, 240_000);
  afterAll(async () => {
    await session().callExtension((api) => api.storage.sync.clear()).catch(() => {});
    await server?.close();
  });

  test('the run finishes within its time budget and reports that it stopped early', async () => {
    expect(status).toBe('done');
    const state = await sendToContent(session(), tabId, { type: 'wsw:popup-get-state' });
    expect(state.status).toBe('done');
    expect(state.truncated, 'state.truncated on a 20,000-paragraph page').toBe(true);
  });

  test('stopping early keeps what was found before the budget ran out: the start of the article is highlighted', async () => {
    // The popup's note says "the list may be incomplete", not "empty": the first paragraphs (the seed
    // story holds a dozen statements per copy) must be listed and highlighted.
    const state = await sendToContent(session(), tabId, { type: 'wsw:popup-get-state' });
    const stages = await page.evaluate(() =>
      performance.getEntriesByType('measure').filter((m) => m.name.startsWith('wsw:')).map((m) => `${m.name}=${m.duration.toFixed(0)}ms`).join(' '),
    );
    expect(state.statements.length, `statements listed after stopping early (stages: ${stages})`).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.querySelectorAll('wsw-mark[data-wsw-id]').length), 'wsw-mark elements').toBeGreaterThan(0);
  });

  test('the popup says it stopped early', async () => {
    const popup = await session().openPopup(tabId);
    await waitForPopupSettled(popup);
    const text = await pollUntil(
      () => popup.evaluate(() => {
        const t = document.body.innerText;
        return /stopped early/i.test(t) ? t : undefined;
      }),
      { what: 'the popup to say it stopped early' },
    );
    await popup.close();
    expect(text).toMatch(/Stopped early on a very large page/);
  });

  test('the page stays responsive while the extension works (heartbeat keeps ticking)', async () => {
    const bound = Math.max(500, 4 * baseline.gap);
    console.log(`heartbeat: idle baseline longest gap ${baseline.gap.toFixed(0)} ms (${baseline.beats} beats), during the run ${during.gap.toFixed(0)} ms (${during.beats} beats)`);
    expect(during.beats, 'heartbeats during the run').toBeGreaterThan(0);
    const stages = await page.evaluate(() =>
      performance.getEntriesByType('measure').filter((m) => m.name.startsWith('wsw:')).map((m) => `${m.name}=${m.duration.toFixed(0)}ms`).join(' '),
    );
    expect(
      during.gap,
      `longest heartbeat gap during the run (idle baseline ${baseline.gap.toFixed(0)} ms, bound ${bound.toFixed(0)} ms; stages: ${stages})`,
    ).toBeLessThanOrEqual(bound);
    // And the page answers a script right away once the run is over.
    const started = Date.now();
    await page.evaluate(() => document.title);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
