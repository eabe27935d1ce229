// `npm test`: typecheck, build, unit tests, then end-to-end tests in real Chromium and Firefox ESR.
// Every step runs even after an earlier one failed (except e2e without a build), so one run shows all
// problems; the exit code is non-zero if any step failed. With CI=true a missing browser fails e2e.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bin = (pkg, file) => resolve(root, 'node_modules', pkg, file);

// Each vitest run also writes a JSON report, so the run can end with one plain "N passed, N failed" line
// over every test that ran (CI reads that line to know tests were executed).
const reports = resolve(root, 'out/test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const vitest = (project) => [bin('vitest', 'vitest.mjs'), 'run', '--project', project,
  '--reporter=default', '--reporter=json', `--outputFile.json=${resolve(reports, `${project}.json`)}`];

const steps = [
  { name: 'typecheck', args: [bin('typescript', 'bin/tsc'), '--noEmit'] },
  { name: 'build', args: [resolve(root, 'scripts/build.mjs')] },
  // web-ext lint: the Firefox package must have no errors (Preact's runtime gives one known warning).
  { name: 'lint firefox', args: [bin('web-ext', 'bin/web-ext.js'), 'lint', '--source-dir', 'dist/firefox', '--no-config-discovery'], needs: 'build' },
  { name: 'unit tests', args: vitest('unit') },
  { name: 'e2e tests', args: vitest('e2e'), needs: 'build' },
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
const counts = { passed: 0, failed: 0, skipped: 0 };
for (const project of ['unit', 'e2e']) {
  const file = resolve(reports, `${project}.json`);
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  counts.passed += report.numPassedTests ?? 0;
  counts.failed += report.numFailedTests ?? 0;
  counts.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}
console.log(failed.length ? `npm test: ${failed.length} step(s) failed` : 'npm test: all steps passed');
console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(failed.length ? 1 : 0);
