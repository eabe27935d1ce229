// Builds one browser's unpacked extension into dist/<target>. The target comes from WSW_TARGET
// (chrome | firefox) because crxjs takes one manifest and one browser per build; scripts/build.mjs
// runs both builds and zips them.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { manifestForTarget } from './scripts/manifest.mjs';

const target = process.env.WSW_TARGET === 'firefox' ? 'firefox' : 'chrome';
const root = import.meta.dirname;
const readJson = (file: string) => JSON.parse(readFileSync(resolve(root, file), 'utf8'));

const manifest = manifestForTarget(readJson('manifest.json'), target, {
  version: readJson('package.json').version,
  contentScriptPresent: existsSync(resolve(root, 'src/content/index.ts')),
});

export default defineConfig({
  plugins: [preact(), crx({ manifest: manifest as ManifestV3Export, browser: target })],
  build: {
    outDir: `dist/${target}`,
    emptyOutDir: true,
    // Extension pages load from disk: no need to split for the network, and no source maps in the zip.
    sourcemap: false,
    target: 'es2022',
  },
  // A build must never try to reach a dev server or the network.
  server: { host: '127.0.0.1', strictPort: true },
  logLevel: process.env.WSW_QUIET ? 'warn' : 'info',
});
