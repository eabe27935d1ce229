// The options page writes exactly the settings the content script reads (browser.storage.sync).
import { expect, test } from 'vitest';
import { describeInBrowsers, pollUntil } from './harness';

describeInBrowsers('options page', ({ session }) => {
  test('choosing click mode and adding a never-run site saves them to storage.sync', async () => {
    const options = await session().openOptions();
    await pollUntil(() => options.evaluate(() => document.querySelector('input[value="click"]') !== null), { what: 'the options form' });
    await options.evaluate(() => document.querySelector<HTMLInputElement>('input[value="click"]')!.click());
    await options.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('input[name="site"]')!;
      input.value = 'https://www.Reuters.com/world/';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await options.evaluate(() => document.querySelector<HTMLButtonElement>('button[type="submit"]')!.click());
    const stored = await pollUntil(
      async () => {
        const s = await session().callExtension((api) => api.storage.sync.get(null));
        return s.mode === 'click' && Array.isArray(s.neverSites) && s.neverSites.length > 0 ? s : undefined;
      },
      { what: 'the settings to be saved' },
    );
    expect(stored).toEqual({ mode: 'click', neverSites: ['www.reuters.com'] });
    expect(await options.evaluate(() => document.querySelector('.sites')?.textContent ?? '')).toContain('www.reuters.com');
    await session().callExtension((api) => api.storage.sync.clear());
    await options.close();
  });
});
