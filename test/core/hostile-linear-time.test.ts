// Cost must grow linearly with the text: a page ten times longer may take about ten times longer, never
// a hundred. Checked as a ratio of two timings on the same machine, not as a wall-clock limit.
import { execFile, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/index';
import { seedTextOf } from './hostile-time-probe';

const SEED = readFileSync(new URL('../../../shared/seed/kursk-article.txt', import.meta.url), 'utf8').trim();
const REPO = fileURLToPath(new URL('../..', import.meta.url));
const PROBE = 'test/core/hostile-time-probe.ts';
const MB = 1_000_000;
/** 10× the text: linear cost gives ~10; 20 leaves room for GC and cache effects, none for quadratic work. */
const MAX_RATIO = 20;
// Times are CPU times of a child process (see hostile-time-probe.ts): fair even while other tests run.

async function probeMs(chars: number, runs: number): Promise<number> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', PROBE, String(chars), String(runs)], { cwd: REPO });
  return (JSON.parse(stdout) as { ms: number }).ms;
}

/**
 * Like probeMs, but gives up once the run is sure to exceed `limitMs` of CPU time: the answer is then "too slow".
 * The kill is on wall-clock time, so it allows 4× for a busy machine before deciding.
 */
function probeMsWithin(chars: number, limitMs: number): Promise<number> {
  return new Promise((done, fail) => {
    // `node --import tsx` rather than the tsx CLI: one process, so killing it really stops the run.
    const child = spawn(process.execPath, ['--import', 'tsx', PROBE, String(chars), '1'], { cwd: REPO });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    const startupAllowanceMs = 15_000; // process start, building the text, warm-up: not measured by the probe
    const timer = setTimeout(() => child.kill('SIGKILL'), limitMs * 4 + startupAllowanceMs);
    child.on('error', fail);
    child.on('close', () => {
      clearTimeout(timer);
      done(out ? (JSON.parse(out) as { ms: number }).ms : Infinity);
    });
  });
}

describe('analyse time on long text', () => {
  it('grows linearly: 10 MB of news text takes less than 20× the time of 1 MB', async () => {
    const small = await probeMs(MB, 3);
    const large = await probeMsWithin(10 * MB, small * MAX_RATIO);
    const ratio = large / small;
    const report = `CPU time: 1 MB ${small.toFixed(0)} ms, 10 MB ${Number.isFinite(large) ? `${large.toFixed(0)} ms` : `stopped, over ${(small * MAX_RATIO).toFixed(0)} ms`}`;
    console.log(`analyse: ${report}, ratio ${ratio.toFixed(1)}`);
    expect(ratio, report).toBeLessThan(MAX_RATIO);
  }, 180_000);

  it('finds as many statements in 10 copies of the article as 10 times those in one', () => {
    const one = analyse(SEED).attributions.length;
    const ten = analyse(seedTextOf(SEED.length * 10)).attributions.length;
    expect(one).toBeGreaterThan(0);
    expect(ten).toBe(one * 10);
  });
});
