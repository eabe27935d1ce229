// Statements inside statements: for every (host, inner) pair that nesting.ts drops, does PolNeAR split there
// (gold marks the inner statement, and the host's gold content ends before the inner cue)? Prints one JSON line
// per pair with its features, for counting conditions on train before writing a rule.
//   npx tsx scripts/analysis/nested-splits.ts [split=train] > pairs.jsonl
import type { Attribution } from '../../src/core/types';
import { PARA, tokenize } from '../../src/core/tokens';
import { unreadClasses } from '../../src/core/word-classes';
import { findQuotes } from '../../src/core/quotes';
import { splitSentences } from '../../src/core/sentences';
import { findCues } from '../../src/core/cues';
import { buildFrames, type Frame } from '../../src/core/frames';
import { assemble } from '../../src/core/assemble';
import { nestedHosts } from '../../src/core/nesting';
import { askedQuestionFrame, colonIntroFrame, colonQuoteFrame, colonSpeakerFrame, leadingCueFrame, quoteTailFrame } from '../../src/core/quote-frames';
import type { Context } from '../../src/core/context';
import { CUE_SHARE } from '../../src/core/lexicon';
import { polnearPath, readCorpus, type GoldAttribution } from '../../src/cli/corpus';
import { jaccard, overlap, trim, type Span as S } from './scorer-spans';

const [split = 'train'] = process.argv.slice(2);

function unnested(text: string): { list: Attribution[]; regions: { start: number; end: number }[] } {
  const t = tokenize(text);
  const { regions, regionOf } = findQuotes(text, t);
  const sentences = splitSentences(text, t, regionOf, (k) => regionOf[k]! >= 0 && regions[regionOf[k]!]!.close === k);
  const c: Context = { text, t, regions, regionOf, sentences, classes: unreadClasses(t) };
  const frames: Frame[] = [];
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    for (const f of [quoteTailFrame(c, s, sentences[si + 1]), colonIntroFrame(c, s), leadingCueFrame(c, s), askedQuestionFrame(c, s), colonQuoteFrame(c, s), colonSpeakerFrame(c, s, s.from === 0 || t.kind[s.from - 1] === PARA)]) if (f) frames.push(f);
    const cues = findCues(c, s);
    if (cues.length) buildFrames(c, s, cues, frames);
  }
  const list = assemble(c, frames).filter((a) => a.quote.start < a.quote.end);
  return { list, regions: regions.map((r) => ({ start: t.start[r.open]!, end: t.end[r.close]! })) };
}

function matches(text: string, g: GoldAttribution, p: Attribution): boolean {
  const gq = trim(text, g.quote), pq = trim(text, p.quote);
  if (!gq || !pq || jaccard(gq, pq) < 0.5) return false;
  if (!g.speaker) return !p.speaker;
  if (!p.speaker) return false;
  const gs = trim(text, g.speaker) ?? g.speaker, ps = trim(text, p.speaker);
  return !!ps && overlap(gs, ps) > 0;
}

for (const doc of readCorpus(polnearPath(split as 'train'))) {
  const text = doc.text;
  const { list, regions } = unnested(text);
  const hosts = nestedHosts(text, list, regions);
  for (const [inner, host] of hosts) {
    const cue = inner.cue!;
    const at = Math.min(cue.start, inner.speaker?.start ?? cue.start, inner.quote.start);
    const goldInner = doc.attributions.some((g) => matches(text, g, inner));
    const goldInnerCue = doc.attributions.some((g) => g.cue && overlap(g.cue, cue) > 0);
    const hostGold = host.cue ? doc.attributions.find((g) => g.cue && overlap(g.cue, host.cue!) > 0) : undefined;
    const hostRight = doc.attributions.some((g) => matches(text, g, host));
    const cut = { ...host, quote: { start: host.quote.start, end: at } };
    const cutRight = doc.attributions.some((g) => matches(text, g, cut));
    const cueWords = text.slice(cue.start, cue.end).toLowerCase().split(/\s+/);
    const share = Math.max(...cueWords.map((w) => CUE_SHARE.get(w.replace(/[^a-z'’-]/g, '')) ?? 0));
    console.log(JSON.stringify({
      doc: doc.id, hostKind: host.kind, innerKind: inner.kind, cue: cueWords.join(' '), share,
      hostCue: host.cue ? text.slice(host.cue.start, host.cue.end) : '',
      speaker: inner.speaker ? text.slice(inner.speaker.start, inner.speaker.end) : null,
      speakerInHost: !!inner.speaker && inner.speaker.start >= host.quote.start,
      before: text.slice(Math.max(host.quote.start, at - 40), at), after: text.slice(at, Math.min(text.length, at + 60)),
      into: at - host.quote.start, hostLen: host.quote.end - host.quote.start,
      goldInner, goldInnerCue, hostRight, cutRight,
      hostGoldEndsBefore: hostGold ? hostGold.quote.end <= cue.start : null,
    }));
  }
}
