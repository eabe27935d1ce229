// Reading and driving the popup page the way a user sees it.
import type { Page } from 'puppeteer-core';
import { pollUntil } from './poll';

export interface PopupContents {
  summary: string;
  speakers: string[];
  statementCount: number;
  notice: string;
}

export async function readPopup(popup: Page): Promise<PopupContents> {
  return popup.evaluate(() => ({
    summary: document.querySelector('[data-testid="summary"]')?.textContent ?? '',
    speakers: [...document.querySelectorAll('[data-testid="speaker-name"]')].map((e) => e.textContent ?? ''),
    statementCount: document.querySelectorAll('button.statement').length,
    notice: document.querySelector('[data-testid="notice"]')?.textContent ?? '',
  }));
}

/** Waits until the popup shows either the list or a final notice (not "Looking…"/"Reading…"). */
export async function waitForPopupSettled(popup: Page, timeoutMs = 30_000): Promise<PopupContents> {
  return pollUntil(
    async () => {
      const contents = await readPopup(popup);
      const busy = /Looking at this page|Reading the article|Not run on this page yet/.test(contents.notice);
      return contents.summary || (contents.notice && !busy) ? contents : undefined;
    },
    { timeoutMs, what: 'the popup to show the list or a notice' },
  );
}

/** Clicks the first element matching `selector` inside the popup page (by DOM click: works in both browsers). */
export async function clickInPopup(popup: Page, selector: string): Promise<void> {
  const clicked = await popup.evaluate((s) => {
    const element = document.querySelector<HTMLElement>(s);
    element?.click();
    return Boolean(element);
  }, selector);
  if (!clicked) throw new Error(`nothing matches ${selector} in the popup`);
}
