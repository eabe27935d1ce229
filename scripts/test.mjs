// `npm test`: typecheck, build, unit tests, then end-to-end tests in real Chromium and Firefox ESR.
// Every step runs even after an earlier one failed (except e2e without a build), so one run shows all
// problems; the exit code is non-zero if any step failed. With CI=true a missing browser fails e2e.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bin = (pkg, file) => resolve(root, 'node_modules', pkg, file);

const steps = [
  { name: 'typecheck', args: [bin('typescript', 'bin/tsc'), '--noEmit'] },
  { name: 'build', args: [resolve(root, 'scripts/build.mjs')] },
  // web-ext lint: the Firefox package must have no errors (Preact's runtime gives one known warning).
  { name: 'lint firefox', args: [bin('web-ext', 'bin/web-ext.js'), 'lint', '--source-dir', 'dist/firefox', '--no-config-discovery'], needs: 'build' },
  { name: 'unit tests', args: [bin('vitest', 'vitest.mjs'), 'run', '--project', 'unit'] },
  { name: 'e2e tests', args: [bin('vitest', 'vitest.mjs'), 'run', '--project', 'e2e'], needs: 'build' },
];

const results = [];
for (const step of steps) {
  const needed = step.needs && results.find((r) => r.name === step.needs);
  if (needed && !needed.ok) {
    results.push({ name: step.name, ok: false, seconds: 0, note: `not run: ${step.needs} failed` });
    continue;
  }
  console.log(`\n── npm test: ${step.name} ──`);
  const started = performance.now();
  const run = spawnSync(process.execPath, step.args, { cwd: root, stdio: 'inherit', env: process.env });
  const seconds = (performance.now() - started) / 1000;
  results.push({ name: step.name, ok: run.status === 0, seconds, note: run.status === 0 ? '' : `exit ${run.status ?? run.signal}` });
}

console.log('\n── npm test: summary ──');
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'}  ${r.name.padEnd(12)} ${r.seconds.toFixed(1).padStart(6)} s  ${r.note}`);
const failed = results.filter((r) => !r.ok);
console.log(failed.length ? `npm test: ${failed.length} step(s) failed` : 'npm test: all steps passed');
process.exit(failed.length ? 1 : 0);
