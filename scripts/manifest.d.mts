// Types for scripts/manifest.mjs (plain JS so node scripts can import it without a compiler).
export declare const GECKO_ID: string;
export declare function manifestForTarget(
  base: Record<string, any>,
  target: 'chrome' | 'firefox',
  opts?: { version?: string; contentScriptPresent?: boolean },
): Record<string, any>;
