// Types for scripts/find-browser.mjs.
export type BrowserKind = 'chromium' | 'firefox';
export declare const ENV_OVERRIDE: Record<BrowserKind, string>;
export declare function findBrowser(kind: BrowserKind): string | null;
export declare function browserLabel(kind: BrowserKind): string;
export declare function installHint(kind: BrowserKind): string;
