// A learned gate for the cue words the rules turn away, measured held out (session 17, docs/decisions.md; not in the
// engine). Candidates: words outside quotations and outside every cue findCues found, not capitalized, lexicon cue
// share 0.25–0.45 (CUE_THRESHOLD.share), seen in cues at least twice, no denial or confirmation, no "that" after.
// Each candidate let through becomes a one-word cue (with its auxiliaries); each one whose cue makes a statement the
// rules did not make is an example, right by one of four labels (--label): 'speaker' (its trimmed speaker span is a
// gold speaker span of the document the rules' statements lack), 'attribution' (it finds a gold statement the rules'
// statements did not find, by the scorer's match), 'both', 'either'. Logistic regression by SGD in a fixed order over
// 16 hashed features (the word, its share band, the two tokens before and after, word × next, word × previous, the
// subject before it alone, × word and × band, quotations in the sentence, the word's position, previous × next,
// band × next). A wrapper around findCues (findStatementSpans' cue finder), so it runs the span stages only: speaker
// spans are scored before resolution (they are the same spans) and a few candidates differ from a gate inside findCues.
//   npx tsx scripts/analysis/cue-gate.ts [--label both] [--p 0.3,0.4] [--fit '{"rate":0.05}'] [--clause] [--dev]
// Default: fitted on the even train documents and scored on the odd ones, then the reverse, against the rules alone
// (speaker span exact, attribution and quote span exact F1 of the held-out half). --dev: fitted on all of train, dev
// scored once per threshold. --clause: only candidates with a clause opener, a quotation mark, ':' or ',' next.
import { findStatementSpans } from '../../src/core/index';
import { type Cue, findCues } from '../../src/core/cues';
import type { Context } from '../../src/core/context';
import type { Sentence } from '../../src/core/sentences';
import { AUX_ADV, CUE_INFO, PRONOUNS } from '../../src/core/lexicon';
import { QMARK, SQMARK, WORD } from '../../src/core/tokens';
import type { Attribution } from '../../src/core/types';
import { polnearPath, readCorpus, type GoldDoc } from '../../src/cli/corpus';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
type Label = 'speaker' | 'attribution' | 'both' | 'either';
const label = (opt('--label') ?? 'both') as Label;
const probabilities = (opt('--p') ?? '0.3').split(',').map(Number);
const fit = { epochs: 10, rate: 0.05, l2: 1e-4, minCount: 5, minWeight: 0.1, ...(opt('--fit') ? JSON.parse(opt('--fit')!) as object : {}) };
const clauseOnly = args.includes('--clause');
const MIN_SHARE = 0.25, MAX_SHARE = 0.45, MIN_COUNT = 2;

// ---- features ----
/** A hash of a template number and two values (murmur3's finalizer). */
function mix(template: number, a: number, b: number): number {
  let h = Math.imul(template + 0x9e3779b9, 0x85ebca6b) ^ a;
  h = Math.imul(h ^ (h >>> 16), 0xc2b2ae35) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0x27d4eb2d);
  return h ^ (h >>> 16);
}
/** A token as one value: its word's slot (tokens.ts), a capitalized word inside the sentence, a quoted word, a
 *  quotation mark, a punctuation mark's character, or the sentence's edges. */
function tokenValue(c: Context, s: Sentence, k: number): number {
  if (k < s.from) return 1;
  if (k >= s.to) return 2;
  const kind = c.t.kind[k];
  if (kind === WORD) return c.regionOf[k]! >= 0 ? 4 : c.t.cap[k] && k > s.from ? 3 : 0x10000 + c.t.slot[k]!;
  if (kind === QMARK || kind === SQMARK) return 5;
  return 16 + c.text.charCodeAt(c.t.start[k]!);
}
/** What stands before the word past its auxiliaries (three tokens back at most): none, a pronoun, a name, a word, a mark. */
function subjectBefore(c: Context, s: Sentence, i: number): number {
  let k = i - 1;
  while (k >= s.from && k > i - 4 && c.t.kind[k] === WORD && !c.t.cap[k] && AUX_ADV.has(c.t.lower[k]!)) k--;
  if (k < s.from) return 0;
  if (c.t.kind[k] !== WORD) return 4;
  if (c.t.cap[k]) return 2;
  return PRONOUNS.has(c.t.lower[k]!) ? 1 : 3;
}
function features(c: Context, s: Sentence, i: number, share: number): number[] {
  const w = c.t.slot[i]!, band = Math.floor(share * 20);
  const p1 = tokenValue(c, s, i - 1), p2 = tokenValue(c, s, i - 2), n1 = tokenValue(c, s, i + 1), n2 = tokenValue(c, s, i + 2);
  const subject = subjectBefore(c, s, i);
  let quotes = 0;
  for (let k = s.from; k < s.to; k++) if (c.regionOf[k]! >= 0) quotes |= k < i ? 1 : 2;
  const at = i - s.from, position = at < 3 ? at : at < 6 ? 3 : at < 11 ? 4 : 5;
  return [mix(0, 0, 0), mix(1, w, 0), mix(2, band, 0), mix(3, p1, 0), mix(4, p2, 0), mix(5, n1, 0), mix(6, n2, 0),
    mix(7, w, n1), mix(8, w, p1), mix(9, subject, 0), mix(10, subject, w), mix(11, subject, band), mix(12, quotes, 0),
    mix(13, position, 0), mix(14, p1, n1), mix(15, band, n1)];
}
const CLAUSE_NEXT = new Set(['to', 'how', 'what', 'why', 'whether', 'if', 'when', 'where', 'who', 'which', 'he', 'she', 'they', 'we', 'i', 'there']);
function clauseNext(c: Context, s: Sentence, i: number): boolean {
  if (i + 1 >= s.to) return false;
  const kind = c.t.kind[i + 1];
  if (kind === WORD) return CLAUSE_NEXT.has(c.t.lower[i + 1]!);
  if (kind === QMARK || kind === SQMARK) return true;
  const ch = c.text[c.t.start[i + 1]!];
  return ch === ':' || ch === ',';
}

// ---- the gate as a cue finder ----
/** Asked for each candidate with its features; true lets it through as a cue. */
let decide: (c: Context, i: number, f: number[]) => boolean = () => false;
function gatedCues(c: Context, s: Sentence): readonly Cue[] {
  const cues = findCues(c, s);
  let added: Cue[] | undefined;
  let j = 0;
  for (let i = s.from; i < s.to; i++) {
    while (j < cues.length && cues[j]!.last < i) j++;
    if (j < cues.length && cues[j]!.first <= i) continue;
    if (c.t.kind[i] !== WORD || c.regionOf[i]! >= 0 || c.t.cap[i]) continue;
    const info = CUE_INFO.get(c.t.lower[i]!);
    if (!info || info.stance || info.share < MIN_SHARE || info.share >= MAX_SHARE || info.count < MIN_COUNT) continue;
    if (i + 1 < s.to && c.t.lower[i + 1] === 'that') continue;
    if (clauseOnly && !clauseNext(c, s, i)) continue;
    if (!decide(c, i, features(c, s, i, info.share))) continue;
    let first = i;
    while (first - 1 >= s.from && c.t.kind[first - 1] === WORD && !c.t.cap[first - 1] && c.regionOf[first - 1]! < 0 &&
      AUX_ADV.has(c.t.lower[first - 1]!) && !(j > 0 && cues[j - 1]!.last >= first - 1)) first--;
    (added ??= []).push({ first, last: i, head: i, score: info.share, according: false, prep: undefined, weak: undefined,
      sourceThat: undefined, copular: undefined, labelClose: undefined, objectEnd: undefined });
  }
  return added ? [...cues, ...added].sort((a, b) => a.first - b.first) : cues;
}
const spans = (doc: GoldDoc): Attribution[] => findStatementSpans(doc.text, {}, gatedCues).attributions;

// ---- the scorer's rules (../shared/eval/score.mjs) ----
interface Span { start: number; end: number }
const EDGE = /[\s.,;:!?"'“”‘’«»()\[\]—–-]/;
function trim(text: string, s: Span | null | undefined): Span | null {
  if (!s || s.end <= s.start) return null;
  let a = Math.max(0, s.start), b = Math.min(text.length, s.end);
  while (a < b && EDGE.test(text[a]!)) a++;
  while (b > a && EDGE.test(text[b - 1]!)) b--;
  return b > a ? { start: a, end: b } : null;
}
const overlap = (x: Span, y: Span): number => Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
const jaccard = (x: Span, y: Span): number => { const o = overlap(x, y); return o / (x.end - x.start + y.end - y.start - o); };
const key = (s: Span): string => `${s.start}:${s.end}`;
const keys = (text: string, list: readonly (Span | null | undefined)[]): Set<string> => {
  const out = new Set<string>();
  for (const x of list) { const s = trim(text, x); if (s) out.add(key(s)); }
  return out;
};
/** For each prediction, the gold statement it finds by the scorer's attribution match, or -1. */
function foundBy(doc: GoldDoc, preds: readonly Attribution[]): number[] {
  const text = doc.text;
  const golds = doc.attributions.map((a) => ({ q: trim(text, a.quote), s: a.speaker ? trim(text, a.speaker) ?? a.speaker : null }));
  const ps = preds.map((p) => ({ q: trim(text, p.quote), s: trim(text, p.speaker) }));
  const pairs: [number, number, number][] = [];
  golds.forEach((g, gi) => ps.forEach((p, pi) => { if (g.q && p.q && jaccard(g.q, p.q) >= 0.5) pairs.push([jaccard(g.q, p.q), gi, pi]); }));
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const gUsed = new Set<number>(), pUsed = new Set<number>(), out = preds.map(() => -1);
  for (const [, gi, pi] of pairs) {
    if (gUsed.has(gi) || pUsed.has(pi)) continue;
    gUsed.add(gi); pUsed.add(pi);
    const g = golds[gi]!, p = ps[pi]!;
    if (!g.s ? !preds[pi]!.speaker : !!p.s && overlap(g.s, p.s) > 0) out[pi] = gi;
  }
  return out;
}
type Count = [number, number, number];
interface Counts { spk: Count; quote: Count; attr: Count }
function score(docs: readonly GoldDoc[]): Counts {
  const t: Counts = { spk: [0, 0, 0], quote: [0, 0, 0], attr: [0, 0, 0] };
  for (const doc of docs) {
    const preds = spans(doc).filter((a) => trim(doc.text, a.quote));
    const golds = doc.attributions.filter((a) => trim(doc.text, a.quote));
    const add = (c: Count, g: Set<string>, p: Set<string>): void => { for (const k of p) if (g.has(k)) c[0]++; c[1] += p.size; c[2] += g.size; };
    add(t.spk, keys(doc.text, golds.map((a) => a.speaker)), keys(doc.text, preds.map((a) => a.speaker)));
    add(t.quote, keys(doc.text, golds.map((a) => a.quote)), keys(doc.text, preds.map((a) => a.quote)));
    t.attr[0] += foundBy({ ...doc, attributions: golds }, preds).filter((g) => g >= 0).length; t.attr[1] += preds.length; t.attr[2] += golds.length;
  }
  return t;
}
const f1 = ([tp, p, g]: Count): string => (200 * tp / (p + g)).toFixed(2);
const show = (name: string, t: Counts): string =>
  `${name.padEnd(12)} speaker exact ${f1(t.spk)} (${t.spk[0]}/${t.spk[1]})  attribution ${f1(t.attr)} (${t.attr[0]}/${t.attr[1]})  quote exact ${f1(t.quote)} (${t.quote[0]})`;

// ---- examples and the fit ----
interface Example { features: number[]; speaker: boolean; attribution: boolean }
function examplesOf(docs: readonly GoldDoc[]): Example[] {
  const out: Example[] = [];
  for (const doc of docs) {
    decide = () => false;
    const rules = spans(doc);
    const asked: { head: number; f: number[] }[] = [];
    decide = (c, i, f) => { asked.push({ head: c.t.start[i]!, f }); return true; };
    const all = spans(doc);
    decide = () => false;
    const ruleStatements = new Set(rules.map((a) => `${a.quote.start}:${a.quote.end}:${a.cue?.start}:${a.speaker?.start}:${a.speaker?.end}`));
    const goldSpeakers = keys(doc.text, doc.attributions.map((a) => a.speaker)), ruleSpeakers = keys(doc.text, rules.map((a) => a.speaker));
    const ruleFound = new Set(foundBy(doc, rules)), allFound = foundBy(doc, all);
    for (const { head, f } of asked) {
      let made = false, speaker = false, attribution = false;
      all.forEach((a, pi) => {
        if (!a.cue || a.cue.start > head || a.cue.end <= head) return;
        if (ruleStatements.has(`${a.quote.start}:${a.quote.end}:${a.cue.start}:${a.speaker?.start}:${a.speaker?.end}`)) return;
        made = true;
        const s = trim(doc.text, a.speaker);
        if (s && goldSpeakers.has(key(s)) && !ruleSpeakers.has(key(s))) speaker = true;
        if (allFound[pi]! >= 0 && !ruleFound.has(allFound[pi]!)) attribution = true;
      });
      if (made) out.push({ features: f, speaker, attribution });
    }
  }
  return out;
}
const right = (e: Example): boolean => label === 'speaker' ? e.speaker : label === 'attribution' ? e.attribution
  : label === 'both' ? e.speaker && e.attribution : e.speaker || e.attribution;
function fitGate(examples: readonly Example[]): Map<number, number> {
  const seen = new Map<number, number>();
  for (const e of examples) for (const f of e.features) seen.set(f, (seen.get(f) ?? 0) + 1);
  const w = new Map<number, number>();
  for (const [f, n] of seen) if (n >= fit.minCount) w.set(f, 0);
  for (let epoch = 0; epoch < fit.epochs; epoch++) {
    const rate = fit.rate / (1 + epoch);
    for (const e of examples) {
      let z = 0;
      for (const f of e.features) z += w.get(f) ?? 0;
      const g = 1 / (1 + Math.exp(-z)) - (right(e) ? 1 : 0);
      for (const f of e.features) { const v = w.get(f); if (v !== undefined) w.set(f, v - rate * (g + fit.l2 * v)); }
    }
  }
  for (const [f, v] of w) if (Math.abs(v) < fit.minWeight) w.delete(f);
  return w;
}
const rates = (list: readonly Example[]): string => {
  const pct = (n: number): string => `${n} (${(100 * n / list.length).toFixed(1)}%)`;
  return `${list.length} examples, speaker-right ${pct(list.filter((e) => e.speaker).length)}, attribution-right ${pct(list.filter((e) => e.attribution).length)}, both ${pct(list.filter((e) => e.speaker && e.attribution).length)}`;
};
function scoreGated(docs: readonly GoldDoc[], weights: Map<number, number>, name: string): void {
  decide = () => false;
  console.log(show(`${name} rules`, score(docs)));
  for (const p of probabilities) {
    const threshold = Math.log(p / (1 - p));
    decide = (_c, _i, f) => f.reduce((z, h) => z + (weights.get(h) ?? 0), 0) >= threshold;
    console.log(show(`${name} p≥${p}`, score(docs)));
  }
  decide = () => false;
}

const train = readCorpus(polnearPath('train'));
if (args.includes('--dev')) {
  const examples = examplesOf(train);
  console.log(`train: ${rates(examples)}`);
  const weights = fitGate(examples);
  console.log(`${weights.size} weights`);
  scoreGated(readCorpus(polnearPath('dev')), weights, 'dev');
} else {
  for (const fitHalf of [0, 1]) {
    const examples = examplesOf(train.filter((_, d) => d % 2 === fitHalf));
    console.log(`fitted on the ${fitHalf ? 'odd' : 'even'} half: ${rates(examples)}`);
    const weights = fitGate(examples);
    console.log(`${weights.size} weights`);
    scoreGated(train.filter((_, d) => d % 2 !== fitHalf), weights, fitHalf ? 'even' : 'odd');
  }
}
