// Throughput of the span stages alone (tokens → quotes → sentences → cues → frames → assemble), without
// speaker resolution and stance, on PolNeAR dev: best of 5 passes, words = whitespace-separated tokens.
import { readFileSync } from 'node:fs';
import { analyse } from '../../src/core/index';
import { assemble } from '../../src/core/assemble';
import type { Context } from '../../src/core/context';
import { findCues } from '../../src/core/cues';
import { buildFrames, type Frame } from '../../src/core/frames';
import { colonIntroFrame, colonSpeakerFrame, quoteTailFrame } from '../../src/core/quote-frames';
import { findQuotes } from '../../src/core/quotes';
import { splitSentences } from '../../src/core/sentences';
import { PARA, tokenize } from '../../src/core/tokens';
import { polnearPath } from '../../src/cli/corpus';

const docs = readFileSync(polnearPath('dev'), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
const words = docs.reduce((n, d) => n + d.split(/\s+/).filter(Boolean).length, 0);

function spans(text: string): number {
  const t = tokenize(text);
  const { regions, regionOf } = findQuotes(text, t);
  const closeOf = (k: number): boolean => regionOf[k]! >= 0 && regions[regionOf[k]!]!.close === k;
  const sentences = splitSentences(text, t, regionOf, closeOf);
  const c: Context = { text, t, regions, regionOf, sentences };
  const frames: Frame[] = [];
  sentences.forEach((s, si) => {
    const tail = quoteTailFrame(c, s, sentences[si + 1]);
    if (tail) frames.push(tail);
    const intro = colonIntroFrame(c, s);
    if (intro) frames.push(intro);
    const colon = colonSpeakerFrame(c, s, s.from === 0 || t.kind[s.from - 1] === PARA);
    if (colon) frames.push(colon);
    for (const f of buildFrames(c, s, findCues(c, s))) frames.push(f);
  });
  return assemble(c, frames).length;
}

for (const [name, run] of [['span stages', spans], ['analyse() (with entities + stance)', (d: string) => analyse(d).attributions.length]] as const) {
  let best = Infinity;
  for (let rep = 0; rep < 5; rep++) {
    const t0 = performance.now();
    for (const d of docs) run(d);
    best = Math.min(best, performance.now() - t0);
  }
  console.log(`${name.padEnd(36)} ${Math.round(words / (best / 1000)).toLocaleString('en').padStart(12)} words/s  (${words} words, best of 5: ${best.toFixed(0)} ms)`);
}
