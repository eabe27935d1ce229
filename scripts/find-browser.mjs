// Where the browsers are on this machine. Debian's packages first; WSW_CHROMIUM / WSW_FIREFOX override.
// Shared by `npm start` and the e2e harness (test/e2e/harness/browsers.ts).
import { existsSync } from 'node:fs';

const CANDIDATES = {
  chromium: [
    '/usr/lib/chromium/chromium', // Debian's binary (/usr/bin/chromium is a wrapper script)
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome',
    '/opt/google/chrome/chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
  firefox: [
    '/usr/bin/firefox-esr',
    '/usr/lib/firefox-esr/firefox-esr',
    '/usr/bin/firefox',
    '/Applications/Firefox.app/Contents/MacOS/firefox',
  ],
};

export const ENV_OVERRIDE = { chromium: 'WSW_CHROMIUM', firefox: 'WSW_FIREFOX' };

/** @param {'chromium' | 'firefox'} kind @returns {string | null} */
export function findBrowser(kind) {
  const override = process.env[ENV_OVERRIDE[kind]];
  if (override) return existsSync(override) ? override : null;
  return CANDIDATES[kind].find((path) => existsSync(path)) ?? null;
}

/** @param {'chromium' | 'firefox'} kind */
export function browserLabel(kind) {
  return kind === 'chromium' ? 'Chromium' : 'Firefox ESR';
}

/** @param {'chromium' | 'firefox'} kind */
export function installHint(kind) {
  const pkg = kind === 'chromium' ? 'chromium' : 'firefox-esr';
  return `install it (apt-get install -y ${pkg}) or point ${ENV_OVERRIDE[kind]} at the executable`;
}
