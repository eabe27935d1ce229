// The demo article served from 127.0.0.1, as `npm start` shows it, plus waiting for the content
// script to finish on a page (it sets <html data-wsw-status> after each run).
import type { Page } from 'puppeteer-core';
import { startServer, type StaticServer } from '../../../scripts/serve.mjs';
import { buildDemoPage, DEMO_PATH } from '../../../demo/demo-page.mjs';
import { pollUntil } from './poll';

export { DEMO_PATH };

export async function serveDemo(extraRoutes: Record<string, string> = {}): Promise<StaticServer & { demoUrl: string }> {
  const server = await startServer({ routes: { [DEMO_PATH]: buildDemoPage(), ...extraRoutes } });
  return Object.assign(server, { demoUrl: server.url(DEMO_PATH) });
}

/** Waits until the content script reports a finished run ('done', 'no-article' or 'error'). */
export async function waitForContentStatus(page: Page, timeoutMs = 30_000): Promise<string> {
  return pollUntil(
    async () => {
      const status = await page.evaluate(() => document.documentElement.dataset.wswStatus ?? '');
      return status === 'done' || status === 'no-article' || status === 'error' ? status : undefined;
    },
    { timeoutMs, what: 'the content script to finish (html[data-wsw-status])' },
  );
}
