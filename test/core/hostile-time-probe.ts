// Child-process probe for the linear-time test: builds ~N chars of news text (the seed article repeated),
// warms the engine up, times analyse() and prints {"ms": best} — CPU time of this process (user + system), which
// other processes competing for the cores (a parallel test run) do not inflate the way they inflate wall-clock time. A separate process lets the test stop a
// run that is already far too slow instead of waiting minutes for a quadratic engine to finish.
import { readFileSync } from 'node:fs';
import { analyse } from '../../src/core/index';

const SEED = readFileSync(new URL('../../../shared/seed/kursk-article.txt', import.meta.url), 'utf8').trim();

export function seedTextOf(chars: number): string {
  const copies = Math.ceil(chars / (SEED.length + 2));
  return Array.from({ length: copies }, () => SEED).join('\n\n');
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const chars = Number(process.argv[2]);
  const runs = Number(process.argv[3] ?? 1);
  const text = seedTextOf(chars);
  analyse(seedTextOf(100_000)); // warm-up: JIT and lazily built tables are not part of the cost of length
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    analyse(text);
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  process.stdout.write(JSON.stringify({ ms: best, chars: text.length }) + '\n');
}
