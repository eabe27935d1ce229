// Profiling driver: analyse() over PolNeAR dev for a number of passes (argv[2], default 20), printing CPU ms per
// pass (warm-up curve, then min and median of all passes). Run with `npx tsx --cpu-prof --cpu-prof-dir=/tmp/prof scripts/analysis/profile-analyse.ts` for a profile.
import { readFileSync } from 'node:fs';
import { analyse } from '../../src/core/index';
import { polnearPath } from '../../src/cli/corpus';

const docs = readFileSync(polnearPath('dev'), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
const passes = Number(process.argv[2] ?? 20);
const times: number[] = [];
for (let p = 0; p < passes; p++) {
  const u0 = process.cpuUsage();
  for (const d of docs) analyse(d);
  const u = process.cpuUsage(u0);
  times.push((u.user + u.system) / 1000);
}
// The first passes pay for V8's JIT (compiler threads count as this process's CPU): show the warm-up curve.
console.log(`CPU ms of the first passes, in order: ${times.slice(0, 6).map((t) => t.toFixed(0)).join(' ')}`);
times.sort((a, b) => a - b);
console.log(`CPU ms per pass over dev: min ${times[0]!.toFixed(1)}, median ${times[times.length >> 1]!.toFixed(1)} (${passes} passes)`);
