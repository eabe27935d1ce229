// Which browsers this machine has. Debian's packages by default; WSW_CHROMIUM / WSW_FIREFOX override.
import { existsSync } from 'node:fs';

export type BrowserKind = 'chromium' | 'firefox';
export const BROWSER_KINDS: readonly BrowserKind[] = ['chromium', 'firefox'];

const CANDIDATES: Record<BrowserKind, string[]> = {
  chromium: [
    '/usr/lib/chromium/chromium', // Debian's binary (/usr/bin/chromium is a wrapper script)
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome',
    '/opt/google/chrome/chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
  firefox: ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'],
};

const ENV_OVERRIDE: Record<BrowserKind, string> = { chromium: 'WSW_CHROMIUM', firefox: 'WSW_FIREFOX' };

/** The executable to launch, or null when none is installed. */
export function findBrowser(kind: BrowserKind): string | null {
  const override = process.env[ENV_OVERRIDE[kind]];
  if (override) return existsSync(override) ? override : null;
  return CANDIDATES[kind].find((path) => existsSync(path)) ?? null;
}

export function browserLabel(kind: BrowserKind): string {
  return kind === 'chromium' ? 'Chromium' : 'Firefox ESR';
}

export function installHint(kind: BrowserKind): string {
  const pkg = kind === 'chromium' ? 'chromium' : 'firefox-esr';
  return `install it (apt-get install -y ${pkg}) or point ${ENV_OVERRIDE[kind]} at the executable`;
}
