// The bench's throughput rounds for one copy of the engine, with its per-pass CPU ms: each round runs analyse(),
// wink-nlp readDoc() and (first 5 rounds, unless --no-compromise) compromise over PolNeAR dev, as `npm run bench`
// does. Prints every pass, then medians over windows of five rounds for the engine (wall and CPU) and wink-nlp
// (CPU): the window where the engine's CPU stops falling is where its JIT warm-up ends, which is how the bench's
// warm-up count was chosen (docs/decisions.md, "bench warm-up"). Run base and new in separate processes:
//   npx tsx scripts/analysis/bench-curve.ts [ENGINE_INDEX_TS] [--rounds N] [--no-compromise]
import { resolve } from 'node:path';
import { loadArticles } from '../../src/cli/bench/corpus';
import { median } from '../../src/cli/bench/measure';
import { compromiseQuotations, winkReadDoc } from '../../src/cli/bench/peers';

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Math.max(1, Number(args[roundsAt + 1]) || 0) : 9;
const enginePath = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--rounds') ?? 'src/core/index.ts';
const { analyse } = (await import(resolve(enginePath))) as { analyse: (t: string) => unknown };
const articles = loadArticles();
const wink = winkReadDoc();
const compromise = compromiseQuotations();
const time = (work: () => void): { wall: number; cpu: number } => {
  const u0 = process.cpuUsage();
  const t0 = performance.now();
  work();
  const u = process.cpuUsage(u0);
  return { wall: performance.now() - t0, cpu: (u.user + u.system) / 1000 };
};
const engine: { wall: number; cpu: number }[] = [], peer: { wall: number; cpu: number }[] = [];
for (let round = 0; round < rounds; round++) {
  engine.push(time(() => { for (const t of articles) analyse(t); }));
  peer.push(time(() => { for (const t of articles) wink(t); }));
  if (round < 5 && !args.includes('--no-compromise')) for (const t of articles) compromise(t);
}
console.log(`${enginePath}: engine CPU ms per pass ${engine.map((t) => t.cpu.toFixed(0)).join(' ')}`);
console.log(`wink-nlp CPU ms per pass ${peer.map((t) => t.cpu.toFixed(0)).join(' ')}`);
console.log('rounds  | engine wall | engine CPU | wink CPU | × wink (CPU)');
for (let from = 0; from < rounds; from += 5) {
  const e = engine.slice(from, from + 5), w = peer.slice(from, from + 5);
  const ec = median(e.map((t) => t.cpu)), wc = median(w.map((t) => t.cpu));
  console.log(`${String(from + 1).padStart(2)}–${String(from + e.length).padEnd(4)} | ${median(e.map((t) => t.wall)).toFixed(1).padStart(11)} | ${ec.toFixed(1).padStart(10)} | ${wc.toFixed(1).padStart(8)} | ${(wc / ec).toFixed(2)}`);
}
