// Precision of classes of predictions: which kinds of statements we predict are mostly wrong? Runs the engine
// over a PolNeAR split, matches predictions to gold as the scorer does (trimmed quote Jaccard >= 0.5, one-to-one,
// greedy by Jaccard; then the speaker mention must overlap), and groups predictions by features (cue word, kind,
// side of the content, speaker form, content shape …). For each class with at least `min` members it prints
// n, right, precision and the attribution F1 change if the class were dropped; low-precision classes first.
// Labels of the wrong ones: speaker (quote matched, speaker wrong), taken (its gold went to another prediction),
// partial (best Jaccard below 0.5), none (overlaps no gold quote).
//   npx tsx scripts/analysis/precision-classes.ts [split=train] [min=20] [feature-prefix] [examples-of-class]
// e.g. `… train 20 after-first:` (classes by the first word of an indirect content after its cue), or
// `… train 5 zzz passive-by:before/q1` (that class's wrong predictions with context and the gold around them).
// ROWS=n prints n rows (80 by default). Session 10 used it to choose the rules of its commits (docs/decisions.md).
import { analyse } from '../../src/core/index';
import type { Attribution } from '../../src/core/types';
import { CUE_SHARE, SPEAKER_SHARE } from '../../src/core/lexicon';
import { polnearPath, readCorpus, type GoldAttribution } from '../../src/cli/corpus';
import { jaccard, overlap, trim, type Span as S } from './scorer-spans';

const [split = 'train', minStr = '20', prefix = '', exampleClass = ''] = process.argv.slice(2);
const min = Number(minStr);


type Label = 'right' | 'speaker' | 'taken' | 'partial' | 'none';
function label(text: string, golds: GoldAttribution[], preds: Attribution[]): Label[] {
  const gq = golds.map((g) => trim(text, g.quote)), pq = preds.map((p) => trim(text, p.quote));
  const pairs: [number, number, number][] = [];
  gq.forEach((g, gi) => pq.forEach((p, pi) => { if (g && p) { const j = jaccard(g, p); if (j >= 0.5) pairs.push([j, gi, pi]); } }));
  pairs.sort((a, b) => b[0] - a[0]);
  const gUsed = new Set<number>(), out: Label[] = preds.map(() => 'none');
  const pUsed = new Set<number>();
  for (const [, gi, pi] of pairs) {
    if (gUsed.has(gi) || pUsed.has(pi)) continue;
    gUsed.add(gi); pUsed.add(pi);
    const g = golds[gi]!, p = preds[pi]!;
    let ok: boolean;
    if (!g.speaker) ok = !p.speaker;
    else if (!p.speaker) ok = false;
    else { const gs = trim(text, g.speaker) ?? g.speaker, ps = trim(text, p.speaker); ok = !!ps && overlap(gs, ps) > 0; }
    out[pi] = ok ? 'right' : 'speaker';
  }
  preds.forEach((p, pi) => {
    if (pUsed.has(pi) || !pq[pi]) return;
    let best = 0;
    for (const g of gq) if (g) best = Math.max(best, jaccard(g, pq[pi]!));
    out[pi] = best >= 0.5 ? 'taken' : best > 0 ? 'partial' : 'none';
  });
  return out;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you', 'him', 'her', 'them']);
const RELATIVE = new Set(['who', 'which', 'that', 'whom']);
const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

function features(text: string, p: Attribution): string[] {
  const f: string[] = [];
  const cueText = p.cue ? text.slice(p.cue.start, p.cue.end).toLowerCase() : '';
  const cueWords = words(cueText);
  f.push(`cue:${cueWords[cueWords.length - 1] ?? '-'}`);
  f.push(`cuefull:${cueText || '-'}`);
  if (cueWords.length > 1) f.push(`cuelen:${Math.min(cueWords.length, 4)}`);
  f.push(`kind:${p.kind}`);
  const q = text.slice(p.quote.start, p.quote.end);
  const qw = words(q.replace(/[“”"‘’]/g, ''));
  // Side of the content relative to the cue.
  let side = 'nocue';
  if (p.cue) side = p.quote.end <= p.cue.start ? 'before' : p.quote.start >= p.cue.end ? 'after' : 'around';
  f.push(`side:${side}`);
  f.push(`kind+side:${p.kind}/${side}`);
  // Speaker form.
  let sp = 'null';
  if (p.speaker) {
    const st = text.slice(p.speaker.start, p.speaker.end);
    const first = words(st)[0] ?? '';
    const lw = first.toLowerCase().replace(/[^a-z']/g, '');
    if (PRONOUNS.has(lw) && words(st).length === 1) sp = 'pronoun';
    else if (RELATIVE.has(lw) && words(st).length === 1) sp = `rel-${lw}`;
    else if (/^[a-z]/.test(first)) sp = `lower-${lw === 'the' || lw === 'a' || lw === 'an' ? 'det' : 'other'}`;
    else if (/^(The|A|An)$/.test(first)) sp = 'Det';
    else if (/^[A-Z]/.test(first)) sp = 'Cap';
    else sp = 'other';
    if (/['’]s?$/.test(st.trim())) sp += '-poss';
    const pos = p.cue ? (p.speaker.end <= p.cue.start ? 'before' : 'after') : 'nocue';
    f.push(`spkpos:${pos}`);
    f.push(`spklen:${Math.min(words(st).length, 6)}`);
    f.push(`spktype:${p.speaker.type}`);
    const lastWord = words(st).pop() ?? '';
    if (/^[a-z]/.test(lastWord)) {
      const hs = SPEAKER_SHARE.get(lastWord.toLowerCase()) ?? 0;
      f.push(`spkhead-lower:share${hs >= 0.3 ? '>=.3' : hs >= 0.1 ? '.1-.3' : hs >= 0.05 ? '.05-.1' : hs > 0 ? '<.05' : '0'}`);
      if (hs < 0.05) f.push(`spkhead-lowshare:${lastWord.toLowerCase()}`);
    }
    if (words(st).length === 1) f.push(`spkword:${st.toLowerCase()}`);
    if (sp === 'rel-who' || sp === 'rel-which') {
      const before = text.slice(Math.max(0, p.speaker.start - 3), p.speaker.start);
      const restr = /[,—–(-]\s*$/.test(before) ? 'comma' : 'restr';
      f.push(`${sp}:${restr}`);
      f.push(`${sp}-cue:${cueText}`);
      f.push(`${sp}:${restr}/${p.kind}`);
      const share = CUE_SHARE.get(cueWords[0] ?? '') ?? 0;
      f.push(`${sp}:${restr}/share${share >= 0.8 ? '>=.8' : share >= 0.6 ? '.6-.8' : '<.6'}`);
    }
  }
  f.push(`speaker:${sp}`);
  f.push(`speaker+side:${sp}/${side}`);
  // Content shape.
  const n = qw.length;
  f.push(`qlen:${n <= 3 ? n : n <= 6 ? '4-6' : n <= 10 ? '7-10' : n <= 20 ? '11-20' : '21+'}`);
  f.push(`qlen+side:${n <= 3 ? n : n <= 6 ? '4-6' : '7+'}/${side}`);
  const qf = (qw[0] ?? '').toLowerCase().replace(/[^a-z']/g, '');
  f.push(`qfirst:${qf}`);
  if (n <= 2) f.push(`qshort:${qw.join(' ').toLowerCase()}`);
  f.push(`qcase:${/^[“"‘]?[A-Z]/.test(q) ? 'Upper' : /^[“"‘]?[a-z]/.test(q) ? 'lower' : 'other'}`);
  if (/\?["”’]?\s*$/.test(q)) f.push('qend:?');
  if (p.kind === 'indirect' && side === 'after') f.push(`after-first:${qf}`);
  if (side === 'before') f.push(`before-first:${qf}`);
  if (side === 'around') f.push(`around-first:${qf}`);
  if (side === 'after') f.push(`after-first2:${qw.slice(0, 2).join(' ').toLowerCase()}`);
  if (!p.speaker) f.push(`nullcue:${cueText}`);
  f.push(`kind+side+spk:${p.kind}/${side}/${sp}`);
  f.push(`stance:${p.stance}`);
  if (p.cue && /^\s+by\b/.test(text.slice(p.cue.end, p.cue.end + 4))) {
    f.push(`passive-by:${side}`);
    f.push(`passive-by:${side}/q${n <= 2 ? n : n <= 5 ? '3-5' : '6+'}`);
  }
  return f;
}

const stats = new Map<string, Record<Label, number>>();
const examples: string[] = [];
let R = 0, P = 0, G = 0;
for (const doc of readCorpus(polnearPath(split as 'train'))) {
  const preds = analyse(doc.text).attributions;
  const labels = label(doc.text, doc.attributions, preds);
  G += doc.attributions.filter((g) => trim(doc.text, g.quote)).length;
  preds.forEach((p, i) => {
    const l = labels[i]!;
    P++; if (l === 'right') R++;
    for (const k of features(doc.text, p)) {
      const s = stats.get(k) ?? { right: 0, speaker: 0, taken: 0, partial: 0, none: 0 };
      s[l]++;
      stats.set(k, s);
      if (k === exampleClass && l !== 'right' && examples.length < 40) {
        const lo = Math.max(0, Math.min(p.quote.start, p.speaker?.start ?? 1e9, p.cue?.start ?? 1e9) - 60);
        const hi = Math.min(doc.text.length, Math.max(p.quote.end, p.speaker?.end ?? 0, p.cue?.end ?? 0) + 60);
        const sp = p.speaker ? doc.text.slice(p.speaker.start, p.speaker.end) : '-';
        const gold = doc.attributions.filter((g) => overlap(g.quote, p.quote) > 0)
          .map((g) => `[${g.speaker ? doc.text.slice(g.speaker.start, g.speaker.end) : '-'}|${doc.text.slice(g.cue?.start ?? 0, g.cue?.end ?? 0)}] ${doc.text.slice(g.quote.start, g.quote.end).slice(0, 100)}`);
        examples.push(`${l} S=${sp} Q=${doc.text.slice(p.quote.start, p.quote.end).slice(0, 120)}\n   CTX ${doc.text.slice(lo, hi).replace(/\n/g, '/')}\n   GOLD ${gold.join(' || ') || '-'}`);
      }
    }
  });
}
const f1 = (r: number, p: number): number => (2 * r) / (p + G);
console.log(`${split}: ${R} right / ${P} predicted / ${G} gold, F1 ${f1(R, P).toFixed(4)}`);
const rows = [...stats].filter(([k, s]) => k.startsWith(prefix) && Object.values(s).reduce((a, b) => a + b) >= min)
  .map(([k, s]) => { const n = Object.values(s).reduce((a, b) => a + b); return { k, n, s, prec: s.right / n, dF1: f1(R - s.right, P - n) - f1(R, P) }; })
  .sort((a, b) => b.dF1 - a.dF1);
for (const r of rows.slice(0, Number(process.env.ROWS ?? 80))) {
  console.log(`${(r.dF1 * 100).toFixed(3).padStart(7)}  P ${(100 * r.prec).toFixed(0).padStart(3)}%  n ${String(r.n).padStart(5)}  right ${r.s.right} spk ${r.s.speaker} taken ${r.s.taken} partial ${r.s.partial} none ${r.s.none}  ${r.k}`);
}
if (examples.length) console.log(examples.join('\n'));
