// One real browser with the built extension installed, and the few things tests do with it:
// open a tab and learn its tab id, open the popup for a tab, call WebExtension APIs from an
// extension page (badge text, storage), and close everything.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../scripts/manifest.mjs';
import { type BrowserKind, findBrowser, browserLabel, installHint } from './browsers';
import { pollUntil } from './poll';

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..', '..');

/** Pinned moz-extension:// UUID, so Firefox extension URLs are known before install. */
export const FIREFOX_EXTENSION_UUID = '3f0c7a52-6a43-4c1e-9d2b-5b2f8f0e9a11';

const POPUP_PATH = 'src/popup/index.html';
const OPTIONS_PATH = 'src/options/index.html';

// Keep Chromium quiet on a machine without network: no background fetches, no component updates.
const CHROMIUM_ARGS = [
  '--no-sandbox', // required when running as root (CI containers)
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export interface LaunchOptions {
  /** Unpacked extension to install; defaults to dist/chrome or dist/firefox. */
  extensionDir?: string;
  /** Show the window (npm start). Tests run headless. */
  headful?: boolean;
  /** Window size for screenshots. */
  viewport?: { width: number; height: number };
}

export class ExtensionSession {
  private helperPage: Page | null = null;

  private constructor(
    readonly kind: BrowserKind,
    readonly browser: Browser,
    /** chrome-extension://<id> or moz-extension://<uuid>, without a trailing slash. */
    readonly extensionOrigin: string,
    /** Profile and extension copies to delete on close. */
    private readonly tempDirs: string[],
  ) {}

  static async launch(kind: BrowserKind, options: LaunchOptions = {}): Promise<ExtensionSession> {
    const executablePath = findBrowser(kind);
    if (!executablePath) throw new Error(`${browserLabel(kind)} is not installed: ${installHint(kind)}`);
    const copied = options.extensionDir ? null : snapshotOfBuild(kind);
    const extensionDir = options.extensionDir ?? copied!;
    const tempDirs = copied ? [copied] : [];
    const headless = !options.headful;
    const defaultViewport = options.viewport ?? null;

    if (kind === 'chromium') {
      const userDataDir = mkdtempSync(join(tmpdir(), 'wsw-chromium-'));
      const browser = await puppeteer.launch({
        executablePath,
        headless,
        pipe: true,
        userDataDir,
        enableExtensions: true, // allows installExtension (CDP Extensions.loadUnpacked)
        args: CHROMIUM_ARGS,
        defaultViewport,
      });
      const id = await browser.installExtension(extensionDir);
      return new ExtensionSession(kind, browser, `chrome-extension://${id}`, [userDataDir, ...tempDirs]);
    }

    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless,
      defaultViewport,
      args: ['--remote-allow-system-access'], // else BiDi refuses moz-extension:// navigation
      extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }) },
    });
    await browser.installExtension(extensionDir); // temporary add-on: host permissions granted
    return new ExtensionSession(kind, browser, `moz-extension://${FIREFOX_EXTENSION_UUID}`, tempDirs);
  }

  extensionUrl(path: string): string {
    return `${this.extensionOrigin}/${path.replace(/^\//, '')}`;
  }

  /**
   * Runs `fn(api, ...args)` in an extension page, where `api` is `browser` (Firefox) or `chrome`.
   * `fn` is serialised: it must not close over anything, only use its arguments.
   */
  async callExtension<T, A extends unknown[]>(fn: (api: any, ...args: A) => T | Promise<T>, ...args: A): Promise<T> {
    const page = await this.helper();
    const source = `(${fn.toString()})(globalThis.browser ?? globalThis.chrome, ...${JSON.stringify(args)})`;
    return (await page.evaluate(source)) as T;
  }

  /** Opens `url` in a new tab through tabs.create, so the tab id is known without the "tabs" permission. */
  async openTab(url: string, { active = true } = {}): Promise<{ page: Page; tabId: number }> {
    const known = new Set(await this.browser.pages());
    const tabId = await this.callExtension(async (api, u: string, a: boolean) => (await api.tabs.create({ url: u, active: a })).id as number, url, active);
    // Firefox does not report moz-extension:// navigations to BiDi, so page.url() may stay stale:
    // ask each new page's document where it is.
    const page = await pollUntil(
      async () => {
        for (const candidate of await this.browser.pages()) {
          if (known.has(candidate)) continue;
          const href = sameUrl(candidate.url(), url) ? url : await candidate.evaluate(() => location.href).catch(() => '');
          if (sameUrl(href, url)) return candidate;
        }
        return undefined;
      },
      { what: `a page for ${url}` },
    );
    await waitForLoad(page);
    return { page, tabId };
  }

  /** The popup as a tab, aimed at `tabId` the way a deep link does (?tabId=N). */
  async openPopup(tabId: number): Promise<Page> {
    const { page } = await this.openTab(this.extensionUrl(`${POPUP_PATH}?tabId=${tabId}`));
    return page;
  }

  async openOptions(): Promise<Page> {
    return (await this.openTab(this.extensionUrl(OPTIONS_PATH))).page;
  }

  /** The toolbar badge text for a tab, as the browser holds it. */
  async badgeText(tabId: number): Promise<string> {
    return this.callExtension((api, id: number) => api.action.getBadgeText({ tabId: id }), tabId);
  }

  /** Replaces the stored settings (browser.storage.sync), e.g. to test click mode. */
  async setSettings(settings: Record<string, unknown>): Promise<void> {
    await this.callExtension((api, s: Record<string, unknown>) => api.storage.sync.set(s), settings);
  }

  async close(): Promise<void> {
    await this.browser.close().catch(() => {});
    for (const dir of this.tempDirs) rmSync(dir, { recursive: true, force: true });
  }

  /** A background tab on the options page: an extension context tests can evaluate in. */
  private async helper(): Promise<Page> {
    if (this.helperPage && !this.helperPage.isClosed()) return this.helperPage;
    const url = this.extensionUrl(OPTIONS_PATH);
    const page = await this.browser.newPage();
    // Firefox never resolves goto() on moz-extension:// URLs: start it and poll instead.
    void page.goto(url).catch(() => {});
    await pollUntil(
      async () => (await page.evaluate(() => location.href + ' ' + document.readyState)) === `${url} complete`,
      { what: `the extension page ${url}` },
    );
    this.helperPage = page;
    return page;
  }
}

/**
 * A private copy of dist/<target> for one browser session: a build started meanwhile (another terminal,
 * another test run in the same checkout) rewrites dist/ with new chunk names, which would pull the
 * files out from under the running extension.
 */
function snapshotOfBuild(kind: BrowserKind): string {
  const built = resolve(REPO_ROOT, 'dist', kind === 'chromium' ? 'chrome' : 'firefox');
  const copy = mkdtempSync(join(tmpdir(), `wsw-ext-${kind}-`));
  cpSync(built, copy, { recursive: true });
  return copy;
}

/** Waits until a page's document has loaded, by polling (works for extension pages in Firefox too). */
export async function waitForLoad(page: Page, timeoutMs = 20_000): Promise<void> {
  await pollUntil(async () => (await page.evaluate(() => document.readyState)) === 'complete', {
    timeoutMs,
    what: `${page.url()} to load`,
  });
}

function sameUrl(a: string, b: string): boolean {
  const strip = (u: string) => u.replace(/#.*$/, '');
  return strip(a) === strip(b);
}
