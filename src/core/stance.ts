// Stance: claim (default), deny or confirm, read from the cue ("denied", "confirmed") or, for a
// plain cue, from content that calls something untrue ("… are not true"). respondsTo links a
// denial or confirmation to the claim it answers: the nearest earlier claim by someone else,
// preferring one in the same sentence or sharing content words. Cost is bounded per attribution.
import type { Attribution, Span } from './types';
import { CLAIM_NOUNS, CONFIRM_CUES, DENY_CUES, NEGATIONS, OBJECT_PRONOUNS, REFUSING_CUES } from './data/entities/stance-words';
import { asciiWords, BREAK, WORD, wordChars } from './ascii-words';
import { sortStably } from './sort';

const DENY = new Set(DENY_CUES);
const CONFIRM = new Set(CONFIRM_CUES);
const NEGATION = new Set(NEGATIONS);
const REFUSING = new Set(REFUSING_CUES);
const CLAIM_NOUN = new Set(CLAIM_NOUNS);
const OBJECT_PRONOUN = new Set(OBJECT_PRONOUNS);
/** Words after which an article does not open a second object: "the charges through his lawyer", "the notion that a
 *  campaign shakeup is coming", "any involvement in the 9/11 terror attacks". */
const BEFORE_ARTICLE = new Set(['that', 'through', 'in', 'for', 'of', 'to', 'by', 'with', 'from', 'on', 'at', 'about',
  'and', 'or', 'but', 'as', 'into', 'over', 'after', 'before', 'during', 'against', 'under', 'is', 'was', 'were', 'are',
  'be', 'been', 'has', 'had', 'have', 'not', 'a', 'an', 'the']);
const ARTICLE = new Set(['a', 'an', 'the']);
/** Characters of a content read for the noun it names: its first words ("Bernie Sanders' accusations that …"). */
const HEAD_CHARS = 60;
const HEAD_WORDS = 5;

// Content that itself denies: "The statements … are not true", "these reports are false".
const DENYING_CONTENT = /\b(?:is|are|was|were|be)\s+(?:(?:simply|completely|absolutely|totally|entirely)\s+)?(?:not true|untrue|false|baseless|groundless|unfounded|fabricated|fake|lies|a lie|nonsense)\b|^\s*(?:this is )?(?:not true|false|untrue|nonsense|fake news)\b/i;

/** A word every DENYING_CONTENT match holds: most quotes have none, and this scan is cheaper than the full
 *  pattern's (a word boundary and five copulas tried at every character of every quote). */
const UNTRUTH_WORD = /true|false|baseless|groundless|unfounded|fabricated|fake|lie|nonsense/i;

const NON_WORD = /[^\p{L}’']+/u;

/** The lower-cased words of text[start, end): runs of letters and apostrophes. Text in ASCII and the typographic
 *  marks around cues (curly quotes and apostrophes, dashes: nearly every cue and the words before it) is cut by a
 *  character loop; anything else by the Unicode regex it stands for, whose split was a third of stanceOf's time.
 *  ’ is part of a word like ' ("didn’t"); “ ” ‘ – — … and no-break space are no letters, so they cut words as
 *  NON_WORD does. Any other character past ASCII may be a letter: the regex decides. */
const STANCE_WORDS = wordChars("'", '', new Map([[0x2019, WORD], [0x201c, BREAK], [0x201d, BREAK], [0x2018, BREAK],
  [0x2013, BREAK], [0x2014, BREAK], [0x2026, BREAK], [0xa0, BREAK]]));

function wordsIn(text: string, start: number, end: number): string[] {
  return asciiWords(text, start, end, STANCE_WORDS) ?? text.slice(start, end).toLowerCase().split(NON_WORD).filter(Boolean);
}

const wordsOf = (text: string, span: Span): string[] => wordsIn(text, span.start, span.end);

// Tests of one word, made once here rather than as closures at each of the 1,500 calls per pass over dev.
const isNegation = (w: string): boolean => NEGATION.has(w) || w.endsWith("n't") || w.endsWith('n’t');
const isDenial = (w: string): boolean => DENY.has(w);
const isConfirmation = (w: string): boolean => CONFIRM.has(w);

/** Stance of one attribution from its cue, then from its content. */
export function stanceOf(text: string, a: Attribution): Attribution['stance'] {
  if (a.cue) {
    const cueWords = wordsOf(text, a.cue);
    const denies = cueWords.some(isDenial);
    const confirms = cueWords.some(isConfirmation);
    // "never confirmed or denied": a negated cue says nothing either way. Only read for a cue that denies or confirms
    // (most say neither: "said", "told").
    if (denies !== confirms && !(cueWords.some(isNegation) || wordsIn(text, Math.max(0, a.cue.start - 12), a.cue.start).some(isNegation))) {
      return denies ? 'deny' : 'confirm';
    }
  }
  return contentStance(text, a);
}

function contentStance(text: string, a: Attribution): Attribution['stance'] {
  const content = text.slice(a.quote.start, a.quote.end);
  return UNTRUTH_WORD.test(content) && DENYING_CONTENT.test(content) ? 'deny' : 'claim';
}

/** The stance a reader is shown: stanceOf, less the denials that refuse a thing rather than deny a claim (refuses).
 *  stanceOf itself stays the cue's reading, for nesting.ts keeps a statement inside a denying host by it, and the
 *  spans were measured that way ("Obama called for X in a compromise rebuffed by Republicans"). */
function shownStance(text: string, a: Attribution): Attribution['stance'] {
  const stance = stanceOf(text, a);
  if (stance !== 'deny' || !a.cue) return stance;
  const cueWords = wordsOf(text, a.cue);
  return cueWords.some(isDenial) && refuses(text, a, cueWords) ? contentStance(text, a) : stance;
}

/**
 * Whether a denying cue refuses a thing rather than denies a claim. "rejected Assange's attempt to delay", "dismissed
 * NATO member Estonia as …", "rebuffed several requests": a rejecting verb with a noun phrase for content denies only a
 * claim named as one, in the phrase's first words or the cue ("rejected the notion that …", "dismissed criticism of
 * Mr. Trump's comments"); a clause ("rejected that …") still denies. "deny" with two objects grants or withholds a
 * thing: "could deny them mining permits", "denied Carter a final-night photograph".
 */
function refuses(text: string, a: Attribution, cueWords: string[]): boolean {
  const head = wordsIn(text, a.quote.start, Math.min(a.quote.end, a.quote.start + HEAD_CHARS)).slice(0, HEAD_WORDS);
  const first = head[0];
  if (first === undefined || first === 'that') return false;
  if (cueWords.some((w) => REFUSING.has(w))) return !head.some((w) => CLAIM_NOUN.has(w)) && !cueWords.some((w) => CLAIM_NOUN.has(w));
  if (OBJECT_PRONOUN.has(first) && head.length > 1) return true;
  for (let i = 1; i < head.length && i <= 3; i++) if (ARTICLE.has(head[i]!) && !BEFORE_ARTICLE.has(head[i - 1]!)) return true;
  return false;
}

const STOP = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'to', 'and', 'or', 'that', 'this', 'is', 'are', 'was',
  'were', 'has', 'have', 'had', 'be', 'been', 'it', 'its', 'for', 'by', 'with', 'as', 'at', 'from', 'not', 'true',
  'claim', 'claims', 'statement', 'statements', 'report', 'reports', 'about', 'our', 'their', 'his', 'her']);

function contentWords(text: string, span: Span): Set<string> {
  const words = new Set<string>();
  for (const w of wordsOf(text, span)) {
    // The possessive 's dropped by its last two characters, not a regex replace per word.
    if (w.length > 2 && !STOP.has(w)) words.add(w.endsWith("'s") || w.endsWith('’s') ? w.slice(0, -2) : w);
  }
  return words;
}

const anchorOf = (a: Attribution): number => a.cue?.start ?? a.quote.start;

/** The content words of the statements of an ordered list, by index, as far as they have been read. */
type ContentWords = (Set<string> | undefined)[];

/** The content words of ordered[i], read once. */
function contentWordsAt(text: string, ordered: Attribution[], read: ContentWords, i: number): Set<string> {
  return (read[i] ??= contentWords(text, ordered[i]!.quote));
}

const DEFINITE = new Set(['the', 'that', 'those', 'these', 'this', 'such']);

/** Whether a content points back at something said by naming it: a definite or demonstrative claim noun with no
 *  clause of its own ("the allegations", "dismissed the criticism as …", "rejected that argument", "those reports as
 *  …"). Its other words describe the claim (whose client, which ruling) rather than repeat it, so it answers the
 *  claim just before it by someone else, as a content with no words does. "the notion that he had been a participant
 *  …" and "the idea of a minimum wage hike" state the claim, and are linked by the words they share. */
function namesSaidBefore(text: string, quote: Span): boolean {
  const head = wordsIn(text, quote.start, Math.min(quote.end, quote.start + HEAD_CHARS));
  if (!DEFINITE.has(head[0] ?? '')) return false;
  for (let i = 1; i <= 2 && i < head.length; i++) {
    if (CLAIM_NOUN.has(head[i]!)) return head[i + 1] !== 'that' && head[i + 1] !== 'of';
  }
  return false;
}

const LOOK_BACK = 12;
/** Content words an answer may have and still be linked by one shared word. */
const ONE_WORD_LINK_MAX = 4;
const SAME_STRETCH = 600; // characters: a denial usually answers a claim made just before it
const CONFIRM_SHARED_MIN = 3;

/**
 * The claim a denial or confirmation answers: among the last few earlier claims by a different
 * speaker, the one sharing most content words with it, nearness breaking ties; a denial with no
 * content of its own ("a claim denied by Kyiv", "Kyiv denies") answers the nearest such claim.
 * A confirmation of a fact nobody claimed before answers nothing.
 */
export function findAnsweredClaim(text: string, ordered: Attribution[], at: number, read: ContentWords = []): Attribution | undefined {
  const self = ordered[at]!;
  const own = contentWordsAt(text, ordered, read, at);
  const anchor = anchorOf(self);
  const pointsBack = self.stance === 'deny' && namesSaidBefore(text, self.quote);
  let best: Attribution | undefined;
  let bestScore = 0;
  for (let i = at - 1, n = 0; i >= 0 && n < LOOK_BACK; i--, n++) {
    const other = ordered[i]!;
    if (other.stance !== 'claim' || other.quote.start >= anchor) continue;
    if (self.speaker && other.speaker && self.speaker.name === other.speaker.name) continue;
    let shared = 0;
    for (const w of contentWordsAt(text, ordered, read, i)) if (own.has(w)) shared++;
    const near = anchor - other.quote.end < SAME_STRETCH ? 1 : 0;
    // Two shared words make a link anywhere in reach; one needs the claim nearby; none, that the
    // answer has no words of its own ("a claim denied by Kyiv", "Kyiv denies") and follows closely.
    // One word is evidence only for a short answer: "that they have detected water vapour above that moon's icy crust"
    // shares "moon" with "returning to the moon was necessary" and answers nothing.
    if (shared < 2 && !(near && ((shared === 1 && own.size <= ONE_WORD_LINK_MAX) || own.size <= 1 || pointsBack))) continue;
    // A confirmation mostly grants a fact nobody disputed ("Ukraine acknowledged that the situation is difficult"):
    // it answers a claim only when it repeats most of it. On PolNeAR train, of the confirmations linked by two shared
    // words about 1 in 7 answered the claim by reading; by three or more, about half.
    if (self.stance === 'confirm' && shared < CONFIRM_SHARED_MIN) continue;
    // Shared words weigh most; a near claim still wins when the denial has no words of its own.
    const score = shared * 2 + near + 1 / (1 + n);
    if (score > bestScore) { best = other; bestScore = score; }
  }
  return best;
}

export function assignStance(text: string, attributions: Attribution[]): void {
  for (const a of attributions) a.stance = shownStance(text, a);
  // In order of their cues: "a claim denied by Kyiv" comes after the claim it answers even when
  // its content span points back at that claim's words.
  const ordered = sortStably(attributions.slice(), (x, y) => anchorOf(x) - anchorOf(y));
  // Each statement's content words are read once: a claim is compared with every denial after it in reach.
  const read: ContentWords = [];
  for (let i = 0; i < ordered.length; i++) {
    const a = ordered[i]!;
    if (a.stance === 'claim') { delete a.respondsTo; continue; }
    const answered = findAnsweredClaim(text, ordered, i, read);
    if (answered) a.respondsTo = answered.id; else delete a.respondsTo;
  }
}
