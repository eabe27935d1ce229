// Notices when the page changes after a run: text arriving later (hydration, "load more"), or a
// single-page navigation. Waits for the changes to settle before calling back. Our own DOM changes are
// made inside quietly() and never count. Everything stops when the signal aborts.
import { CARD_TAG } from '../page/tags';

export interface PageWatchOptions {
  win: Window;
  signal: AbortSignal;
  /** Quiet time after the last change before onSettled runs. */
  settleMs: number;
  /** A page that never stops changing (tickers, ads) is re-checked after this long anyway. */
  maxWaitMs: number;
  /** How often the URL and the extension's liveness are checked. */
  pollMs: number;
  onSettled(): void;
  onUrlChange(url: string): void;
  /** Called on every poll; return false to stop (the extension context is gone). */
  onPoll(): boolean;
}

export interface PageWatch {
  /** Runs our own DOM changes without them counting as page changes. */
  quietly<T>(change: () => T): T;
}

function isOurs(node: Node): boolean {
  const el = node as Element;
  return node.nodeType === 1 && el.tagName === CARD_TAG.toUpperCase();
}

function insideCard(node: Node | null): boolean {
  for (let at = node; at; at = at.parentNode) if (isOurs(at)) return true;
  return false;
}

function relevant(record: MutationRecord): boolean {
  if (insideCard(record.target)) return false;
  if (record.type !== 'childList') return true;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length === 0 || !nodes.every(isOurs);
}

/** Runs a callback for the page's event loop: whatever happens, nothing is thrown into the page. */
function quiet<T>(callback: () => T): T | undefined {
  try {
    return callback();
  } catch {
    return undefined;
  }
}

export function watchPage(options: PageWatchOptions): PageWatch {
  const { win, signal } = options;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let firstChangeAt = 0;
  let url = win.location.href;

  const settled = (): void => {
    settleTimer = undefined;
    firstChangeAt = 0;
    if (!signal.aborted) quiet(options.onSettled);
  };

  const Observer = (win as Window & typeof globalThis).MutationObserver;
  const onRecords = (records: MutationRecord[]): void => {
    if (signal.aborted || !quiet(() => records.some(relevant))) return;
    const now = Date.now();
    if (!firstChangeAt) firstChangeAt = now;
    if (settleTimer !== undefined) clearTimeout(settleTimer);
    const wait = now - firstChangeAt >= options.maxWaitMs ? 0 : options.settleMs;
    settleTimer = setTimeout(settled, wait);
  };
  const observer = new Observer(onRecords);
  const doc = win.document;
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  // Pages that reveal themselves by a class or style on <html>/<body> ("flicker control", "js-loaded")
  // change no text: a second observer watches those few attributes there only, not in the whole tree
  // (animations would flood us).
  const revealObserver = new Observer(onRecords);
  const reveal = { attributes: true, attributeFilter: ['class', 'style', 'hidden'] };
  revealObserver.observe(doc.documentElement, reveal);
  if (doc.body) revealObserver.observe(doc.body, reveal);

  const checkUrl = (): void => {
    if (signal.aborted || win.location.href === url) return;
    url = win.location.href;
    quiet(() => options.onUrlChange(url));
  };
  const poll = setInterval(() => {
    if (quiet(options.onPoll)) checkUrl();
  }, options.pollMs);
  win.addEventListener('popstate', checkUrl, { signal });
  win.addEventListener('hashchange', checkUrl, { signal });

  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      revealObserver.disconnect();
      clearInterval(poll);
      if (settleTimer !== undefined) clearTimeout(settleTimer);
    },
    { once: true },
  );

  return {
    quietly<T>(change: () => T): T {
      try {
        return change();
      } finally {
        observer.takeRecords();
        revealObserver.takeRecords();
      }
    },
  };
}
