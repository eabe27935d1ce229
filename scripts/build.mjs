// `npm run build`: both unpacked extensions (dist/chrome, dist/firefox) and a store zip of each.
// Each target is its own vite run, because crxjs builds one manifest for one browser at a time.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { directorySize, zipDirectory } from './zip.mjs';

const root = resolve(import.meta.dirname, '..');
const viteBin = resolve(root, 'node_modules/vite/bin/vite.js');
const targets = ['chrome', 'firefox'];
const started = performance.now();

for (const target of targets) {
  const result = spawnSync(process.execPath, [viteBin, 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, WSW_TARGET: target, WSW_QUIET: '1' },
  });
  if (result.status !== 0) {
    console.error(`build: vite build for ${target} failed`);
    process.exit(result.status ?? 1);
  }
  const dir = resolve(root, 'dist', target);
  const zip = resolve(root, 'dist', `who-said-what-${target}.zip`);
  const entries = zipDirectory(dir, zip);
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`build: dist/${target} ${kb(directorySize(dir))} → dist/who-said-what-${target}.zip (${entries} files, ${kb(statSync(zip).size)})`);
}
console.log(`build: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
