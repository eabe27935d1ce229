// `npm run screenshots`: PNGs for the README of what the extension does, taken in headless Chromium with
// the built extension: three article pages with their highlights and a hover card open, and the popup
// for the seed article. The seed demo article is ours; the two publisher pages from ../shared/pages are
// served from 127.0.0.1 with every other request aborted (their images and styles stay missing).
//
//   npm run screenshots            → docs/screenshots/*.png
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { buildDemoPage, DEMO_PATH } from '../../demo/demo-page.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { ExtensionSession, REPO_ROOT, waitForLoad } from '../../test/e2e/harness/extension-session';
import { pollUntil } from '../../test/e2e/harness/poll';
import { pagesDir } from '../../test/e2e/support/corpus-pages';
import { BLANK_PAGE, BLANK_PATH, openOfflineTab } from '../../test/e2e/support/offline-tab';

const OUT_DIR = resolve(REPO_ROOT, 'docs/screenshots');
const PAGE_VIEWPORT = { width: 1200, height: 800 };
/** Chromium's popups are at most 800×600; ours is laid out for about 400 px wide. */
const POPUP_VIEWPORT = { width: 420, height: 600 };

interface Shot {
  file: string;
  path: string;
  /** Text inside the statement to hover (its start), or null: the first highlight with a named speaker. */
  hover: string | null;
}

const SHOTS: Shot[] = [
  { file: 'demo-article.png', path: DEMO_PATH, hover: 'The complete defeat of our enemy' },
  { file: 'ap-sondland.png', path: '/aeb/ap-82b6d780c7/source.html', hover: 'I then heard President Trump' },
  { file: 'aljazeera.png', path: '/aeb/aljazeera-42aad16bde/source.html', hover: null },
];

function buildIfMissing(): void {
  if (existsSync(resolve(REPO_ROOT, 'dist/chrome/manifest.json'))) return;
  console.log('screenshots: dist/chrome is missing, building first (npm run build)');
  const build = spawnSync(process.execPath, [resolve(REPO_ROOT, 'scripts/build.mjs')], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the build failed');
}

async function waitForRun(page: Page): Promise<void> {
  const status = await pollUntil(
    async () => {
      const s = await page.evaluate(() => document.documentElement.dataset.wswStatus ?? '');
      return s === 'done' || s === 'no-article' || s === 'error' ? s : undefined;
    },
    { timeoutMs: 30_000, what: 'the content script to finish' },
  );
  if (status !== 'done') throw new Error(`the content script ended with status ${status} on ${page.url()}`);
}

/** Scrolls the chosen statement to the upper third of the window and hovers it until the card shows. */
async function hoverStatement(page: Page, startsWith: string | null): Promise<string> {
  const marks = await page.$$('wsw-mark[data-wsw-id]');
  const described = await Promise.all(
    marks.map((m) => m.evaluate((e) => ({ text: e.textContent ?? '', colour: e.getAttribute('data-wsw-colour') ?? '', visible: e.getClientRects().length > 0 }))),
  );
  const index = described.findIndex((d) => d.visible && (startsWith ? d.text.includes(startsWith) : d.colour !== 'none' && d.text.length > 40));
  if (index < 0) throw new Error(`no highlight to hover on ${page.url()}`);
  const mark = marks[index]!;
  await mark.evaluate((e) => {
    const top = e.getBoundingClientRect().top + window.scrollY;
    window.scrollTo(0, Math.max(0, top - window.innerHeight / 3));
  });
  await page.mouse.move(5, 5);
  await mark.hover();
  await pollUntil(
    () => page.evaluate(() => {
      const host = document.querySelector<HTMLElement>('[data-wsw-card]');
      const card = host?.shadowRoot?.firstElementChild as HTMLElement | null | undefined;
      return Boolean(host?.shadowRoot?.textContent && card && card.getBoundingClientRect().height > 0);
    }),
    { timeoutMs: 10_000, what: 'the hover card to open' },
  );
  await new Promise((r) => setTimeout(r, 300)); // let a fade-in finish
  return described[index]!.text;
}

async function main(): Promise<void> {
  buildIfMissing();
  mkdirSync(OUT_DIR, { recursive: true });
  const server = await startServer({ root: pagesDir(), routes: { [BLANK_PATH]: BLANK_PAGE, [DEMO_PATH]: buildDemoPage() } });
  const session = await ExtensionSession.launch('chromium', { viewport: PAGE_VIEWPORT });
  try {
    await session.callExtension((api) => api.storage.sync.clear()); // auto mode
    let demoTab = -1;
    for (const shot of SHOTS) {
      const tab = await openOfflineTab(session, server.url(BLANK_PATH));
      await tab.page.setViewport(PAGE_VIEWPORT);
      await tab.page.goto(server.url(shot.path), { waitUntil: 'load', timeout: 60_000 });
      await waitForRun(tab.page);
      const hovered = await hoverStatement(tab.page, shot.hover);
      await tab.page.screenshot({ path: resolve(OUT_DIR, shot.file) });
      console.log(`docs/screenshots/${shot.file}: ${shot.path}, card for “${hovered.slice(0, 60)}…”`);
      if (shot.path === DEMO_PATH) demoTab = tab.tabId;
      else await tab.page.close();
    }

    const popup = await session.browser.newPage();
    await popup.setViewport(POPUP_VIEWPORT);
    await popup.goto(session.extensionUrl(`src/popup/index.html?tabId=${demoTab}`));
    await waitForLoad(popup);
    await pollUntil(() => popup.evaluate(() => Boolean(document.querySelector('[data-testid="summary"]')?.textContent)), {
      what: 'the popup to list the statements',
    });
    await new Promise((r) => setTimeout(r, 200));
    await popup.screenshot({ path: resolve(OUT_DIR, 'popup.png') });
    console.log('docs/screenshots/popup.png: the popup for the demo article');
  } finally {
    await session.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(`screenshots: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
