// Error listing for the dev set: for each gold attribution, the best-overlapping prediction and why it
// failed (missed / quote span off / speaker wrong). Usage: npx tsx scripts/analysis/errors.ts [kind] [category] [n]
import { analyse } from '../../src/core/index';
import { polnearPath, readCorpus } from '../../src/cli/corpus';

const [kindFilter = 'all', catFilter = 'all', nStr = '40', split = 'dev'] = process.argv.slice(2);
const docs = readCorpus(polnearPath(split as 'dev'));
const mark = (text: string, spans: [number, number, string, string][]): string => {
  let out = text;
  for (const [s, e, a, b] of [...spans].sort((x, y) => y[0] - x[0] || y[1] - x[1])) out = out.slice(0, s) + a + out.slice(s, e) + b + out.slice(e);
  return out;
};
const counts: Record<string, number> = {};
let shown = 0;
for (const doc of docs) {
  const preds = analyse(doc.text).attributions;
  for (const g of doc.attributions) {
    let best = null as null | (typeof preds)[number], bj = 0;
    for (const p of preds) {
      const o = Math.max(0, Math.min(g.quote.end, p.quote.end) - Math.max(g.quote.start, p.quote.start));
      const j = o / (g.quote.end - g.quote.start + p.quote.end - p.quote.start - o);
      if (j > bj) { bj = j; best = p; }
    }
    let cat = 'ok';
    const trimmed = (a: { start: number; end: number }): string => doc.text.slice(a.start, a.end).replace(/^[\s.,;:!?"'“”‘’()—–-]+|[\s.,;:!?"'“”‘’()—–-]+$/g, '');
    if (catFilter === 'spanx' && best && bj >= 0.5 && g.speaker && best.speaker && trimmed(g.speaker) !== trimmed(best.speaker)) {
      if (shown++ < Number(nStr)) console.log(`GOLD ${JSON.stringify(trimmed(g.speaker))}  PRED ${JSON.stringify(trimmed(best.speaker))}`);
    }
    if (catFilter === 'qspanx' && best && bj >= 0.5 && trimmed(g.quote) !== trimmed(best.quote)) {
      const gq = trimmed(g.quote), pq = trimmed(best.quote);
      if (shown++ < Number(nStr)) console.log(`${g.kind}\n  GOLD ${JSON.stringify(gq.slice(0, 60))} … ${JSON.stringify(gq.slice(-60))}\n  PRED ${JSON.stringify(pq.slice(0, 60))} … ${JSON.stringify(pq.slice(-60))}`);
    }
    if (!best) cat = 'missed';
    else if (bj < 0.5) cat = 'quote';
    else if (g.speaker && (!best.speaker || Math.min(g.speaker.end, best.speaker.end) <= Math.max(g.speaker.start, best.speaker.start))) cat = 'speaker';
    else if (!g.speaker && best.speaker) cat = 'speaker';
    counts[`${g.kind}:${cat}`] = (counts[`${g.kind}:${cat}`] ?? 0) + 1;
    if (cat === 'ok' || (kindFilter !== 'all' && g.kind !== kindFilter) || (catFilter !== 'all' && cat !== catFilter) || shown >= Number(nStr)) continue;
    shown++;
    const lo = Math.max(0, Math.min(g.quote.start, g.speaker?.start ?? 1e9, g.cue?.start ?? 1e9) - 60);
    const hi = Math.min(doc.text.length, Math.max(g.quote.end, g.speaker?.end ?? 0, g.cue?.end ?? 0) + 60);
    const spans: [number, number, string, string][] = [[g.quote.start, g.quote.end, '[Q', 'Q]']];
    if (g.speaker) spans.push([g.speaker.start, g.speaker.end, '<S', 'S>']);
    if (g.cue) spans.push([g.cue.start, g.cue.end, '{C', 'C}']);
    const sub = (spans.map(([s, e, a, b]) => [s - lo, e - lo, a, b]) as [number, number, string, string][]).filter(([s, e]) => s >= 0 && e <= hi - lo);
    console.log(`--- ${g.kind} ${cat} ${doc.id.slice(12, 50)}`);
    console.log('GOLD ' + mark(doc.text.slice(lo, hi), sub).replace(/\n/g, '/'));
    if (best) {
      const ps: [number, number, string, string][] = [[best.quote.start, best.quote.end, '[Q', 'Q]']];
      if (best.speaker) ps.push([best.speaker.start, best.speaker.end, '<S', 'S>']);
      const plo = Math.max(0, Math.min(best.quote.start, best.speaker?.start ?? 1e9) - 20), phi = Math.min(doc.text.length, Math.max(best.quote.end, best.speaker?.end ?? 0) + 20);
      console.log('PRED ' + mark(doc.text.slice(plo, phi), ps.map(([s, e, a, b]) => [s - plo, e - plo, a, b]) as [number, number, string, string][]).replace(/\n/g, '/'));
    }
  }
}
console.log(JSON.stringify(counts));
