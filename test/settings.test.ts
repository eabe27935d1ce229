import { expect, test } from 'vitest';
import { DEFAULT_SETTINGS, isNeverSite, normaliseHostname, normaliseSettings, shouldRunByItself } from '../src/settings';

test('stored settings of any shape become valid settings', () => {
  expect(normaliseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  expect(normaliseSettings({ mode: 'sometimes', neverSites: 'example.com' })).toEqual({ mode: 'auto', neverSites: [] });
  expect(normaliseSettings({ mode: 'click', neverSites: ['www.livemint.com', 42, 'https://LiveMint.com/news', 'www.livemint.com'] })).toEqual({
    mode: 'click',
    neverSites: ['www.livemint.com', 'livemint.com'],
  });
});

test('what a user types into the site box becomes a hostname, or is refused', () => {
  expect(normaliseHostname(' https://www.Reuters.com/world/europe/ ')).toBe('www.reuters.com');
  expect(normaliseHostname('reuters.com.')).toBe('reuters.com');
  expect(normaliseHostname('localhost')).toBe('localhost');
  expect(normaliseHostname('not a site')).toBeNull();
  expect(normaliseHostname('')).toBeNull();
});

test('a never-run site covers its subdomains but not look-alikes', () => {
  expect(isNeverSite('www.livemint.com', ['livemint.com'])).toBe(true);
  expect(isNeverSite('livemint.com', ['livemint.com'])).toBe(true);
  expect(isNeverSite('notlivemint.com', ['livemint.com'])).toBe(false);
});

test('runs by itself only in auto mode and off the never-run list', () => {
  expect(shouldRunByItself({ mode: 'auto', neverSites: [] }, 'www.reuters.com')).toBe(true);
  expect(shouldRunByItself({ mode: 'click', neverSites: [] }, 'www.reuters.com')).toBe(false);
  expect(shouldRunByItself({ mode: 'auto', neverSites: ['reuters.com'] }, 'www.reuters.com')).toBe(false);
});
