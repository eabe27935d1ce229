// Why a predicted content misses the gold one at its edges. For every predicted statement whose content
// overlaps a gold content (best character Jaccard) without being equal to it after the scorer's trimming,
// each wrong edge is classed by side (start too early/late, end too early/late) and by the text between
// the two edges: "that", a cue or speaker (the frame's own words), a following/preceding sentence, a
// tail clause (", X said"), a leading adverbial ("However, "), a quotation mark run, or the first word.
//   npm run --silent eval [-- --split train]   (writes out/<split>.pred.jsonl)
//   npx tsx scripts/analysis/content-boundaries.ts [dev|train] [examples-per-class=3] [class-filter]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { polnearPath, readCorpus, repoRoot } from '../../src/cli/corpus';

type Span = { start: number; end: number };
const [split = 'dev', nEx = '3', filter = ''] = process.argv.slice(2);
const docs = readCorpus(polnearPath(split as 'dev'));
const preds = new Map<string, { quote: Span; cue: Span | null; speaker: Span | null }[]>();
for (const line of readFileSync(resolve(repoRoot, `out/${split}.pred.jsonl`), 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const p = JSON.parse(line) as { id: string; attributions: { quote: Span; cue: Span | null; speaker: Span | null }[] };
  preds.set(p.id, p.attributions);
}

// The scorer's trimming (../shared/eval/score.mjs): white space and edge punctuation do not count.
const EDGE = /[\s.,;:!?"'“”‘’«»()[\]—–-]/;
function trim(text: string, s: Span): Span {
  let a = s.start, b = s.end;
  while (a < b && EDGE.test(text[a]!)) a++;
  while (b > a && EDGE.test(text[b - 1]!)) b--;
  return { start: a, end: b };
}
const overlap = (x: Span, y: Span): number => Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
const jaccard = (x: Span, y: Span): number => { const o = overlap(x, y); return o / (x.end - x.start + y.end - y.start - o); };
const inside = (x: Span | null | undefined, lo: number, hi: number): boolean => !!x && x.start < hi && x.end > lo;

function classify(text: string, lo: number, hi: number, side: 'start' | 'end', frame: { cue?: Span | null; speaker?: Span | null }[]): string {
  const diff = text.slice(lo, hi);
  const t = diff.trim();
  const words = t.toLowerCase().replace(/[^a-z' ]+/g, ' ').trim().split(/\s+/).filter(Boolean);
  if (!words.length) return 'punctuation only';
  if (words.length === 1 && words[0] === 'that') return '"that"';
  const [pred, gold] = frame;
  const whose = inside(pred?.cue, lo, hi) ? (inside(gold?.cue, lo, hi) ? 'both cues' : 'our cue') : 'gold cue';
  if (frame.some((f) => inside(f.cue, lo, hi))) {
    if (side === 'end' && /^[,\s"”’']/.test(diff)) return `tail clause (${whose} inside)`;
    return `${whose} inside, ${words.length <= 3 ? `"${words.join(' ')}"` : 'longer'}`;
  }
  if (frame.some((f) => inside(f.speaker, lo, hi))) return 'speaker inside';
  if (/[.?!]["”’']?\s+["“‘']?[A-Z]/.test(diff) || /\n/.test(diff)) return 'another sentence/paragraph';
  if (side === 'start' && /,\s*$/.test(diff) && words.length <= 6) return 'leading phrase + comma';
  if (/^\s*,/.test(diff) || (side === 'start' && /,\s*$/.test(diff))) return `comma + ${words[0]}`;
  if (/^\s*[—–-]{1,2}\s/.test(diff) || /\s[—–-]{1,2}\s/.test(diff)) return 'dash';
  return `word "${words[0]}"${words.length > 6 ? ' (long)' : ''}`;
}

const counts = new Map<string, number>();
const examples = new Map<string, string[]>();
let pairs = 0, exact = 0;
for (const doc of docs) {
  const gold = doc.attributions.map((g) => ({ ...g, t: trim(doc.text, g.quote) }));
  for (const p of preds.get(doc.id) ?? []) {
    const pt = trim(doc.text, p.quote);
    if (gold.some((g) => g.t.start === pt.start && g.t.end === pt.end)) { exact++; continue; }
    let best: (typeof gold)[number] | null = null, bj = 0;
    for (const g of gold) { const j = jaccard(pt, g.t); if (j > bj) { bj = j; best = g; } }
    if (!best) continue;
    pairs++;
    const frames = [p, best];
    const edges: [string, number, number, 'start' | 'end'][] = [];
    if (pt.start < best.t.start) edges.push(['start too early', pt.start, best.t.start, 'start']);
    if (pt.start > best.t.start) edges.push(['start too late', best.t.start, pt.start, 'start']);
    if (pt.end > best.t.end) edges.push(['end too late', best.t.end, pt.end, 'end']);
    if (pt.end < best.t.end) edges.push(['end too early', pt.end, best.t.end, 'end']);
    for (const [side, lo, hi, which] of edges) {
      // A different cue means a different frame (often the wrong cue word), not a boundary to move.
      const sameCue = !!p.cue && !!best.cue && overlap(p.cue, best.cue) > 0;
      const key = `${sameCue ? '' : '[other cue] '}${side}: ${classify(doc.text, lo, hi, which, frames)}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      const ex = examples.get(key) ?? [];
      const ctx = (a: number, b: number): string => doc.text.slice(a, b).replace(/\n/g, '¶');
      if (ex.length < Number(nEx)) ex.push(`${ctx(Math.max(0, lo - 70), lo)}[${ctx(lo, hi)}]${ctx(hi, hi + 50)}   (single edge: ${edges.length === 1})`);
      examples.set(key, ex);
    }
  }
}
console.log(`${split}: ${exact} predictions exact, ${pairs} overlapping a gold content but not equal`);
for (const [key, n] of [...counts].sort((a, b) => b[1] - a[1])) {
  if (filter && !key.includes(filter)) continue;
  if (n < 3 && !filter) continue;
  console.log(`${String(n).padStart(5)}  ${key}`);
  for (const e of examples.get(key) ?? []) console.log(`         ${e}`);
}
