// Lists quote-content near misses: predicted contents that overlap a gold content with
// character Jaccard >= 0.5 (the attribution criterion) but are not exact after trimming.
// For each "kind side" class (side: start-early, start-late, end-long, end-short, both) it
// prints the count and up to 60 examples of the text between our edge and gold's edge, so
// the start and end decisions of content-edges/frames can be audited by cause.
//
//   npx tsx scripts/analysis/quote-near-misses.ts [dev|train]
import { analyse } from '../../src/core/index';
import { polnearPath, readCorpus } from '../../src/cli/corpus';
import { jaccard, trim } from './scorer-spans';
const split = (process.argv[2] ?? 'dev') as 'dev';
const cnt = new Map<string, number>(); const ex = new Map<string, string[]>();
const add = (k: string, e: string) => { cnt.set(k, (cnt.get(k) ?? 0) + 1); const l = ex.get(k) ?? []; if (l.length < 60) l.push(e); ex.set(k, l); };
for (const doc of readCorpus(polnearPath(split))) {
  const t = doc.text;
  for (const p of analyse(t).attributions) {
    const pq = trim(t, p.quote); if (!pq) continue;
    let best = null as null | { start: number; end: number }, bj = 0;
    for (const g of doc.attributions) { const gq = trim(t, g.quote); if (!gq) continue; const j = jaccard(pq, gq); if (j > bj) { bj = j; best = gq; } }
    if (!best || bj < 0.5 || (best.start === pq.start && best.end === pq.end)) continue;
    const side = best.start !== pq.start && best.end !== pq.end ? 'both' : best.start !== pq.start ? (pq.start < best.start ? 'start-early' : 'start-late') : (pq.end > best.end ? 'end-long' : 'end-short');
    const diff = side.startsWith('start') ? t.slice(Math.min(pq.start, best.start), Math.max(pq.start, best.start)) : side.startsWith('end') ? t.slice(Math.min(pq.end, best.end), Math.max(pq.end, best.end)) : '';
    add(`${p.kind} ${side}`, diff.slice(0, 80).replace(/\n/g, '/'));
  }
}
for (const [k, v] of [...cnt].sort((a, b) => b[1] - a[1])) console.log(v, k, '|', (ex.get(k) ?? []).join(' || '));
