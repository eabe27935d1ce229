// Which gold cue words does the engine miss most on dev (no prediction overlapping the gold quote
// with Jaccard >= 0.5)? Prints cue text → missed count, and the cue-lexicon share of its last word.
import { analyse } from '../../src/core/index';
import { polnearPath, readCorpus } from '../../src/cli/corpus';
import { CUE_SHARE } from '../../src/core/lexicon';

const missed = new Map<string, number>();
const all = new Map<string, number>();
for (const doc of readCorpus(polnearPath('dev'))) {
  const preds = analyse(doc.text).attributions;
  for (const g of doc.attributions) {
    const cue = g.cue ? doc.text.slice(g.cue.start, g.cue.end).toLowerCase() : '(none)';
    const words = cue.split(/[^a-z']+/).filter(Boolean);
    const key = words[words.length - 1] ?? cue;
    all.set(key, (all.get(key) ?? 0) + 1);
    const hit = preds.some((p) => {
      const o = Math.max(0, Math.min(g.quote.end, p.quote.end) - Math.max(g.quote.start, p.quote.start));
      return o / (g.quote.end - g.quote.start + p.quote.end - p.quote.start - o) >= 0.5;
    });
    if (!hit) missed.set(key, (missed.get(key) ?? 0) + 1);
  }
}
for (const [k, v] of [...missed].sort((a, b) => b[1] - a[1]).slice(0, 50)) console.log(String(v).padStart(4), '/', String(all.get(k)).padEnd(4), k, CUE_SHARE.get(k)?.toFixed(2) ?? '-');
