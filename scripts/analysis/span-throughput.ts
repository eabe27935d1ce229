// Throughput of the span stages alone (tokens → quotes → sentences → cues → frames → assemble), without
// speaker resolution and stance, on PolNeAR dev: best of 5 passes, words = whitespace-separated tokens.
import { readFileSync } from 'node:fs';
import { analyse, findStatementSpans } from '../../src/core/index';
import { polnearPath } from '../../src/cli/corpus';

const docs = readFileSync(polnearPath('dev'), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
const words = docs.reduce((n, d) => n + d.split(/\s+/).filter(Boolean).length, 0);

const spans = (text: string): number => findStatementSpans(text).attributions.length;

for (const [name, run] of [['span stages', spans], ['analyse() (with entities + stance)', (d: string) => analyse(d).attributions.length]] as const) {
  let best = Infinity;
  for (let rep = 0; rep < 5; rep++) {
    const t0 = performance.now();
    for (const d of docs) run(d);
    best = Math.min(best, performance.now() - t0);
  }
  console.log(`${name.padEnd(36)} ${Math.round(words / (best / 1000)).toLocaleString('en').padStart(12)} words/s  (${words} words, best of 5: ${best.toFixed(0)} ms)`);
}
