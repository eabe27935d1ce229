// Same-process comparison of two copies of the engine, interleaved document by document rather than pass by pass
// (compare-engines.ts): each PolNeAR dev document is analysed by both engines back to back, the order alternating, so a
// busy moment on the shared machine hits both alike. Prints the ratio new/base of the CPU time summed over the passes
// after the first 10 (warm-up), and the spread of the per-pass ratios.
//   npx tsx scripts/analysis/compare-engines-by-doc.ts /tmp/perf-base/src/core/index.ts [passes] [new engine's index.ts]
// The baseline copy is made as for compare-engines.ts. Session 16 (perf21-frames) calibrated both on a busy machine
// (load 4-7 on 2 cores) with two copies of the same code: this script gave 0.992, 0.997, 1.002, 1.003, 0.998 and once
// 1.015 (60-80 passes); compare-engines.ts gave 0.985, 0.988, 1.002, 1.008, 0.987 (70 passes). Tighter most of the
// time, not always: run a change under ~2 % several times.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { analyse } from '../../src/core/index';
import { polnearPath } from '../../src/cli/corpus';

type Analyse = typeof analyse;
const load = async (path: string): Promise<Analyse> => ((await import(path)) as { analyse: Analyse }).analyse;
const base = await load(resolve(process.argv[2]!));
const passes = Number(process.argv[3] ?? 80);
const next = await load(process.argv[4] ? resolve(process.argv[4]) : '../../src/core/index');
const docs = readFileSync(polnearPath('dev'), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
const WARM_UP = 10;

const cpu = (): number => { const u = process.cpuUsage(); return u.user + u.system; };

const ratios: number[] = [];
let sumBase = 0, sumNew = 0;
for (let p = 0; p < passes; p++) {
  let passBase = 0, passNew = 0;
  for (let i = 0; i < docs.length; i++) {
    const baseFirst = (i + p) % 2 === 0;
    for (const useBase of baseFirst ? [true, false] : [false, true]) {
      const t0 = cpu();
      (useBase ? base : next)(docs[i]!);
      const dt = cpu() - t0;
      if (useBase) passBase += dt; else passNew += dt;
    }
  }
  if (p < WARM_UP) continue;
  ratios.push(passNew / passBase);
  sumBase += passBase;
  sumNew += passNew;
}
ratios.sort((a, b) => a - b);
const counted = passes - WARM_UP;
const at = (q: number): string => ratios[Math.floor(q * (ratios.length - 1))]!.toFixed(3);
console.log(`base ${(sumBase / 1000 / counted).toFixed(1)} ms/pass, new ${(sumNew / 1000 / counted).toFixed(1)} ms/pass (CPU, ${counted} passes after ${WARM_UP} of warm-up)`);
console.log(`new/base, summed: ${(sumNew / sumBase).toFixed(3)}; per pass: median ${at(0.5)}, quartiles ${at(0.25)}–${at(0.75)}`);
