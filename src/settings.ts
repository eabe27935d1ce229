// The user's settings, as stored in browser.storage.sync. Pure: shape checks and the rule deciding
// whether the extension may run by itself on a host. Storage access lives in src/browser-api.ts.

export type RunMode = 'auto' | 'click';

export interface Settings {
  /** auto: analyse article pages by themselves. click: only when the toolbar button/popup asks. */
  mode: RunMode;
  /** Hostnames where it never runs by itself ("example.com" also covers "www.example.com"). */
  neverSites: string[];
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({ mode: 'auto', neverSites: [] });

/** Storage can hold anything (older versions, other devices, hand edits): accept only the known shape. */
export function normaliseSettings(raw: unknown): Settings {
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const mode: RunMode = record.mode === 'click' ? 'click' : 'auto';
  const list = Array.isArray(record.neverSites) ? record.neverSites : [];
  const neverSites = [...new Set(list.map(normaliseHostname).filter((h): h is string => h !== null))];
  return { mode, neverSites };
}

/**
 * Turns what a user types ("https://www.Example.com/news", "example.com.") into a bare hostname,
 * or null when it is not one.
 */
export function normaliseHostname(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  let text = input.trim().toLowerCase();
  if (!text) return null;
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(text)) text = `http://${text}`;
  let host: string;
  try {
    host = new URL(text).hostname;
  } catch {
    return null;
  }
  host = host.replace(/\.$/, '');
  return /^[a-z0-9.-]+$/.test(host) && host.includes('.') || host === 'localhost' ? host : null;
}

/** True when the hostname is a listed site or a subdomain of one. */
export function isNeverSite(hostname: string, neverSites: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return neverSites.some((site) => host === site || host.endsWith(`.${site}`));
}

/** Whether the content script should analyse this page without being asked. */
export function shouldRunByItself(settings: Settings, hostname: string): boolean {
  return settings.mode === 'auto' && !isNeverSite(hostname, settings.neverSites);
}
