// Stage 6: frames → attributions. Overlapping frames compete (the more reliable cue wins), a carrier
// ("…, Reuters reported") gives way to the speaker whose words it carried, kinds are read from the
// quote marks inside the content, and ids a1..aN follow text order. Competition runs only inside
// clusters of frames whose extents overlap, so the cost stays linear in the number of frames.
import type { Attribution, AttributionKind, Stance } from './types';
import { ARTICLES, type Context, COORDINATORS, PRONOUN_CONTRACTION, punct } from './context';
import type { Frame } from './frames';
import { CARRIER_CUES, CONFIRM_CUES, DENY_CUES } from './lexicon';
import { sortStably } from './sort';
import { WORD } from './tokens';
import { CLAUSE_SUBJECTS } from './speakers';

const RELATIVES = new Set(['who', 'which']);

const overlap = (a0: number, a1: number, b0: number, b1: number): number => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));

/** Index of the first region whose end is after `pos` (regions are in text order and do not nest). */
function firstRegionEndingAfter(c: Context, pos: number): number {
  let lo = 0, hi = c.regions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (c.regions[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function kindOf(c: Context, start: number, end: number): AttributionKind {
  const i = firstRegionEndingAfter(c, start);
  const first = c.regions[i];
  if (!first || first.start >= end) return 'indirect';
  let last = first;
  for (let k = i + 1; k < c.regions.length && c.regions[k]!.start < end; k++) last = c.regions[k]!;
  // Quoted from its first word to its last: direct even if a cue interrupts (“A,” he said, “B.”).
  if (first.start <= start + 1 && last.end >= end - 1) return 'direct';
  return 'mixed';
}

function stanceOf(c: Context, f: Frame): Stance {
  const w = c.t.lower[f.cue.head]!;
  if (DENY_CUES.has(w)) return 'deny';
  if (CONFIRM_CUES.has(w)) return 'confirm';
  return 'claim';
}

const cueAt = (c: Context, f: Frame): number => c.t.start[f.cue.head]!;
const extentStart = (c: Context, f: Frame): number => Math.min(f.start, c.t.start[f.cue.first]!, f.speaker ? c.t.start[f.speaker.first]! : f.start);
const extentEnd = (c: Context, f: Frame): number => Math.max(f.end, c.t.end[f.cue.last]!, f.speaker ? c.t.end[f.speaker.last]! : f.end);

/** A tail frame whose cue only carries someone's words ("…, Reuters reported"). */
const isCarrier = (c: Context, f: Frame): boolean => f.side === 'before' && CARRIER_CUES.has(c.t.lower[f.cue.head]!);

/** Does a carrier give way to a statement inside its content? To one whose quoted words it carried ("Gerasimov praised …,
 *  saying they demonstrated “high professionalism …”, Reuters reported": the words are Gerasimov's), and to another
 *  carrier (two outlets in one sentence: their contents are not read apart). A paraphrase is the carrier's own wording
 *  and stays its statement: "The Trump campaign said the candidate will be attending events in Kansas …, CNN
 *  reported" (train: PolNeAR marks the carrier in all 4 such sentences). The carried statement stays beside it
 *  (nesting.ts keeps it, though gold marks it in none of the 4: the reader needs who said it). */
function givesWayToCarried(c: Context, f: Frame, all: Frame[]): boolean {
  const paraphrase = kindOf(c, f.start, f.end) === 'indirect';
  return all.some((k) => k !== f && k.speaker !== null && cueAt(c, k) >= f.start && cueAt(c, k) < f.end && (!paraphrase || isCarrier(c, k)));
}

/** The frames of one cluster that survive: carriers out, then greedy by cue reliability. */
function compete(c: Context, all: Frame[]): Frame[] {
  // A carrier ("…, Reuters reported") gives way to the speaker whose words it carried. Most clusters hold none: they
  // are read as they are, without a filtered copy.
  const frames = all.some((f) => isCarrier(c, f)) ? all.filter((f) => !isCarrier(c, f) || !givesWayToCarried(c, f, all)) : all;
  // Built by push, not frames.map(): an empty map() result has another array shape, and V8 then throws away the
  // optimised code of compete and its callers in the first passes (measured: the bench's warm-up passes 20% slower).
  // Highest score first, earlier frames first among equals: each index inserted in place as it is pushed. A cluster
  // holds a few frames, for which Array.prototype.sort cost more (its work arrays were a fiftieth of all allocation)
  // than the comparisons; the loop over `kept` below is as quadratic.
  const order: number[] = [];
  for (let i = 0; i < frames.length; i++) {
    let j = order.length;
    order.push(i);
    while (j > 0 && frames[order[j - 1]!]!.score < frames[i]!.score) { order[j] = order[j - 1]!; j--; }
    order[j] = i;
  }
  const kept: Frame[] = [];
  for (const i of order) {
    const f = frames[i]!;
    let clash = false;
    for (const k of kept) {
      const o = overlap(f.start, f.end, k.start, k.end);
      const jac = o / (f.end - f.start + k.end - k.start - o);
      const cueInside = cueAt(c, f) >= k.start && cueAt(c, f) < k.end;
      const sameCue = f.cue.head === k.cue.head;
      // A relative clause inside the kept speaker ("Barkley, who said he typically votes democratic, said …") is a
      // statement of its own, spoken by its "who".
      const relativeInSpeaker = f.speaker !== null && f.speaker.first === f.speaker.last && RELATIVES.has(c.t.lower[f.speaker.first]!);
      const cueInSpeaker = k.speaker && f.cue.head >= k.speaker.first && f.cue.head <= k.speaker.last && !relativeInSpeaker;
      // A statement whose content holds a kept statement, speaker and cue ("He said [Obama hopes that …]"), is kept
      // with it: the inner frame's higher cue score used to drop the outer one (dev +6, train +40 matched).
      // A denial or confirmation of a statement is kept with it too: "Kyiv denies [Russia says …]".
      const kCueInF = cueAt(c, k) >= f.start && cueAt(c, k) < f.end;
      const kSpeakerInF = !k.speaker || (c.t.start[k.speaker.first]! >= f.start && c.t.end[k.speaker.last]! <= f.end);
      const nested = kCueInF && !sameCue && !cueInSpeaker && (kSpeakerInF || stanceOf(c, f) !== 'claim');
      if ((jac > 0.5 && !nested) || sameCue || cueInSpeaker || (cueInside && c.regionOf[f.cue.head]! >= 0)) { clash = true; break; }
    }
    if (!clash) kept.push(f);
  }
  return kept;
}

/** Most clusters hold one frame, which always survives: only real competitions pay for compete's arrays. A cluster is
 *  byStart[from, to): a list of its own per cluster, grown by push, took room for 16 frames each time. */
function keepWinners(c: Context, byStart: Frame[], from: number, to: number, final: Frame[]): void {
  if (to - from === 1) { final.push(byStart[from]!); return; }
  for (const k of compete(c, byStart.slice(from, to))) final.push(k);
}

export function assemble(c: Context, frames: Frame[]): Attribution[] {
  const byStart = sortStably(frames.slice(), (a, b) => extentStart(c, a) - extentStart(c, b));
  const final: Frame[] = [];
  let clusterFrom = 0;
  let clusterEnd = -1;
  for (let i = 0; i < byStart.length; i++) {
    const f = byStart[i]!;
    if (i > clusterFrom && extentStart(c, f) >= clusterEnd) {
      keepWinners(c, byStart, clusterFrom, i, final);
      clusterFrom = i;
    }
    clusterEnd = Math.max(clusterEnd, extentEnd(c, f));
  }
  if (byStart.length > clusterFrom) keepWinners(c, byStart, clusterFrom, byStart.length, final);
  sortStably(final, (a, b) => a.start - b.start || a.end - b.end);
  dropStatementsInsideSpeakers(c, final);
  dropRestrictiveRelativesOfMentions(c, final);
  endMentionsBeforeSpeakingRelatives(c, final);
  endMentionsBeforeDanglingWords(c, final);
  const out: Attribution[] = [];
  for (let i = 0; i < final.length; i++) out.push(attributionOf(c, final[i]!, i));
  return out;
}

/** "Jorge Castañeda, a former Mexican foreign minister who is a harsh critic of Mr. Peña Nieto, suggests …": a statement
 *  whose cue and content lie inside another statement's speaker mention is part of that description, not a statement
 *  of its own (compete drops it when both share a cluster; a content after the cue puts them in different ones). A
 *  relative clause's own statement ("Barkley, who said …, said") stays. */
function dropStatementsInsideSpeakers(c: Context, final: Frame[]): void {
  let w = 0;
  for (let i = 0; i < final.length; i++) {
    const f = final[i]!;
    // Nor one spoken by a pronoun: "His popularity, even after he criticized …, shows" holds a clause of its own, and
    // the mention around it ran too far. ("who’s argued …" is the relative's, like "who".)
    const relative = f.speaker !== null && f.speaker.first === f.speaker.last && OWN_CLAUSE_SPEAKERS.has(c.t.lower[f.speaker.first]!);
    let inside = false;
    // Speakers lie near their frames: only the statements a few places either side can hold this one in theirs.
    for (let j = Math.max(0, i - 4); j < Math.min(final.length, i + 5) && !inside && !relative; j++) {
      const sp = final[j]!.speaker;
      if (j === i || !sp) continue;
      inside = f.cue.head >= sp.first && f.cue.head <= sp.last && f.start >= c.t.start[sp.first]! && f.end <= c.t.end[sp.last]!;
    }
    if (!inside) final[w++] = f;
  }
  final.length = w;
}

/** "said Robert B. Reich, a secretary of labor during the Clinton administration who has endorsed Senator Bernie
 *  Sanders", "Laurence Meyer, a former Fed governor who argued with Ms. Brainard …, said": a restrictive "who" (no
 *  comma or dash before it) closing an appositive ("X, a …") right after or inside another statement's speaker
 *  describes that speaker, and PolNeAR seldom marks its clause as a statement (train: 2 of 17 such statements right).
 *  Without an appositive the clause speaks more often ("A woman who has accused …", "two senators present who
 *  requested anonymity": 3 of 12), and those statements stay. */
function dropRestrictiveRelativesOfMentions(c: Context, final: Frame[]): void {
  let w = 0;
  for (let i = 0; i < final.length; i++) {
    const f = final[i]!;
    let described = false;
    const k = f.speaker !== null && f.speaker.first === f.speaker.last ? f.speaker.first : -1;
    // Not after a conjunction: "… and who has endorsed Sanders" coordinates a second clause.
    if (k > 0 && c.t.lower[k] === 'who' && c.t.cap[k] === 0 && c.t.kind[k - 1] === WORD && !COORDINATORS.has(c.t.lower[k - 1]!)) {
      for (let j = Math.max(0, i - 4); j < Math.min(final.length, i + 5) && !described; j++) {
        const sp = final[j]!.speaker;
        described = j !== i && sp !== null && sp.first < k && sp.last >= k - 1 && appositiveBefore(c, sp.first, k);
      }
    }
    if (!described) final[w++] = f;
  }
  final.length = w;
}

/** Does an appositive with an article ("X, a former Fed governor", "X, 32, a former staff member") run from the last
 *  comma between tokens `from` and `k` (the "who") to `k`? */
function appositiveBefore(c: Context, from: number, k: number): boolean {
  let comma = k - 1;
  while (comma > from && punct(c, comma) !== ',') comma--;
  return comma > from && comma + 1 < k && ARTICLES.has(c.t.lower[comma + 1]!);
}

const OWN_CLAUSE_SPEAKERS = new Set(['who', 'which', 'who’s', "who's", ...CLAUSE_SUBJECTS]);

/** "host Bill Maher, who is supporting Sanders, …", "the Huffington Post, which originally said …, said": when the
 *  "who" or "which" of a relative clause inside a mention speaks a statement of its own, the mention ends before the
 *  clause's comma. PolNeAR train: of the mentions followed by ", who …", all 84 whose "who" is itself a source leave
 *  the clause out, while other "who" clauses stay in 241 of 333; ", which …" likewise, 9 of 9. speakers.ts's
 *  saysRelative sees only a cue word right after "who"; this sees every frame the engine kept. */
function endMentionsBeforeSpeakingRelatives(c: Context, final: Frame[]): void {
  const speakingRelatives = new Set<number>();
  for (const f of final) if (f.speaker && f.speaker.first === f.speaker.last && RELATIVES.has(c.t.lower[f.speaker.first]!)) speakingRelatives.add(f.speaker.first);
  if (speakingRelatives.size === 0) return;
  for (const f of final) {
    const sp = f.speaker;
    if (!sp || sp.first === sp.last) continue;
    for (let k = sp.first + 2; k <= sp.last; k++) {
      if (!speakingRelatives.has(k) || punct(c, k - 1) !== ',') continue;
      f.speaker = { first: sp.first, last: k - 2 };
      f.speakerEndTrim = 0;
      break;
    }
  }
}

/** "Trump in his announcement speech called …", "a Democratic staffer in the room wondered", "That irritates Clinton
 *  supporters on two levels: by suggesting …": a mention never ends in a preposition, an article or a conjunction (the
 *  walks that built it stopped at the phrase after one). PolNeAR train holds no such gold mention among the 28 the
 *  engine made; ending before the word made 4 of them exact and broke none. */
function endMentionsBeforeDanglingWords(c: Context, final: Frame[]): void {
  for (const f of final) {
    const sp = f.speaker;
    if (!sp || sp.first === sp.last || !isDangling(c, sp.last)) continue;
    let last = sp.last;
    while (last > sp.first && (isDangling(c, last) || c.t.kind[last] !== WORD)) last--;
    if (c.t.kind[last] !== WORD) continue;
    f.speaker = { first: sp.first, last };
    f.speakerEndTrim = 0;
  }
}
const isDangling = (c: Context, k: number): boolean => c.t.kind[k] === WORD && c.t.cap[k] === 0 && DANGLING_WORDS.has(c.t.lower[k]!);
const DANGLING_WORDS = new Set(['in', 'of', 'for', 'from', 'at', 'on', 'with', 'by', 'to', 'the', 'a', 'an', 'and', 'or', 'about', 'into']);

function attributionOf(c: Context, f: Frame, i: number): Attribution {
  const sp = f.speaker;
  let speaker: Attribution['speaker'] = null;
  if (sp) {
    const start = c.t.start[sp.first]!;
    let end = c.t.end[sp.last]! - f.speakerEndTrim;
    // A pronoun with a contraction ("He’s", "I've") is the pronoun alone.
    if (sp.first === sp.last) {
      const m = PRONOUN_CONTRACTION.exec(c.t.lower[sp.last]!);
      if (m) end = start + m[1]!.length;
    }
    if (end <= start) end = c.t.end[sp.last]!;
    speaker = { start, end, name: c.text.slice(start, end), type: 'unknown' };
  }
  return {
    id: `a${i + 1}`,
    kind: kindOf(c, f.start, f.end),
    quote: { start: f.start, end: f.end },
    cue: { start: c.t.start[f.cue.first]!, end: c.t.end[f.cue.last]! },
    speaker,
    stance: stanceOf(c, f),
  };
}
