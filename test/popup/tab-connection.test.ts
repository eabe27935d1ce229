import { expect, test } from 'vitest';
import type { ContentState } from '../../src/messages';
import { askTab, type TabConnection } from '../../src/popup/tab-connection';
import { SEED_STATEMENTS } from './statements.fixture';

const state: ContentState = { status: 'done', statements: SEED_STATEMENTS, highlightsOn: true, truncated: false, url: 'http://127.0.0.1/demo/kursk.html', title: 'Kursk' };

function answering(answer: () => Promise<unknown>): TabConnection {
  return { findTargetTabId: async () => 7, send: answer, openOptions: () => {} };
}

test('a well-formed ContentState reply is shown', async () => {
  expect(await askTab(answering(async () => state), 7, { type: 'wsw:popup-get-state' })).toEqual({ kind: 'state', state });
});

test('a tab without our content script (sendMessage rejects) is reported as unreachable', async () => {
  const reply = await askTab(answering(() => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'))), 7, { type: 'wsw:popup-get-state' });
  expect(reply).toEqual({ kind: 'unreachable' });
});

test('a reply of the wrong shape is not trusted', async () => {
  const sneaky = { ...state, statements: [{ ...SEED_STATEMENTS[0], excerpt: { toString: () => '<b>x</b>' } }] };
  expect(await askTab(answering(async () => sneaky), 7, { type: 'wsw:popup-get-state' })).toEqual({ kind: 'malformed' });
  expect(await askTab(answering(async () => 'done'), 7, { type: 'wsw:popup-get-state' })).toEqual({ kind: 'malformed' });
});
