// Throughput of speaker resolution and stance on PolNeAR dev, in words per CPU second (best of 7
// runs, CPU time so a busy machine distorts less). Not a test; run:
//   npx esbuild scripts/analysis/entities-throughput.ts --bundle --platform=node --format=esm --outfile=/tmp/et.mjs && node /tmp/et.mjs
// (bundled, so the loader's cost is not measured).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyse } from '../../src/core/index';
import { findNameMentions } from '../../src/core/entities/names';
import { indexEntities } from '../../src/core/entities/canonical';
import { resolveSpeakers } from '../../src/core/entities/index';
import { assignStance } from '../../src/core/stance';

// Run from the repository root (the bundle lives in /tmp, so paths go from the working directory).
const dev = resolve(process.cwd(), '../shared/corpora/polnear/dev.jsonl');
const texts = readFileSync(dev, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
const words = texts.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0);
const found = texts.map((t) => analyse(t).attributions);
const fresh = () => found.map((as) => as.map((a) => ({ ...a, speaker: a.speaker && { ...a.speaker } })));

function measure(name: string, run: () => void): void {
  let best = Infinity;
  for (let r = 0; r < 7; r++) {
    const c0 = process.cpuUsage();
    run();
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / 1000);
  }
  console.log(`| ${name.padEnd(28)} | ${best.toFixed(1).padStart(7)} ms | ${(words / best / 1000).toFixed(2).padStart(6)}M words/s |`);
}

console.log(`PolNeAR dev: ${texts.length} articles, ${words} words, ${found.reduce((n, a) => n + a.length, 0)} attributions`);
console.log('| stage                        |  CPU ms  |  throughput   |');
measure('analyse (whole engine)', () => { for (const t of texts) analyse(t); });
measure('findNameMentions', () => { for (const t of texts) findNameMentions(t); });
measure('indexEntities', () => { for (const t of texts) indexEntities(t); });
measure('resolveSpeakers (incl. index)', () => { const a = fresh(); texts.forEach((t, i) => resolveSpeakers(t, a[i]!)); });
measure('assignStance', () => { const a = fresh(); texts.forEach((t, i) => assignStance(t, a[i]!)); });
