/**
 * E2E harness: real Chromium and Firefox ESR (puppeteer-core 24: CDP for Chromium, WebDriver BiDi for
 * Firefox) with the BUILT extension from dist/ (run `npm run build` first; `npm test` does).
 *
 *   import { describeInBrowsers, serveDemo, waitForContentStatus, waitForPopupSettled } from './harness';
 *
 *   describeInBrowsers('my behaviour', ({ kind, session }) => {
 *     test('does it', async () => {
 *       const server = await serveDemo();                      // or startServer({ root, routes })
 *       const { page, tabId } = await session().openTab(server.demoUrl);
 *       await waitForContentStatus(page);                      // <html data-wsw-status="done">
 *       const popup = await session().openPopup(tabId);        // popup page with ?tabId=N
 *       await waitForPopupSettled(popup);
 *       expect(await session().badgeText(tabId)).toBe('13');
 *     });
 *   });
 *
 * Pieces:
 * - browsers.ts  findBrowser(kind): the executable (Debian paths; WSW_CHROMIUM / WSW_FIREFOX override).
 * - suite.ts     describeInBrowsers(title, body): one describe per browser, one browser per describe;
 *                missing browser → skipped with a message, or a failing test when CI=true.
 * - extension-session.ts  ExtensionSession.launch(kind, {extensionDir, headful, viewport}) installs a private
 *                copy of dist/<target> (so a build running meanwhile cannot change it under the browser);
 *                openTab(url) → {page, tabId} (through tabs.create, so no "tabs" permission is needed to
 *                learn the id), openPopup(tabId), openOptions(), badgeText(tabId), setSettings({...}),
 *                callExtension((api, ...args) => ..., ...args) to run any WebExtension call in an extension
 *                page (api = browser in Firefox, chrome in Chromium), close().
 * - demo.ts      serveDemo(): the seed article page on 127.0.0.1; waitForContentStatus(page).
 * - popup.ts     readPopup / waitForPopupSettled / clickInPopup.
 * - poll.ts      pollUntil(probe): Firefox/BiDi-safe waiting (no goto/waitForFunction on extension pages).
 * - ../../../scripts/serve.mjs startServer({ routes, root }): static files from a directory, fast 404s.
 *
 * Firefox quirks handled here: moz-extension:// navigations never resolve page.goto (we poll
 * location.href), the extension UUID is pinned (FIREFOX_EXTENSION_UUID) so its URLs are known, and the
 * add-on is installed temporarily (its host permissions are granted without a prompt).
 */
export * from './browsers';
export * from './suite';
export * from './extension-session';
export * from './demo';
export * from './popup';
export * from './poll';
export { startServer, type StaticServer } from '../../../scripts/serve.mjs';
