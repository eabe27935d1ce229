// The bench's throughput rounds for one copy of the engine, with its per-pass CPU ms: 2 warm-up rounds, then 7
// timed rounds, each round running analyse(), wink-nlp readDoc() and (first 3 rounds, unless --no-compromise)
// compromise over PolNeAR dev, as `npm run bench` does. The bench's median covers passes 3-9, so both JIT
// warm-up and steady state show here. Run base and new in separate processes, alternately, several times:
//   npx tsx scripts/analysis/bench-curve.ts [ENGINE_INDEX_TS] [--no-compromise]
import { resolve } from 'node:path';
import { loadArticles } from '../../src/cli/bench/corpus';
import { compromiseQuotations, winkReadDoc } from '../../src/cli/bench/peers';

const args = process.argv.slice(2);
const enginePath = args.find((a) => !a.startsWith('--')) ?? 'src/core/index.ts';
const { analyse } = (await import(resolve(enginePath))) as { analyse: (t: string) => unknown };
const articles = loadArticles();
const wink = winkReadDoc();
const compromise = compromiseQuotations();
const cpu = (work: () => void): number => {
  const u0 = process.cpuUsage();
  work();
  const u = process.cpuUsage(u0);
  return (u.user + u.system) / 1000;
};
const engine: number[] = [], peer: number[] = [];
for (let round = 0; round < 9; round++) {
  engine.push(cpu(() => { for (const t of articles) analyse(t); }));
  peer.push(cpu(() => { for (const t of articles) wink(t); }));
  if (round < 5 && !args.includes('--no-compromise')) for (const t of articles) compromise(t);
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const timed = engine.slice(2);
console.log(`${enginePath}: engine passes ${engine.map((t) => t.toFixed(0)).join(' ')} | median of 3-9 ${median(timed).toFixed(1)} | wink median ${median(peer.slice(2)).toFixed(1)} → ${(median(peer.slice(2)) / median(timed)).toFixed(2)}×`);
