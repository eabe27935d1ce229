// Same-process comparison of two copies of the engine (a baseline copy of src/core, e.g. from
// `git archive BASE src tsconfig.json package.json | tar -x -C /tmp/perf-base` — without those two files beside it
// tsx compiles the copy otherwise and it ran 55-70% slower — and this worktree's): alternating passes over
// PolNeAR dev, CPU ms per pass, min and median for each, and the first passes of each (warm-up).
//   npx tsx scripts/analysis/compare-engines.ts /tmp/perf-base/src/core/index.ts [passes]
// On a shared machine only such interleaved runs give trustworthy ratios; separate runs vary ±50 %.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyse } from '../../src/core/index';
import { polnearPath } from '../../src/cli/corpus';

type Analyse = typeof analyse;
const base = ((await import(resolve(process.argv[2]!))) as { analyse: Analyse }).analyse;
const passes = Number(process.argv[3] ?? 30);
const docs = readFileSync(polnearPath('dev'), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);

function pass(run: Analyse): number {
  const u0 = process.cpuUsage();
  for (const d of docs) run(d);
  const u = process.cpuUsage(u0);
  return (u.user + u.system) / 1000;
}

const times: Record<'base' | 'new', number[]> = { base: [], new: [] };
for (let p = 0; p < passes; p++) {
  // Alternate which goes first, so neither always runs right after the other's garbage.
  if (p % 2 === 0) { times.base.push(pass(base)); times.new.push(pass(analyse)); }
  else { times.new.push(pass(analyse)); times.base.push(pass(base)); }
}
for (const name of ['base', 'new'] as const) {
  const t = times[name];
  const sorted = [...t].sort((a, b) => a - b);
  console.log(`${name.padEnd(4)}: first ${t.slice(0, 6).map((x) => x.toFixed(0)).join(' ')} | min ${sorted[0]!.toFixed(1)} median ${sorted[sorted.length >> 1]!.toFixed(1)} (of ${passes}; median of passes 11+: ${[...t.slice(10)].sort((a, b) => a - b)[(t.length - 10) >> 1]!.toFixed(1)})`);
}
// Paired: each pass of one against the neighbouring pass of the other, so a busy moment hits both.
const ratios = times.new.map((t, i) => t / times.base[i]!).slice(10).sort((a, b) => a - b);
if (ratios.length) console.log(`new/base, median of paired passes 11+: ${ratios[ratios.length >> 1]!.toFixed(3)}`);
