import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { GECKO_ID, manifestForTarget } from '../../scripts/manifest.mjs';

const base = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../manifest.json'), 'utf8'));

test('Chrome gets manifest.json as written: MV3 with a service worker', () => {
  const chrome = manifestForTarget(base, 'chrome', { version: '1.2.3' });
  expect(chrome.manifest_version).toBe(3);
  expect(chrome.background).toEqual(base.background);
  expect(chrome.version).toBe('1.2.3');
  expect(chrome.browser_specific_settings).toBeUndefined();
});

test('Firefox gets an event page and the gecko settings AMO requires', () => {
  const firefox = manifestForTarget(base, 'firefox');
  expect(firefox.background.service_worker).toBeUndefined();
  expect(firefox.background.scripts).toEqual([base.background.service_worker]);
  expect(firefox.browser_specific_settings.gecko).toEqual({
    id: GECKO_ID,
    strict_min_version: '142.0',
    data_collection_permissions: { required: ['none'] },
  });
});

test('the manifest asks only for storage, and runs content scripts on web pages only', () => {
  expect(base.permissions).toEqual(['storage']);
  expect(base.host_permissions).toBeUndefined();
  expect(base.content_security_policy).toBeUndefined(); // the browsers' default extension CSP
  expect(base.content_scripts[0].matches).toEqual(['http://*/*', 'https://*/*']);
});

test('before the content script exists the shell still builds, without content_scripts', () => {
  expect(manifestForTarget(base, 'chrome', { contentScriptPresent: false }).content_scripts).toBeUndefined();
  expect(base.content_scripts).toBeDefined();
});
