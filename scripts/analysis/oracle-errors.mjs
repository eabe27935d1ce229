// Why gold statements are missed, given a prediction file (e.g. out/oracle.pred.jsonl from oracle-cues.ts):
// per gold statement with a cue, is there no frame on its cue, a content too long/short, or a wrong speaker?
//   node scripts/analysis/oracle-errors.mjs PRED.jsonl [category]   (category prints up to 40 examples)
import { readFileSync } from 'node:fs';

const gold = readFileSync(new URL('../../../shared/corpora/polnear/dev.jsonl', import.meta.url), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const pred = new Map(readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean).map((l) => { const d = JSON.parse(l); return [d.id, d.attributions]; }));
const overlap = (x, y) => Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
const jaccard = (x, y) => { const o = overlap(x, y); return o / (x.end - x.start + y.end - y.start - o); };
const counts = {};
const examples = {};
const note = (cat, line) => { counts[cat] = (counts[cat] ?? 0) + 1; (examples[cat] ??= []).push(line); };
for (const d of gold) {
  const preds = pred.get(d.id) ?? [];
  const span = (s) => (s ? d.text.slice(s.start, s.end) : '-');
  for (const g of d.attributions) {
    if (!g.cue) continue;
    const onCue = preds.filter((p) => p.cue && overlap(p.cue, g.cue) > 0);
    const what = `<${span(g.cue)}> G[${span(g.speaker)}] {${span(g.quote).slice(0, 140)}}`;
    if (!onCue.length) { note('noframe', what); continue; }
    const best = onCue.sort((a, b) => jaccard(b.quote, g.quote) - jaccard(a.quote, g.quote))[0];
    if (jaccard(best.quote, g.quote) >= 0.5) {
      const right = g.speaker ? best.speaker && overlap(best.speaker, g.speaker) > 0 : !best.speaker;
      note(right ? 'ok' : g.speaker ? (best.speaker ? 'speaker-wrong' : 'speaker-missing') : 'speaker-extra', `${what}\n    P[${span(best.speaker)}]`);
    } else {
      const gl = g.quote.end - g.quote.start, pl = best.quote.end - best.quote.start;
      note(pl > gl * 1.3 ? 'content-long' : pl < gl * 0.77 ? 'content-short' : 'content-shifted', `${what}\n    P{${span(best.quote).slice(0, 140)}}`);
    }
  }
}
console.log(counts);
for (const e of (examples[process.argv[3]] ?? []).slice(0, Number(process.env.N ?? 40))) console.log(e);
