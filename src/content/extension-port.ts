// The content script's one door to the WebExtension APIs (webextension-polyfill). The controller takes
// this interface, so tests drive it with a fake and no browser.
import browser from 'webextension-polyfill';
import type { ContentToBackground } from '../messages';
import { DEFAULT_SETTINGS, normaliseSettings, type Settings } from '../settings';

export interface MessageSender {
  id?: string;
  url?: string;
  tab?: unknown;
}

export type MessageHandler = (message: unknown, sender: MessageSender) => Promise<unknown> | undefined;

export interface ExtensionPort {
  /** Undefined once the extension is updated, reloaded or removed ("extension context invalidated"). */
  runtimeId(): string | undefined;
  /** The extension's own origin ("chrome-extension://ID/"), to recognise its pages as senders. */
  extensionOrigin(): string;
  send(message: ContentToBackground): Promise<void>;
  onMessage(handler: MessageHandler, signal: AbortSignal): void;
  loadSettings(): Promise<Settings>;
  onSettingsChanged(listener: (settings: Settings) => void, signal: AbortSignal): void;
}

/** After the context is invalidated even removing a listener can throw: teardown must stay quiet. */
function quietly(action: () => void): void {
  try {
    action();
  } catch {
    // the extension is gone; nothing left to undo
  }
}

export function browserPort(): ExtensionPort {
  return {
    runtimeId: () => {
      try {
        return browser.runtime.id;
      } catch {
        return undefined;
      }
    },
    extensionOrigin: () => browser.runtime.getURL(''),
    send: async (message) => {
      await browser.runtime.sendMessage(message);
    },
    onMessage: (handler, signal) => {
      const listener = (message: unknown, sender: browser.Runtime.MessageSender) => handler(message, sender);
      browser.runtime.onMessage.addListener(listener);
      signal.addEventListener('abort', () => quietly(() => browser.runtime.onMessage.removeListener(listener)), { once: true });
    },
    loadSettings: async () => normaliseSettings(await browser.storage.sync.get({ ...DEFAULT_SETTINGS })),
    onSettingsChanged: (listener, signal) => {
      const onChanged = (_changes: unknown, area: string) => {
        if (area !== 'sync') return;
        browser.storage.sync.get({ ...DEFAULT_SETTINGS }).then((raw) => listener(normaliseSettings(raw)), () => undefined);
      };
      browser.storage.onChanged.addListener(onChanged);
      signal.addEventListener('abort', () => quietly(() => browser.storage.onChanged.removeListener(onChanged)), { once: true });
    },
  };
}
