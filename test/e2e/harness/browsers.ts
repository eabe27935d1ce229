// Which browsers this machine has: the lookup is shared with `npm start` (scripts/find-browser.mjs).
export { findBrowser, browserLabel, installHint, type BrowserKind } from '../../../scripts/find-browser.mjs';
import type { BrowserKind } from '../../../scripts/find-browser.mjs';

export const BROWSER_KINDS: readonly BrowserKind[] = ['chromium', 'firefox'];
