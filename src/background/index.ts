// The background (Chrome service worker / Firefox event page): keeps the toolbar badge in step with
// what the content script found. Listeners are registered at the top level so a woken worker has them.
import type { Runtime } from 'webextension-polyfill';
import { browser } from '../browser-api';
import { createBadge } from './badge';

const badge = createBadge(browser.action, browser.runtime.id);

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  badge.handleMessage(message, sender);
  // Nothing to answer: returning undefined tells both browsers no response is coming.
  return undefined;
});

// Without the "tabs" permission onUpdated still reports status changes (not URLs), which is all we need.
browser.tabs.onUpdated.addListener((tabId, changeInfo) => badge.handleTabUpdated(tabId, changeInfo));
