// `npm start` (`npm start -- --firefox`): build, serve the demo article from 127.0.0.1, and open a
// browser window with the extension installed on that page. Ctrl+C (or closing the browser) stops it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { startServer } from './serve.mjs';
import { browserLabel, findBrowser, installHint } from './find-browser.mjs';
import { buildDemoPage, DEMO_PATH, sharedDir } from '../demo/demo-page.mjs';

const root = resolve(import.meta.dirname, '..');
const kind = process.argv.includes('--firefox') ? 'firefox' : 'chromium';
const distDir = resolve(root, 'dist', kind === 'firefox' ? 'firefox' : 'chrome');

const build = spawnSync(process.execPath, [resolve(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

let demoHtml;
try {
  demoHtml = buildDemoPage();
} catch (error) {
  console.error(`start: cannot read the seed article from ${sharedDir()} (${error.message}). Set WSW_SHARED_DIR to the shared/ folder.`);
  process.exit(1);
}
const server = await startServer({ routes: { [DEMO_PATH]: demoHtml, '/': `<!doctype html><a href="${DEMO_PATH}">Demo article</a>` } });
const demoUrl = server.url(DEMO_PATH);
console.log(`\nstart: demo article at ${demoUrl}`);

const byHand = `Load it by hand:
  Chrome/Chromium: chrome://extensions → Developer mode → "Load unpacked" → ${resolve(root, 'dist/chrome')}
  Firefox:         about:debugging#/runtime/this-firefox → "Load Temporary Add-on…" → ${resolve(root, 'dist/firefox/manifest.json')}
then open ${demoUrl}`;

const executablePath = findBrowser(kind);
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
if (!executablePath || !hasDisplay) {
  console.log(
    !executablePath
      ? `start: ${browserLabel(kind)} was not found: ${installHint(kind)}.`
      : 'start: no display ($DISPLAY is unset), so no browser window can open here.',
  );
  console.log(`${byHand}\n\nServing until Ctrl+C.`);
  process.on('SIGINT', () => void server.close().then(() => process.exit(0)));
} else {
  const userDataDir = kind === 'chromium' ? mkdtempSync(join(tmpdir(), 'wsw-start-')) : undefined;
  const browser = await puppeteer.launch(
    kind === 'chromium'
      ? {
          executablePath,
          headless: false,
          pipe: true,
          userDataDir,
          enableExtensions: true,
          defaultViewport: null,
          args: ['--no-first-run', '--disable-sync', '--disable-component-update', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
        }
      : { browser: 'firefox', executablePath, headless: false, defaultViewport: null },
  );
  await browser.installExtension(distDir);
  const [blank] = await browser.pages();
  const page = await browser.newPage();
  await page.goto(demoUrl);
  await blank?.close().catch(() => {});
  console.log(`start: ${browserLabel(kind)} is open with ${distDir} installed. Close the window or press Ctrl+C to stop.`);
  const stop = async () => {
    await browser.close().catch(() => {});
    await server.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    process.exit(0);
  };
  browser.on('disconnected', () => void stop());
  process.on('SIGINT', () => void stop());
}
