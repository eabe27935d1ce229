#!/usr/bin/env node
// Classifies the speaker spans behind `speaker span exact` (scored as sets of trimmed spans per document):
// every predicted span that is not a gold span, and every gold span no prediction has, by how it went wrong.
// Run `npm run eval [-- --split train]` first, then:
//   node scripts/analysis/speaker-span-errors.mjs [dev|train] [category-to-list] [n]
// Categories of wrong predictions: boundary (overlaps a gold speaker; the words added or missing at each edge
// are tallied), gold-null (the statement matches a gold one whose source is null), wrong-mention (matches a gold
// statement with another speaker), no-statement (no gold statement overlaps its content).
// Categories of missed gold spans: pred-null (our statement has no speaker), pred-other (our statement has a
// different speaker), no-statement (no prediction for that statement).
import { readFileSync } from 'node:fs';

const [split = 'dev', listCat = '', nStr = '30'] = process.argv.slice(2);
const read = (p) => readFileSync(p, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const gold = read(new URL(`../../../shared/corpora/polnear/${split}.jsonl`, import.meta.url));
const pred = new Map(read(new URL(`../../out/${split}.pred.jsonl`, import.meta.url)).map((d) => [d.id, d]));

// Same trimming as ../shared/eval/score.mjs, so a span counts here exactly when it counts there.
const EDGE = /[\s.,;:!?"'“”‘’«»()\[\]—–-]/;
function trim(text, s) {
  if (!s || !Number.isInteger(s.start) || !Number.isInteger(s.end) || s.end <= s.start) return null;
  let a = Math.max(0, s.start), b = Math.min(text.length, s.end);
  while (a < b && EDGE.test(text[a])) a++;
  while (b > a && EDGE.test(text[b - 1])) b--;
  return b > a ? { start: a, end: b } : null;
}
const overlap = (x, y) => Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
const jaccard = (x, y) => { const o = overlap(x, y); return o / (x.end - x.start + y.end - y.start - o); };
const key = (s) => `${s.start}:${s.end}`;

const counts = {};
const edges = {};
const examples = {};
const note = (cat, line) => {
  counts[cat] = (counts[cat] ?? 0) + 1;
  (examples[cat] ??= []).push(line);
};
// Boundary errors are tallied by their first extra/missing word so that frequent causes stand out.
const edgeNote = (side, words) => {
  const w = words.trim().split(/\s+/).slice(0, 2).join(' ').toLowerCase();
  const k = `${side}: ${w.length > 30 ? w.slice(0, 30) + '…' : w}`;
  edges[k] = (edges[k] ?? 0) + 1;
};

for (const doc of gold) {
  const text = doc.text;
  const preds = (pred.get(doc.id)?.attributions ?? []).map((a) => ({ ...a, q: trim(text, a.quote), s: trim(text, a.speaker) })).filter((a) => a.q);
  const golds = doc.attributions.map((a) => ({ ...a, q: trim(text, a.quote), s: trim(text, a.speaker) })).filter((a) => a.q);
  const goldSpans = new Map(golds.filter((g) => g.s).map((g) => [key(g.s), g]));
  const predSpans = new Map(preds.filter((p) => p.s).map((p) => [key(p.s), p]));
  const ctx = (s) => text.slice(Math.max(0, s.start - 60), s.end + 60).replace(/\s+/g, ' ');
  for (const [k, p] of predSpans) {
    if (goldSpans.has(k)) continue;
    const ps = p.s;
    const g = [...goldSpans.values()].find((x) => overlap(x.s, ps) > 0);
    const line = () => `${doc.id}\n   PRED [${text.slice(ps.start, ps.end)}]${g ? `  GOLD [${text.slice(g.s.start, g.s.end)}]` : ''}\n   … ${ctx(ps)} …`;
    if (g) {
      const gs = g.s;
      if (ps.start < gs.start) edgeNote('extra left', text.slice(ps.start, gs.start));
      if (ps.start > gs.start) edgeNote('missing left', text.slice(gs.start, ps.start));
      if (ps.end > gs.end) edgeNote('extra right', text.slice(gs.end, ps.end));
      if (ps.end < gs.end) edgeNote('missing right', text.slice(ps.end, gs.end));
      const cat = ps.start <= gs.start && ps.end >= gs.end ? 'boundary:too-long' : ps.start >= gs.start && ps.end <= gs.end ? 'boundary:too-short' : 'boundary:shifted';
      note(cat, line());
      continue;
    }
    let best = null, bj = 0;
    for (const x of golds) { const j = jaccard(x.q, p.q); if (j > bj) { bj = j; best = x; } }
    if (best && bj >= 0.5) note(best.s ? 'wrong-mention' : 'gold-null', line() + (best.s ? `\n   GOLD speaker [${text.slice(best.s.start, best.s.end)}]` : ''));
    else note('no-statement', line());
  }
  for (const [k, g] of goldSpans) {
    if (predSpans.has(k)) continue;
    if ([...predSpans.values()].some((p) => overlap(p.s, g.s) > 0)) continue; // counted above as a boundary error
    let best = null, bj = 0;
    for (const x of preds) { const j = jaccard(x.q, g.q); if (j > bj) { bj = j; best = x; } }
    const line = `${doc.id}\n   GOLD [${text.slice(g.s.start, g.s.end)}]  … ${ctx(g.s)} …`;
    if (best && bj >= 0.5) note(best.s ? 'missed:pred-other' : 'missed:pred-null', line + (best.s ? `  PRED [${text.slice(best.s.start, best.s.end)}]` : ''));
    else note('missed:no-statement', line);
  }
}

console.log('category counts');
for (const [c, n] of Object.entries(counts).sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(5)}  ${c}`);
console.log('boundary edges (first two words of the difference)');
for (const [e, n] of Object.entries(edges).sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`  ${String(n).padStart(5)}  ${e}`);
if (listCat) for (const l of (examples[listCat] ?? []).slice(0, Number(nStr))) console.log(l);
