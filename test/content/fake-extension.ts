// A content-script harness without a browser: a linkedom page dressed as a window, and a fake
// ExtensionPort that records what the script sends and lets tests deliver messages with any sender.
import { parseHTML } from 'linkedom';
import type { ContentToBackground } from '../../src/messages';
import { ContentController, type Budgets } from '../../src/content/content-script';
import type { ExtensionPort, MessageHandler, MessageSender } from '../../src/content/extension-port';
import { DEFAULT_SETTINGS, type Settings } from '../../src/settings';

export const EXTENSION_ID = 'wsw-test-extension';
export const EXTENSION_ORIGIN = 'chrome-extension://wsw-test-extension/';
export const POPUP: MessageSender = { id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}src/popup/index.html` };
export const POPUP_IN_TAB: MessageSender = { ...POPUP, tab: { id: 7 } };
export const OTHER_TAB_CONTENT_SCRIPT: MessageSender = { id: EXTENSION_ID, url: 'https://evil.example/', tab: { id: 8 } };

export interface FakeExtension {
  port: ExtensionPort;
  sent: ContentToBackground[];
  alive: boolean;
  deliver(message: unknown, sender?: MessageSender): Promise<unknown> | undefined;
  changeSettings(settings: Settings): void;
}

export function fakeExtension(settings: Settings = DEFAULT_SETTINGS): FakeExtension {
  let handler: MessageHandler | null = null;
  let onSettings: ((s: Settings) => void) | null = null;
  const fake: FakeExtension = {
    sent: [],
    alive: true,
    port: {
      runtimeId: () => (fake.alive ? EXTENSION_ID : undefined),
      extensionOrigin: () => EXTENSION_ORIGIN,
      send: async (message) => {
        if (!fake.alive) throw new Error('Extension context invalidated.');
        fake.sent.push(message);
      },
      onMessage: (h, signal) => {
        handler = h;
        signal.addEventListener('abort', () => (handler = null));
      },
      loadSettings: async () => settings,
      onSettingsChanged: (listener, signal) => {
        onSettings = listener;
        signal.addEventListener('abort', () => (onSettings = null));
      },
    },
    deliver: (message, sender = POPUP) => handler?.(message, sender),
    changeSettings: (s) => onSettings?.(s),
  };
  return fake;
}

export interface FakePage {
  win: Window;
  doc: Document;
  /** Event types the content script listened to on the window. */
  windowListeners: string[];
  navigate(url: string): void;
}

export function fakePage(html: string, url = 'https://news.example/world/kursk'): FakePage {
  const { window, document } = parseHTML(html);
  const location = { href: url, hostname: new URL(url).hostname };
  const windowListeners: string[] = [];
  const win = {
    document,
    location,
    performance: globalThis.performance,
    MutationObserver: window.MutationObserver,
    addEventListener: (type: string, ...rest: unknown[]) => {
      windowListeners.push(type);
      (window.addEventListener as (...a: unknown[]) => void)(type, ...rest);
    },
    removeEventListener: window.removeEventListener.bind(window),
    innerWidth: 1024,
    innerHeight: 768,
    scrollX: 0,
    scrollY: 0,
  } as unknown as Window;
  return {
    win,
    doc: document as unknown as Document,
    windowListeners,
    navigate(next) {
      location.href = next;
      location.hostname = new URL(next).hostname;
    },
  };
}

export const FAST: Budgets = { readMs: 1000, analyseMs: 1000, highlightMs: 5000, sliceMs: 8 };

export function start(page: FakePage, extension: FakeExtension, extra: { budgets?: Budgets; loadWorker?: () => Promise<never> } = {}): ContentController {
  return new ContentController({
    win: page.win,
    port: extension.port,
    loadWorker: extra.loadWorker ?? (() => import('../../src/content/analyse-and-highlight')),
    budgets: extra.budgets ?? FAST,
    settleMs: 20,
    pollMs: 10,
    idleTimeoutMs: 5,
  });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function waitFor(check: () => boolean, timeoutMs = 2000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await sleep(5);
  }
}
