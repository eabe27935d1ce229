// The one door to the WebExtension APIs for the shell (background, popup, options). Everything else
// takes these functions as parameters, so their logic runs in unit tests without a browser.
import browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS, normaliseSettings, type Settings } from './settings';
import type { ContentState, PopupToContent } from './messages';

export { browser };

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get({ ...DEFAULT_SETTINGS });
  return normaliseSettings(stored);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set({ ...normaliseSettings(settings) });
}

/** Calls back with fresh settings whenever another part (or another device) changes them. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handle = (_changes: unknown, area: string) => {
    if (area === 'sync') void loadSettings().then(listener);
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}

/** The tab a popup acts on: ?tabId=N when given (deep links, tests), else the active tab. */
export async function findTargetTabId(search: string): Promise<number | null> {
  const given = new URLSearchParams(search).get('tabId');
  const fromQuery = given === null || given === '' ? NaN : Number(given);
  if (Number.isInteger(fromQuery) && fromQuery >= 0) return fromQuery;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}

/** Sends to the content script of a tab. Rejects where none runs (browser pages, PDFs, stores). */
export async function sendToTab(tabId: number, message: PopupToContent): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message);
}

export type { ContentState };
