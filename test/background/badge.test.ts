import { expect, test } from 'vitest';
import { badgeTextFor, createBadge, type BadgeApi } from '../../src/background/badge';

const OUR_ID = 'who-said-what@wsw.example';

function recordingApi() {
  const texts: Array<{ tabId: number; text: string }> = [];
  const api: BadgeApi = {
    setBadgeText: async (d) => void texts.push(d),
    setBadgeBackgroundColor: async () => {},
  };
  return { api, texts };
}

test('the badge shows the statement count our content script reports for its tab', () => {
  const { api, texts } = recordingApi();
  const badge = createBadge(api, OUR_ID);
  expect(badge.handleMessage({ type: 'wsw:content-count', count: 13 }, { id: OUR_ID, tab: { id: 4 }, frameId: 0 })).toBe(true);
  expect(texts).toEqual([{ tabId: 4, text: '13' }]);
});

test('a count from another extension, a non-tab sender or a subframe is ignored', () => {
  const { api, texts } = recordingApi();
  const badge = createBadge(api, OUR_ID);
  const message = { type: 'wsw:content-count', count: 5 };
  expect(badge.handleMessage(message, { id: 'someone-else', tab: { id: 4 }, frameId: 0 })).toBe(false);
  expect(badge.handleMessage(message, { id: OUR_ID })).toBe(false);
  expect(badge.handleMessage(message, { id: OUR_ID, tab: { id: 4 }, frameId: 3 })).toBe(false);
  expect(texts).toEqual([]);
});

test('malformed counts are ignored', () => {
  const { api, texts } = recordingApi();
  const badge = createBadge(api, OUR_ID);
  const sender = { id: OUR_ID, tab: { id: 4 }, frameId: 0 };
  for (const count of [-1, 2.5, '13', null]) expect(badge.handleMessage({ type: 'wsw:content-count', count }, sender)).toBe(false);
  expect(badge.handleMessage({ type: 'wsw:popup-run' }, sender)).toBe(false);
  expect(texts).toEqual([]);
});

test('a tab starting to load a new page loses its badge; other updates leave it', () => {
  const { api, texts } = recordingApi();
  const badge = createBadge(api, OUR_ID);
  badge.handleTabUpdated(4, { status: 'complete' });
  badge.handleTabUpdated(4, {});
  badge.handleTabUpdated(4, { status: 'loading' });
  expect(texts).toEqual([{ tabId: 4, text: '' }]);
});

test('badge text: nothing for zero, the number up to 999, then 999+', () => {
  expect(badgeTextFor(0)).toBe('');
  expect(badgeTextFor(13)).toBe('13');
  expect(badgeTextFor(999)).toBe('999');
  expect(badgeTextFor(20_000)).toBe('999+');
});
