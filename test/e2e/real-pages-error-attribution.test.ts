// The real-pages suite passes only if it would see the extension's errors: this checks, in Chromium, that
// errors thrown and logged in the content script's isolated world are attributed to the extension, and the
// page's own errors are not. (Errors are made by evaluating in the content script's world over CDP.)
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { CDPSession, Page } from 'puppeteer-core';
import { describeInBrowsers, serveDemo, waitForContentStatus, type StaticServer } from './harness';
import { collectExtensionErrors, type ErrorCollector } from './support/extension-errors';
import { BLANK_PAGE, BLANK_PATH } from './support/offline-tab';

describeInBrowsers(
  'real-pages error attribution',
  ({ kind, session }) => {
    let server: StaticServer & { demoUrl: string };
    let page: Page;
    let errors: ErrorCollector;
    let cdp: CDPSession;
    let contentWorld = 0;

    beforeAll(async () => {
      server = await serveDemo({ [BLANK_PATH]: BLANK_PAGE });
      ({ page } = await session().openTab(server.url(BLANK_PATH)));
      errors = await collectExtensionErrors(page, session().extensionOrigin, kind);
      cdp = await page.createCDPSession();
      cdp.on('Runtime.executionContextCreated', ({ context }) => {
        if (context.origin === session().extensionOrigin) contentWorld = context.id;
      });
      await cdp.send('Runtime.enable');
      await page.goto(server.demoUrl);
      await waitForContentStatus(page);
    });
    afterAll(async () => {
      await errors?.stop();
      await cdp?.detach().catch(() => {});
      await server?.close();
    });

    test('errors of the content script count as the extension’s, the page’s own errors do not', async () => {
      expect(contentWorld, 'the content script’s isolated world').toBeGreaterThan(0);
      errors.take();
      await cdp.send('Runtime.evaluate', {
        contextId: contentWorld,
        expression: `setTimeout(() => { throw new Error('thrown in the content script') });
          console.error('logged by the content script');
          Promise.reject(new Error('rejected in the content script'));`,
      });
      await page.evaluate(() => {
        setTimeout(() => {
          throw new Error('thrown by the page');
        });
        console.error('logged by the page');
      });
      await new Promise((r) => setTimeout(r, 500));
      const ours = errors.take().map((e) => e.text).join('\n');
      expect(ours).toContain('thrown in the content script');
      expect(ours).toContain('logged by the content script');
      expect(ours).toContain('rejected in the content script');
      expect(ours).not.toContain('by the page');
      expect(errors.pageErrorCount()).toBeGreaterThanOrEqual(2);
    });
  },
  ['chromium'],
);
