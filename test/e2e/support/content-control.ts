// Driving the content script the way the popup does (browser.tabs.sendMessage from an extension page,
// the same messages as src/messages.ts), and reading what a reader sees on the page.
import type { Page } from 'puppeteer-core';
import type { ContentState, PopupToContent } from '../../../src/messages';
import { pollUntil, type ExtensionSession } from '../harness';

/** Sends a popup message to the tab's content script; retries while the script has not loaded yet. */
export async function sendToContent(session: ExtensionSession, tabId: number, message: PopupToContent, timeoutMs = 20_000): Promise<ContentState> {
  return pollUntil(
    () => session.callExtension((api, id: number, m: PopupToContent) => api.tabs.sendMessage(id, m), tabId, message) as Promise<ContentState>,
    { timeoutMs, what: `the content script of tab ${tabId} to answer ${message.type}` },
  );
}

/** The content status the script publishes on <html data-wsw-status>, or '' before its first run. */
export function contentStatus(page: Page): Promise<string> {
  return page.evaluate(() => document.documentElement.dataset.wswStatus ?? '');
}

/** Waits for a finished run: 'done', 'no-article' or 'error'. */
export async function waitForRunFinished(page: Page, timeoutMs = 30_000): Promise<string> {
  return pollUntil(
    async () => {
      const status = await contentStatus(page);
      return status === 'done' || status === 'no-article' || status === 'error' ? status : undefined;
    },
    { timeoutMs, intervalMs: 50, what: 'the content script to finish (html[data-wsw-status])' },
  );
}

export interface PageSnapshot {
  /** document.body.innerText: the text a reader sees. */
  text: string;
  /** Tag names of every element in the body except the extension's own (card host), in order. */
  structure: string[];
  marks: number;
  cardHosts: number;
}

export function snapshot(page: Page): Promise<PageSnapshot> {
  return page.evaluate(() => {
    const body = document.body;
    const elements = [...body.querySelectorAll('*')].filter((e) => !e.closest('[data-wsw-card]'));
    return {
      text: body.innerText,
      structure: elements.map((e) => e.tagName.toLowerCase()),
      marks: body.querySelectorAll('wsw-mark').length,
      cardHosts: document.querySelectorAll('[data-wsw-card]').length,
    };
  });
}

/**
 * A snapshot once the page's own scripts have stopped changing its text: two readings 250 ms apart that
 * agree (at most ~4 s). Some saved pages still edit themselves after `load` (latimes removes a stray
 * "&nbsp;" text ~250 ms later); with the extension idle, that is the page's doing, not ours.
 */
export async function settledSnapshot(page: Page, { intervalMs = 250, maxReadings = 16 } = {}): Promise<PageSnapshot> {
  let previous = await snapshot(page);
  for (let i = 1; i < maxReadings; i++) {
    await new Promise((r) => setTimeout(r, intervalMs));
    const current = await snapshot(page);
    if (current.text === previous.text && current.structure.length === previous.structure.length) return current;
    previous = current;
  }
  return previous;
}

export interface HighlightedStatement {
  id: string;
  /** Text from the start of the statement's first mark to the end of its last (what the reader sees marked). */
  text: string;
  /** Each mark's own text. */
  pieces: string[];
  /**
   * The statement's highlighted stretches: marks with nothing but whitespace between them form one
   * stretch; unmarked text between two marks (a caption, an embed the reader skipped) separates them.
   */
  stretches: string[];
  colour: string;
}

/** The highlighted statements on the page, grouped by data-wsw-id. */
export function highlightedStatements(page: Page): Promise<HighlightedStatement[]> {
  return page.evaluate(() => {
    const byId = new Map<string, Element[]>();
    for (const mark of document.querySelectorAll('wsw-mark[data-wsw-id]')) {
      const id = mark.getAttribute('data-wsw-id')!;
      byId.set(id, [...(byId.get(id) ?? []), mark]);
    }
    return [...byId].map(([id, marks]) => {
      const range = document.createRange();
      range.setStartBefore(marks[0]!);
      range.setEndAfter(marks[marks.length - 1]!);
      const stretches: string[] = [];
      let current = '';
      marks.forEach((mark, i) => {
        if (i > 0) {
          const gap = document.createRange();
          gap.setStartAfter(marks[i - 1]!);
          gap.setEndBefore(mark);
          const between = gap.toString();
          if (/^\s*$/.test(between)) current += between;
          else {
            stretches.push(current);
            current = '';
          }
        }
        current += mark.textContent ?? '';
      });
      stretches.push(current);
      return {
        id,
        text: range.toString(),
        pieces: marks.map((m) => m.textContent ?? ''),
        stretches,
        colour: marks[0]!.getAttribute('data-wsw-colour') ?? '',
      };
    });
  });
}
