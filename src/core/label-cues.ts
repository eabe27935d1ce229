// Cues of mixed statements whose verb is no verb of saying: "Reid has been steadily pounding Trump as a “con artist”",
// "Trump openly admires Russian President Vladimir Putin as a “strong leader,”". The quoted label is someone's words
// about the object, and the subject of the verb is who used them.
import { ARTICLES, type Context, isWord, punct, startsWithDigit, word } from './context';
import { type Cue, isAux } from './cues';
import type { QuoteRegion } from './quotes';
import type { Sentence } from './sentences';

/** Most words a quoted label may hold: longer quotations are sentences, not labels. */
const LABEL_WORDS = 10;
/** Most tokens of the object between the verb and its label. */
const OBJECT_TOKENS = 6;
/** Words in verb form that are no verb heading an object: prepositions ("the DLC during a Tuesday interview as …")
 *  and short words ending in -s. */
const NOT_VERBS = new Set(['during', 'including', 'regarding', 'concerning', 'following', 'according', 'excluding', 'as', 'was', 'has',
  'is', 'does', 'this', 'his', 'its', 'us']);
/** Lower-case words that open an object. */
const OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'him', 'them', 'us', 'me', 'it',
  'herself', 'himself', 'themselves', 'itself', 'this', 'that', 'these', 'those']);
/** Lower-case words that belong to an object, never head the verb before it. */
const OBJECT_WORDS = new Set([...OPENERS, 'of', 'and', 'news', 'press', 'business', 'series']);
/** Pronouns that end an object named by a quoted label ("calling him a “stiff”"). */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'it', 'us', 'me', 'himself', 'herself', 'themselves', 'itself']);
/** Particles and prepositions of phrasal verbs that take the labelled object ("gone after", "lashed out at"). */
const PARTICLES = new Set(['after', 'at', 'into', 'against', 'on']);
/** Irregular forms of the verbs of such phrases ("has gone after", "went after", "came down on"). */
const IRREGULAR = new Set(['gone', 'went', 'go', 'come', 'came', 'lit', 'hit', 'laid', 'lay']);
/** Verb endings: the head of the cue is an inflected verb ("admires", "pounding", "branded"). */
const VERB_FORM = /(?:[^s]s|ed|ing)$/;
const PHRASAL_FORM = /(?:ed|ing)$/;

/** Cues whose verb takes an object labelled with a short quotation; `taken` are the sentence's other cues. Weak cues:
 *  they speak only right after a named or pronoun subject (orient.ts). Train: 7 such statements, 6 over a gold one;
 *  dev: 6, all over a gold one. */
export function labelCues(c: Context, s: Sentence, taken: readonly Cue[]): Cue[] {
  const out: Cue[] = [];
  // The quotations that open in the sentence, read from the regions (in text order, none inside another) rather than
  // by testing every token: most sentences hold none.
  const { regions } = c;
  for (let ri = firstRegionFrom(regions, s.from + 3); ri < regions.length && regions[ri]!.open < s.to; ri++) {
    const r = regions[ri]!;
    const q = r.open;
    if (r.close >= s.to || wordsBetween(c, q, r.close) > LABEL_WORDS) continue;
    let as = q - 1;
    if (isWord(c, as) && ARTICLES.has(word(c, as))) as--;
    const link = isWord(c, as) ? word(c, as) : '';
    // "pounding Trump as a “con artist”", "exhorted Republicans to “vote your conscience”", or the label right after
    // the object when an article parts them ("branded North Korea an “outlaw nation …”", "calling him a “stiff”").
    let verb = -1;
    if (link === 'as' || link === 'to') verb = verbBefore(c, s, as);
    else if (as < q - 1 && (c.t.cap[as] || OBJECT_PRONOUNS.has(link))) verb = verbBefore(c, s, as + 1);
    if (verb < 0) continue;
    const head = PARTICLES.has(word(c, verb)) ? verb - 1 : verb;
    if (!taken.some((t) => t.first <= verb && head <= t.last)) {
      let first = head;
      while (first - 1 >= s.from && isWord(c, first - 1) && !c.t.cap[first - 1] && isAux(word(c, first - 1))) first--;
      out.push({ first, last: verb, head, score: 0.5, according: false, weak: true, labelClose: labelEnd(c, s, r.close) });
    }
  }
  return out;
}

/** Index of the first region opening at or after token `from` (regions are sorted by their opening mark). */
function firstRegionFrom(regions: readonly QuoteRegion[], from: number): number {
  let lo = 0, hi = regions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (regions[mid]!.open < from) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** The verb before an object that ends before token `as` (the link word, or the token after the object), or -1. */
function verbBefore(c: Context, s: Sentence, as: number): number {
  for (let k = as - 1; k >= s.from && k >= as - 1 - OBJECT_TOKENS; k--) {
    if (c.regionOf[k]! >= 0) return -1;
    // "rated 32% of Republican claims as “false”": a percentage is part of the object.
    if (!isWord(c, k)) { if (punct(c, k) === '%') continue; return -1; }
    if (c.t.cap[k]) continue;
    const w = word(c, k);
    // "has gone after Trump as a “human leech …”", "went after Trump as …": a phrasal verb's particle ends the cue.
    if (PARTICLES.has(w) && k - 1 >= s.from && isWord(c, k - 1) && !c.t.cap[k - 1] && k + 1 < as && (c.t.cap[k + 1] || OPENERS.has(word(c, k + 1)))) {
      const v = word(c, k - 1);
      // Not a verb in -s: before a particle that is a plural noun as often ("had guns at the ready to “…”").
      if ((PHRASAL_FORM.test(v) || IRREGULAR.has(v)) && !isAux(v) && !NOT_VERBS.has(v) && !OBJECT_WORDS.has(v)) return k;
    }
    if (isAux(w) || NOT_VERBS.has(w)) return -1;
    if (OBJECT_WORDS.has(w) || !VERB_FORM.test(w)) continue;
    // "described as", "known as": a verb right before "as" has no object; the label is its own complement.
    // The object opens with a name or a determiner ("pounding Trump", "described the move"), not a particle or
    // preposition ("comes across as").
    const opens = k < as - 1 && (c.t.cap[k + 1] || OPENERS.has(word(c, k + 1)) || startsWithDigit(word(c, k + 1)));
    if (opens) return k;
    // A word in -s that heads no object is a plural noun inside it ("rated 32% of Republican claims as “false”").
    if (!PHRASAL_FORM.test(w)) continue;
    return -1;
  }
  return -1;
}

function wordsBetween(c: Context, open: number, close: number): number {
  let n = 0;
  for (let k = open + 1; k < close; k++) if (isWord(c, k)) n++;
  return n;
}

/** The label ends the content when punctuation follows it ("as a “strong leader,” comparing him …"); words after it go
 *  on with the object ("as “entirely true” compared to 11% of …", "a “change warrior” who “saved the company.”"). */
function labelEnd(c: Context, s: Sentence, close: number): number | undefined {
  // A comma inside the closing mark ends the label's clause too ("himself as the “law and order candidate,” has …").
  if (close + 1 < s.to && isWord(c, close + 1) && punct(c, close - 1) !== ',') return undefined;
  return close;
}
