// Summarises warmup-curve.ts lines: per engine, the median CPU ms of each pass across processes, and the
// median over processes of the bench's statistic (median of passes 3-9).
//   node scripts/analysis/warmup-summary.mjs /tmp/curves.jsonl
import { readFileSync } from 'node:fs';

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const runs = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const byEngine = new Map();
for (const r of runs) byEngine.set(r.engine, [...(byEngine.get(r.engine) ?? []), r.times]);
for (const [engine, curves] of byEngine) {
  const passes = Math.min(...curves.map((c) => c.length));
  const perPass = Array.from({ length: passes }, (_, p) => median(curves.map((c) => c[p])));
  const benchLike = median(curves.map((c) => median(c.slice(2, 9))));
  console.log(`${engine} (${curves.length} processes): per-pass medians ${perPass.map((t) => t.toFixed(0)).join(' ')} | median(passes 3-9) ${benchLike.toFixed(1)}`);
}
