// Warm-up curve of one copy of the engine in a fresh process: CPU ms of each of the first passes over PolNeAR
// dev, one JSON line. JIT warm-up cannot be compared inside one process (the second copy would share the
// compiler's queue), so run base and new alternately, many times, and compare per-pass medians:
//   for i in $(seq 8); do for e in out/perf-base/src/core/index.ts src/core/index.ts; do
//     npx tsx scripts/analysis/warmup-curve.ts $e 10; done; done > /tmp/curves.jsonl
//   node scripts/analysis/warmup-summary.mjs /tmp/curves.jsonl
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { polnearPath } from '../../src/cli/corpus';

const enginePath = process.argv[2] ?? 'src/core/index.ts';
const passes = Number(process.argv[3] ?? 10);
const { analyse } = (await import(resolve(enginePath))) as { analyse: (t: string) => unknown };
const docs = readFileSync(polnearPath('dev'), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
const times: number[] = [];
for (let p = 0; p < passes; p++) {
  const u0 = process.cpuUsage();
  for (const d of docs) analyse(d);
  const u = process.cpuUsage(u0);
  times.push(Math.round((u.user + u.system) / 100) / 10);
}
console.log(JSON.stringify({ engine: enginePath, times }));
