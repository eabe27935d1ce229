// Child-process probe for the linear-time test: builds ~N chars of news text (the seed article repeated),
// warms the engine up, times analyse() and prints {"ms": best}. A separate process lets the test stop a
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
    const t0 = performance.now();
    analyse(text);
    best = Math.min(best, performance.now() - t0);
  }
  process.stdout.write(JSON.stringify({ ms: best, chars: text.length }) + '\n');
}
