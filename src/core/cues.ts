// Stage 4: cue words, looked up per word token in the learned lexicon (data/lexicon.json).
// A cue is the head word plus the auxiliaries and adverbs glued before it ("has often claimed").
import { ARTICLE_OR_POSSESSIVE, ARTICLES_AND_POSSESSIVES, BE_FORMS, type Context, inClass, isPossessive, isWord, opensQuote, punct, word } from './context';
import { CLAUSE_OPENER, CLAUSE_OPENERS, CUE_INFO, type CueInfo } from './lexicon';
import { labelCues } from './label-cues';
import { pollCue } from './poll-cues';
import { reportsVerbAfter, SEEN_AS, seenAsAuxiliary } from './raising-frames';
import { isNumberWord } from './number-words';
import { sourceNounThat } from './source-nouns';
import { copularNounCue } from './copular-nouns';
import { nounSubjectCue } from './noun-subject-cues';
import { QMARK, SLOTS, slotOfWord } from './tokens';
import { DAY, DAYS } from './time-words';
import { wordClass } from './word-classes';
import type { Sentence } from './sentences';

export interface Cue {
  first: number;
  last: number;
  head: number;
  score: number;
  according: boolean;
  /** A word + preposition cue ("called for", "questions about"): its content is an object, not a clause. */
  prep?: boolean;
  /** A low-share cue word: kept only right after a name or pronoun subject ("Trump charges …"). */
  weak?: boolean;
  /** The "that" opening the content of a noun whose source follows "from"/"among" ("complaints from his American
   *  counterpart that …", source-nouns.ts): the source stands between the preposition and it. */
  sourceThat?: number;
  /** A possessed noun of saying before "is/was that" ("Rubio’s response was that …", copular-nouns.ts): the possessor
   *  speaks, and the "that" clause runs to the sentence's end. */
  copular?: boolean;
  /** The closing mark of the quoted label that ends the content ("pounding Trump as a “con artist”", label-cues.ts). */
  labelClose?: number;
  /** The last token of the content when the cue's construction ends it ("did not respond to a request for comment"). */
  objectEnd?: number;
}

const CUE_AUX = new Set(['has', 'have', 'had', 'also', 'is', 'was', 'were', 'are', 'would', 'will', 'could', 'did', 'does',
  'do', 'not', 'never', 'often', 'repeatedly', 'later', 'previously', 'once', 'then', 'first', 'earlier', 'already',
  'again', 'publicly', 'privately', 'recently', 'quickly', 'flatly', 'openly', 'reportedly', 'since', 'long', 'been', 'just',
  'be', 'now', 'still', 'even', 'may', 'might', 'should', 'can', 'must', 'simply', 'ever', 'always', 'all',
  // "The American Legion has twice complained …", "Clinton has nevertheless called his vote …": no cue before.
  'twice', 'nevertheless',
  // "The company flat-out denied the allegations in a statement" (a saved Fox News page): as "flatly".
  'flat-out',
  // "Sanders hasn't said whether …": a negated auxiliary is part of the cue, as "has not" is (PolNeAR marks it so),
  // and the subject stands before it. Not a negated modal: "I can't say my own Twitter use has been …" says nothing.
  ...['has', 'have', 'had', 'is', 'was', 'were', 'are', 'does', 'do', 'did']
    .flatMap((aux) => [`${aux}n't`, `${aux}n’t`])]);
/** CUE_AUX as a word class, for the token tests (isAuxAt). */
const CUE_AUXILIARY = wordClass(CUE_AUX);

/** Plural documents that "show" what they say (a singular one "shows", a word the lexicon already takes). */
const SHOWING_DOCUMENTS = new Set(['records', 'reports', 'polls', 'data', 'documents', 'figures', 'results', 'surveys', 'numbers',
  'filings', 'statistics', 'estimates', 'studies', 'emails', 'photos', 'images', 'videos', 'tests', 'analyses', 'findings']);

/** Particles of phrasal verbs of saying ("speak out about", "fire back at", "double down on"). */
export const PARTICLES: ReadonlySet<string> = new Set(['out', 'up', 'off', 'back', 'down']);

const COUNTED_CHARGES = new Set(['counts', 'count', 'charges', 'charge']);

/** "boasts a reputation", "boasting 108,000 residents", "boasted only one paid staffer": "boast" with a noun phrase for
 *  object means "has". On train it was a cue 0 times in 9 before such an object, 18 in 19 before "about", "of", "that", a
 *  time or an addressee. */
const BOASTS = new Set(['boast', 'boasts', 'boasted', 'boasting']);
const OBJECT_OPENERS = new Set(['a', 'an', 'the', 'just', 'only', 'some', 'more', 'nearly', 'roughly', 'almost']);
const boastsObject = (c: Context, s: Sentence, i: number): boolean =>
  i + 1 < s.to && isWord(c, i + 1) && (OBJECT_OPENERS.has(word(c, i + 1)) || isNumberWord(word(c, i + 1)));

/** "tensions continued to run hot", "prices continue to rise": continuing to do something that is not saying (train: a
 *  cue 17 times in 150 before a verb the lexicon seldom sees as a cue, 16 in 20 before one it does). */
const CONTINUES = new Set(['continued', 'continues', 'continue', 'continuing']);
const CUE_PREPOSITIONS = new Set(['against', 'for', 'about', 'on', 'over', 'with']);
function continuesOtherVerb(c: Context, s: Sentence, i: number): boolean {
  if (i + 2 >= s.to || !isWord(c, i + 1) || word(c, i + 1) !== 'to' || !isWord(c, i + 2)) return false;
  const verb = CUE_INFO.get(word(c, i + 2));
  // "continued to plot against us", "continued to push for": a verb with the preposition of a cue says something.
  if (i + 3 < s.to && isWord(c, i + 3) && CUE_PREPOSITIONS.has(word(c, i + 3))) return false;
  return !verb || (!verb.stance && verb.share < CUE_THRESHOLD.share);
}

/** "Trump continued his push on Twitter", "the F.B.I. … continued their search for those devices", "she and Sen. Bernie
 *  Sanders continued a fierce contest in California": continuing a thing is doing it, not saying something (train: 0 of
 *  the 11 statements made of "continue" + an article or a possessive were right; gold's 4 cues there take only the
 *  attack's target, "continued his attacks against Curiel", which such a frame never matched). The cue stays a cue and
 *  makes no frame (frames.ts): a participle after it still takes its subject ("he continued his assault on Mr. Bush,
 *  mocking his famous …"). */
export const continuesAThing = (c: Context, s: Sentence, cue: Cue): boolean =>
  cue.head + 1 < s.to && isWord(c, cue.head) && CONTINUES.has(word(c, cue.head)) && isWord(c, cue.head + 1) &&
  c.regionOf[cue.head + 1]! < 0 && ARTICLES_AND_POSSESSIVES.has(word(c, cue.head + 1));

/** "Hillary Clinton won South Dakota's primary, adding to her sizable delegate lead", "Trump, who added to his
 *  portfolio of 14 courses": adding to a thing is gaining, not saying (train: PolNeAR marks none of the 22 uses of a
 *  form of "add" + "to" + an article or a possessive; the engine's 10 statements of them were all wrong; "Trump added
 *  to People", an addressee, is gold and keeps its frame). As for `continuesAThing`, the cue stays and makes no frame. */
const ADDS = new Set(['add', 'adds', 'added', 'adding']);
export const addsToAThing = (c: Context, s: Sentence, cue: Cue): boolean =>
  cue.head + 2 < s.to && isWord(c, cue.head) && ADDS.has(word(c, cue.head)) && isWord(c, cue.head + 1) && word(c, cue.head + 1) === 'to' &&
  isWord(c, cue.head + 2) && c.regionOf[cue.head + 1]! < 0 && ARTICLES_AND_POSSESSIVES.has(word(c, cue.head + 2));

/** "Prosecutors allege that …": a form of a verb training never saw, before "that", whose other forms are cues
 *  ("alleges", "alleging"). Only before "that", where the clause makes the reading safe. */
const NOT_SUBJECTS = new Set(['any', 'most', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'some', 'every', 'each', 'no', 'its', 'their', 'his', 'her', 'our']);
function inflectedCue(c: Context, s: Sentence, i: number, w: string): Cue | null {
  if (i + 1 >= s.to || !isWord(c, i + 1) || word(c, i + 1) !== 'that' || w.length < 4 || c.t.cap[i]) return null;
  // Only a verb right after its plural or named subject ("prosecutors allege"): after a determiner or a modifier the
  // word is a noun with a relative clause ("a crime bill that …", "a fundraising email that …").
  // Not a word in -s either: that is a plural noun as often as a verb ("Rust Belt states that …").
  if (i - 1 < s.from || !isWord(c, i - 1) || w.endsWith('s')) return null;
  const prev = word(c, i - 1);
  if (NOT_SUBJECTS.has(prev)) return null;
  if (!(c.t.cap[i - 1] || prev === 'they' || prev === 'we' || prev === 'i' || prev === 'you' || (prev.length > 3 && prev.endsWith('s') && !prev.endsWith('ss')))) return null;
  const stem = w.endsWith('d') ? w.slice(0, -1) : w;
  for (const form of [stem + 's', stem + 'd', stem + 'ed', w + 's', w + 'es', w + 'd']) {
    const info = CUE_INFO.get(form);
    if (info && info.count >= CUE_THRESHOLD.count && (info.stance || info.share >= CUE_THRESHOLD.share)) {
      return { first: i, last: i, head: i, score: CUE_THRESHOLD.share, according: false };
    }
  }
  return null;
}

/** "found himself embroiled in controversy", "found ways to press his agenda", "found a way through the Clean Air Act":
 *  finding oneself somewhere or a way to do something says nothing (train: 2 of 18 such frames right). */
const FINDS = new Set(['find', 'finds', 'found', 'finding']);
const REFLEXIVES = new Set(['itself', 'himself', 'herself', 'themselves', 'myself', 'ourselves', 'yourself', 'yourselves']);
const WAY_DETERMINERS = new Set(['a', 'another', 'no', 'new', 'other']);
function findsSelfOrWay(c: Context, s: Sentence, i: number): boolean {
  if (i + 1 >= s.to || !isWord(c, i + 1)) return false;
  const next = word(c, i + 1);
  if (REFLEXIVES.has(next) || next === 'ways') return true;
  if (next === 'a' || next === 'an') return findsAThing(c, s, i);
  return WAY_DETERMINERS.has(next) && i + 2 < s.to && isWord(c, i + 2) && (word(c, i + 2) === 'way' || word(c, i + 2) === 'ways');
}

/** Polls, studies and the people who run them, whose "finds a …" is what they report. */
const FINDING_SUBJECTS = new Set([...SHOWING_DOCUMENTS, 'poll', 'survey', 'study', 'report', 'analysis', 'review',
  'investigation', 'audit', 'researchers', 'scientists', 'investigators', 'authors', 'analysts', 'economists']);
/** "Rothman found a wedding announcement from 1963", "he found an odd deck of cards", "Sanders found a receptive
 *  audience": a thing come upon, not a finding told (train + dev: 4 of 6 "found a/an" frames wrong, the 2 right after
 *  a poll — "Poll finds an emerging generation that …" — or before a number — "found an astonishing 73 percent …"). */
function findsAThing(c: Context, s: Sentence, i: number): boolean {
  if (i > s.from && isWord(c, i - 1) && FINDING_SUBJECTS.has(word(c, i - 1))) return false;
  for (let j = i + 2; j < s.to && j <= i + 4; j++) if (isWord(c, j) && isNumberWord(word(c, j))) return false;
  return true;
}

/** "The real Trump showed up at debate": showing up is arriving (train: 2 gold cues among 39 uses of "show up"; 0 of
 *  4 such frames right). */
const SHOW_FORMS = new Set(['show', 'shows', 'showed', 'showing', 'shown']);

/** "As the minister put it, “…”", "…, as he put it.": an idiom of saying the lexicon's shares hide ("put" is a cue in
 *  17% of its uses; "put it" before punctuation in 8 of 9 on train). */
function idiomCue(c: Context, s: Sentence, i: number, w: string): Cue | null {
  if ((w === 'put' || w === 'puts') && i + 2 < s.to && isWord(c, i + 1) && word(c, i + 1) === 'it' && !isWord(c, i + 2) && c.regionOf[i + 2]! < 0) {
    return { first: i, last: i + 1, head: i, score: CUE_THRESHOLD.share, according: false };
  }
  return null;
}

/** "“Jeb wants to be a tough guy tonight,” Trump shot back.", "Clinton fired back that …", "Fallon fired back: “…”": a
 *  retort, which PolNeAR marks with its "back" (train: "shot/fired/hit/struck back" outside quotations is a gold cue 13
 *  times in 17; none was found, "shot" (0.18) and "fired" (0.28) alone being cues too seldom). Not "shot back up" (a
 *  rise). The cue is the verb and "back", and "at" after them ("fired back at Christie over …") takes its object as the
 *  content, as "lashed out at" does. */
const RETORT_VERBS = new Set(['shot', 'fired', 'fires', 'fire', 'firing', 'hit', 'hits', 'hitting', 'struck', 'strikes']);
const NOT_AFTER_RETORT = new Set(['up', 'down', 'into', 'in', 'to', 'from', 'home', 'onto']);
function retortCue(c: Context, s: Sentence, i: number, w: string): Cue | null {
  // A capitalized verb is a headline's ("Look How Trey Gowdy Fired Back After …"), whose subject the frames misread.
  if (c.t.cap[i] || !RETORT_VERBS.has(w) || c.regionOf[i + 1]! >= 0) return null;
  const after = i + 2 < s.to && isWord(c, i + 2) ? word(c, i + 2) : '';
  if (NOT_AFTER_RETORT.has(after)) return null;
  const first = auxStart(c, s, i);
  if (after === 'at' && c.regionOf[i + 2]! < 0) return { first, last: i + 2, head: i, score: CUE_THRESHOLD.share, according: false, prep: true };
  return { first, last: i + 1, head: i, score: CUE_THRESHOLD.share, according: false };
}

/** "The Trump campaign did not immediately respond to requests for comment", "Sullivan's lawyer Beth Wilkinson did not
 *  respond to a request for comment": a source's silence, which PolNeAR marks as a statement of the source with the
 *  request as its content (train: a negated "respond to" before "request(s) for comment" within a few words is a gold
 *  cue 11 times in 19, in 11 documents; "respond" alone is a cue in 38% of its uses, "did not (immediately) respond
 *  to" before anything 16 of 34). The cue runs through "to"; its object, to "comment", is the content. */
const RESPONDS = new Set(['respond', 'responded']);
const REQUEST_WORDS = new Set(['request', 'requests']);
/** Tokens from "to" to "comment" at most ("to USA TODAY's repeated requests for comment"). */
const REQUEST_REACH = 7;
function unansweredRequestCue(c: Context, s: Sentence, i: number, w: string): Cue | null {
  if (c.t.cap[i] || !RESPONDS.has(w) || i + 3 >= s.to || c.regionOf[i + 1]! >= 0) return null;
  const first = auxStart(c, s, i);
  let negated = false;
  for (let k = first; k < i; k++) { const a = word(c, k); if (a === 'not' || a.endsWith("n't") || a.endsWith('n’t')) negated = true; }
  if (!negated) return null;
  for (let k = i + 3; k < s.to && k <= i + 1 + REQUEST_REACH; k++) {
    if (!isWord(c, k)) return null;
    if (word(c, k) === 'comment' && (word(c, k - 1) === 'for' || word(c, k - 1) === 'seeking') && REQUEST_WORDS.has(word(c, k - 2))) {
      return { first, last: i + 1, head: i, score: CUE_THRESHOLD.share, according: false, prep: true, objectEnd: k };
    }
  }
  return null;
}

/** "Donald Trump is doubling down on his attacks on a former Miss Universe", "Trump doubled down on his comments about
 *  Curiel": insisting again on what one said, a cue through "on" whose object is the content (train: "double down on"
 *  outside quotations a gold cue 5 times in 8, dev 1 in 1; none found). */
const DOUBLE_FORMS = new Set(['double', 'doubles', 'doubled', 'doubling']);
function doublesDownOn(c: Context, s: Sentence, i: number, w: string): Cue | null {
  if (c.t.cap[i] || !DOUBLE_FORMS.has(w) || i + 2 >= s.to || !isWord(c, i + 2) || word(c, i + 2) !== 'on' || c.regionOf[i + 2]! >= 0) return null;
  return { first: auxStart(c, s, i), last: i + 2, head: i, score: CUE_THRESHOLD.share, according: false, prep: true };
}

/** "They have made the case that she is too close to Wall Street banks", "Mr. Sanders took issue with recent criticism
 *  …", "Emanuel has made no secret of his frustration with …", "Gorka also made the point that …": a light verb and its
 *  noun say what a verb of saying would (train, outside quotations: "made/make … case" a gold cue 12 times in 21,
 *  "take issue" 5 in 5, "made no secret" 3 in 3, "made a/the point" 3 in 3; none found, the nouns alone being cues
 *  seldom; the statements made right 13 times in 15). "took credit for", "made little secret of" (dev) and "made no
 *  mention of" too (trainmine16: with "take issue" and "no secret", train 14 of 14 gold cues). Read at the noun, whose entry the lexicon has; the cue runs from the verb, where its subject stands before,
 *  and through a preposition that takes the content as its object ("with", "of"). */
const TAKE_FORMS = new Set(['take', 'takes', 'took', 'taking', 'taken']);
const CASE_DETERMINERS = new Set(['the', 'a', 'his', 'her', 'their', 'its', 'our']);
function lightVerbIdiom(c: Context, s: Sentence, i: number, w: string): Cue | null {
  if (i - 2 < s.from || !isWord(c, i - 1) || !isWord(c, i - 2) || c.regionOf[i - 2]! >= 0) return null;
  const before = word(c, i - 1), verb = word(c, i - 2);
  let first = -1, prep = '';
  if (w === 'issue' && TAKE_FORMS.has(before)) { first = i - 1; prep = 'with'; }
  else if (w === 'credit' && TAKE_FORMS.has(before)) { first = i - 1; prep = 'for'; }
  else if ((w === 'secret' && (before === 'no' || before === 'little') || w === 'mention' && before === 'no') && MAKE_FORMS.has(verb)) { first = i - 2; prep = 'of'; }
  else if ((w === 'case' && CASE_DETERMINERS.has(before) || w === 'point' && (before === 'the' || before === 'a')) && MAKE_FORMS.has(verb)) first = i - 2;
  if (first < 0 || c.t.cap[first]) return null;
  const start = auxStart(c, s, first);
  const next = i + 1 < s.to && isWord(c, i + 1) && c.regionOf[i + 1]! < 0 ? word(c, i + 1) : '';
  if (next !== '' && (next === prep || (prep === '' && OBJECT_PREPOSITIONS.has(next)))) {
    return { first: start, last: i + 1, head: i, score: CUE_THRESHOLD.share, according: false, prep: true };
  }
  // "made the case that …", "made the case to grant amnesty …", "made the case to 23 group leaders that …": a clause or
  // an infinitive follows; "making her case on television", "make their case to delegation." say nothing here.
  return prep === '' && (next === 'that' || next === 'to') ? { first: start, last: i, head: i, score: CUE_THRESHOLD.share, according: false } : null;
}
/** "made the case for Mrs. Clinton", "made the case against …", "made a point of saying …": the object is the content. */
const OBJECT_PREPOSITIONS = new Set(['for', 'against', 'of']);
const IDIOM_NOUNS = new Set(['case', 'issue', 'secret', 'point', 'credit', 'mention']);

/** "who has known Mr. Ryan for two decades", "A developer known to be bullish on golf", "one of the best known
 *  authorities", "known online as “Guccifer”": knowing someone and being known for or as something tell what nobody
 *  said here. PolNeAR marks "known" (65 times on train, mostly "known as" naming a thing), but the statements this
 *  engine made of it were right 1 time in 17 ("We’ve known since at least World War II that …", lost too: "that"
 *  must follow "known" itself). */
const knownWithoutClause = (c: Context, s: Sentence, i: number): boolean => i + 1 >= s.to || word(c, i + 1) !== 'that';

/** "a major talking point for Hillary Clinton", "mocking Rubio as a neophyte who memorized talking points", "the
 *  Roosevelt Institute, a progressive think tank": a cue word that modifies the noun after it, not a verb of speaking
 *  (train: none of the statements made of them right, 3 of "talking point", 3 of "think tank"; gold's own "talking
 *  point" cues, 5 of 21 uses, take the noun and its preposition, which "talking" alone never matched; gold marks none
 *  of the 13 "think tank"s). */
const COMPOUND_HEADS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['talking', new Set(['point', 'points'])],
  ['think', new Set(['tank', 'tanks'])],
]);
const modifiesNoun = (c: Context, s: Sentence, i: number, w: string): boolean =>
  i + 1 < s.to && isWord(c, i + 1) && COMPOUND_HEADS.get(w)!.has(word(c, i + 1));

/** Forms of "make" ("made it clear"). */
export const MAKE_FORMS: ReadonlySet<string> = new Set(['made', 'make', 'makes', 'making']);
/** "Ham made it clear he had major misgivings …", "many rank-and-file unionists made it clear they didn't agree": "clear"
 *  after "made it" is a cue without "that" too (train: 4 of the 4 such statements outside quotations are gold). */
function madeItClear(c: Context, s: Sentence, i: number, w: string): boolean {
  return w === 'clear' && i - 2 >= s.from && isWord(c, i - 1) && word(c, i - 1) === 'it' && isWord(c, i - 2) && MAKE_FORMS.has(word(c, i - 2));
}

/** "Sanders has made clear that he expects …", "Emanuel also made clear that …", "Mr. Obama made clear over the weekend
 *  that …", "The poll makes clear the headwinds ahead": "made clear" is one cue, as PolNeAR marks it, and its subject stands
 *  before "made" (the cue "clear" alone found none, and made no statement). Only the finite forms: "to make clear", "should
 *  make clear" have their subject far away (train: "made/makes clear" outside quotations is a gold cue 16 times in 19,
 *  "make clear" 0 in 3). Returns the cue's first token. */
function madeClearBefore(c: Context, s: Sentence, i: number, w: string): number {
  if (w !== 'clear' || i - 1 < s.from || !isWord(c, i - 1) || c.regionOf[i - 1]! >= 0) return i;
  const before = word(c, i - 1);
  return before === 'made' || before === 'makes' ? i - 1 : i;
}

/** "developers see golf courses as wasted space", "Sanders has cast the Clintons as part of the Democratic establishment",
 *  "the president framed the shooting as a moment when …": "see" (0.32 as a word), "cast" (0.32) or "frame(d)" (0.33)
 *  with an "as" at most seven words on is a view its subject holds or puts forward (train: such uses outside quotations
 *  gold for "see" 19 of 25, "cast" 12 of 15, "framed" 3 of 3). Not after "to", a modal or a negation ("can't help but
 *  see it as"), nor before "as" + a subject pronoun ("saw the truck … as they left", a time). */
function viewAs(c: Context, s: Sentence, i: number, w: string): boolean {
  if (!VIEW_AS_VERBS.has(w) || i - 1 < s.from) return false;
  if (!castsSelf(c, s, i, w) && (!isWord(c, i - 1) || NOT_BEFORE_VIEW_AS.has(word(c, i - 1)) || word(c, i - 1).endsWith("n't") || word(c, i - 1).endsWith('n’t'))) return false;
  for (let k = i + 2; k < s.to && k <= i + 8; k++) {
    if (!isWord(c, k) || c.regionOf[k]! >= 0) return false;
    if (word(c, k) === 'as') return k + 1 < s.to && isWord(c, k + 1) && !CLAUSE_SUBJECTS_AFTER_AS.has(word(c, k + 1));
  }
  return false;
}
const VIEW_AS_VERBS = new Set(['see', 'cast', 'frame', 'framed']);
/** "Cruz has railed against … and cast himself as a Washington outsider", "Cruz is now trying to cast himself as a
 *  candidate with superior judgment", "Canova, who cited …, cast himself as a … progressive": casting oneself as
 *  something is a view one puts forward of oneself, after "and", "to" or a comma too (train: 6 of the 7 uses of "cast"
 *  + a reflexive are gold cues, 6 documents; the frames make a new statement of the one after a comma only, right,
 *  and the relative clause's content before it now ends at its comma). */
const castsSelf = (c: Context, s: Sentence, i: number, w: string): boolean =>
  w === 'cast' && i + 1 < s.to && isWord(c, i + 1) && REFLEXIVES.has(word(c, i + 1));
const NOT_BEFORE_VIEW_AS = new Set(['to', 'can', 'could', 'would', 'will', 'may', 'might', 'should', 'must', 'not', 'let', 'and', 'or', 'but', 'i', 'you', 'we']);
const CLAUSE_SUBJECTS_AFTER_AS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'well', 'much', 'many', 'long', 'soon', 'if', 'though']);

/** "Others call it the nerd prom", "Critics call it the enforcement of political correctness", "32% call themselves
 *  conservative", dev "Obama and Clinton call them “lone wolves”": "call" (share 0.30, mostly "call for", "a phone
 *  call") before an object pronoun names what something is, as "called" and "calls" do. Train 6 of 6 such uses are
 *  gold cues, dev 1 of 1; not after the words that stop "see … as" ("to call it", "we call it"). */
function callsObject(c: Context, s: Sentence, i: number, w: string): boolean {
  if (w !== 'call' || i - 1 < s.from || !isWord(c, i - 1) || NOT_BEFORE_VIEW_AS.has(word(c, i - 1))) return false;
  return i + 1 < s.to && isWord(c, i + 1) && c.regionOf[i + 1]! < 0 && CALLED_OBJECTS.has(word(c, i + 1));
}
const CALLED_OBJECTS = new Set(['it', 'him', 'her', 'them', 'this', 'themselves']);

/** "She also compared Trump to Democratic presidential candidate Hillary Clinton", "he compared the 42nd president to
 *  predecessors Lyndon B. Johnson and Jimmy Carter", "with DNC Chairwoman Debbie Wasserman Schultz comparing the worst
 *  scenes there to …": comparing something to something states a view. Alone the verb is rarely a cue ("compared"
 *  0.14: "compared to last year", "was compared with"); with its own object of one to four words before "to"/"with",
 *  and no "when", "as", "to" or "with" (nor, before "compared", a form of "be") before it, train gold marks the cue
 *  8 times of 8 and 7 of the 10 statements made are right (the others' contents differ). Not "compare(s)": its two
 *  train uses (a headline, "doesn't compare") and dev's one made no right statement. */
function comparesObject(c: Context, s: Sentence, i: number, w: string): boolean {
  if (!COMPARE_FORMS.has(w) || i - 1 < s.from || !isWord(c, i - 1) || NOT_BEFORE_COMPARE.has(word(c, i - 1))) return false;
  // "was compared with": the passive (a progressive "is comparing … to" is someone's act).
  if (w === 'compared' && BE_FORMS.has(word(c, i - 1))) return false;
  for (let k = i + 2; k < s.to && k <= i + 5; k++) {
    if (!isWord(c, k) || c.regionOf[k]! >= 0) return false;
    if (word(c, k) === 'to' || word(c, k) === 'with') return true;
  }
  return false;
}
const COMPARE_FORMS = new Set(['compared', 'comparing']);
const NOT_BEFORE_COMPARE = new Set(['when', 'as', 'to', 'with', 'than', 'if', 'not', 'and', 'or', 'but']);

/** "As reported by Western Journalism, the New York Times initially broke the story …": "as reported by" names the
 *  source of what the sentence says, as "according to" does (train: 7 of the 8 uses, "as first reported by" with
 *  them, are gold cues with the source as speaker, 7 documents; none found). Returns the token of "by", or -1. */
function reportedBy(c: Context, s: Sentence, i: number): number {
  // "…, as first reported by the New York Times on Tuesday.": an adverb of time before "reported".
  const r = i + 1 < s.to && isWord(c, i + 1) && REPORTED_FIRST.has(word(c, i + 1)) ? i + 2 : i + 1;
  return r + 2 < s.to && isWord(c, r) && word(c, r) === 'reported' && isWord(c, r + 1) && word(c, r + 1) === 'by' &&
    c.regionOf[r]! < 0 && c.regionOf[r + 1]! < 0 && isWord(c, r + 2) ? r + 1 : -1;
}
const REPORTED_FIRST = new Set(['first', 'previously', 'originally', 'initially', 'earlier']);

export const GO_FORMS: ReadonlySet<string> = new Set(['went', 'goes', 'go', 'going', 'gone']);
/** "He went on to say …", "D’Souza went on to explain that …": "went on to" belongs to the cue, as PolNeAR marks it, and
 *  the subject stands before "went" (the verb after "to" had no subject and no statement). Returns the cue's first token.
 *  After "went on to" a verb of share withThat (0.25) is a cue without "that" too ("He went on to endorse Ayotte", "The
 *  piece goes on to slam …"): train gold marks 26 of the 40 uses of "go on to", and the verbs it leaves ("win", "lose",
 *  "defeat", "become", "embrace" 0.21) are below that share; 4 new statements, all right. */
function goesOnToBefore(c: Context, s: Sentence, i: number): number {
  if (i - 3 < s.from || !isWord(c, i - 1) || word(c, i - 1) !== 'to' || !isWord(c, i - 2) || word(c, i - 2) !== 'on') return i;
  return isWord(c, i - 3) && GO_FORMS.has(word(c, i - 3)) && c.regionOf[i - 3]! < 0 ? i - 3 : i;
}

/** An -ly adverb ("aggressively"), not the two common -ly words that are not adverbs. */
const isLyAdverb = (w: string): boolean => w.length > 4 && w.endsWith('ly') && w !== 'only' && w !== 'family';

const isGapWord = (w: string): boolean => isLyAdverb(w) || DAYS.has(w);

/** Adverbs in -ly sit between subject and verb too ("aggressively attacked"). */
export const isAux = (w: string): boolean => CUE_AUX.has(w) || isLyAdverb(w);
/** isAux of token k's word, by its class. */
const isAuxAt = (c: Context, k: number): boolean => inClass(c, k, CUE_AUXILIARY) || isLyAdverb(word(c, k));

/** "have both argued", "Jeb Bush and Ted Cruz both floated": "both" after an auxiliary or its subject sits in the cue.
 *  Not when it is the subject itself ("And both vowed …", "On Social Security, both oppose …": after a clause opener or
 *  punctuation), nor after "which" (train: 8 right of 11 new statements). */
function bothInCue(c: Context, s: Sentence, k: number): boolean {
  if (word(c, k) !== 'both' || k - 1 < s.from || !isWord(c, k - 1)) return false;
  const before = word(c, k - 1);
  return before !== 'which' && !CLAUSE_OPENERS.has(before);
}

/** The first token of a cue whose verb starts at `first`: auxiliaries and adverbs before it belong to it. */
function auxStart(c: Context, s: Sentence, first: number): number {
  while (first - 1 >= s.from && isWord(c, first - 1) && !c.t.cap[first - 1] && c.regionOf[first - 1]! < 0 &&
    (isAuxAt(c, first - 1) || bothInCue(c, s, first - 1))) first--;
  return first;
}

/** "Trump demands Ginsburg resign …", "Terrorists mock bids to block them online", "Republicans ask DOJ to investigate
 *  Clinton …": a sentence-case headline (the document's first sentence) tells in the present tense what someone did,
 *  with verbs the body's past tense seldom makes cues (demands 0.33, wants 0.39, claims 0.40, promise 0.34). A
 *  lower-case word in -s, or one after a plural ("rivals see"), is its verb; not a negated auxiliary ("Laws don't
 *  apply …"). Read as a weak cue (kept only right after its subject, orient.ts) and only as the sentence's first cue
 *  ("Republicans blast Obama after North Korea claims nuclear test"). A title-case headline's capitalized words are
 *  nouns as often ("Makes Strong Statement About", "Brings Allegations Of"), so they are left. */
const NOT_HEADLINE_VERBS = new Set(['about', 'against', 'for', 'on', 'over', 'with', 'of', 'at', 'in', 'to', 'from', 'by']);
function headlineVerb(c: Context, s: Sentence, i: number, w: string): boolean {
  if (s.from !== 0 || i === s.from || c.t.cap[i] || w.endsWith("n't") || w.endsWith('n’t') || !isWord(c, i - 1)) return false;
  // Not an auxiliary or an adverb of the cue ("Local politicians also fired back at"), nor a word after one, nor a
  // preposition ("Trump has raised questions about …": the cue is the verb's with its noun and preposition).
  const prev = word(c, i - 1);
  if (isAux(w) || isAux(prev) || NOT_HEADLINE_VERBS.has(w)) return false;
  const pluralOrVerb = (x: string): boolean => x.length > 3 && x.endsWith('s') && !x.endsWith('ss') && !x.endsWith("'s") && !x.endsWith('’s');
  return pluralOrVerb(w) || pluralOrVerb(prev);
}

/** Minimum share of a word's training occurrences (outside quotations) that were cues, and minimum count. share 0.45
 *  measured on dev with the shares counted outside quotations: 0.4 → 0.676, 0.45 → 0.678, 0.5 → 0.676 (train 0.630,
 *  0.632, 0.629). withThat 0.15 → 0.25 changes neither score and keeps "did not have that physical done" and "has
 *  been that big" (have 0.21, been 0.16 outside quotations) from being cues. */
export const CUE_THRESHOLD = { share: 0.45, count: 2, withThat: 0.25, pair: 0.5, weak: 0.45, shape: 0.8, nounPair: 0.3, headlineVerb: 0.32 };

/** Whether a word's entry can make a cue other than a volition verb's; most entries are function words no threshold
 *  reaches ("to", "in", "was"). */
const canMakeCue = (w: string, info: CueInfo): boolean => info.stance || w === 'according'
  || info.share >= Math.min(CUE_THRESHOLD.withThat, CUE_THRESHOLD.share, CUE_THRESHOLD.weak)
  || info.pairMax >= CUE_THRESHOLD.pair || info.shapeMax >= CUE_THRESHOLD.shape;

/**
 * The words that can make a cue, found by slot without hashing the token: a word's slot (tokens.ts) is a hash of its
 * length and its first, middle and last characters, read by the tokenizer. CUE_INFO.get hashed every token string
 * that reached it (a new string each, so the hash was computed afresh) and was a third of findCues even behind a
 * sieve of slots; here a slot with no word (most of them) turns a token away with one array read, and a slot with
 * words compares the token with them (`===` on strings of equal length, no hash). Entries of one slot are chained.
 */
/** "charged with five counts of …": counted charges, not words (a saved AP page). */
const countedCharges = (c: Context, s: Sentence, i: number): boolean => i > s.from && isWord(c, i - 1) && isNumberWord(word(c, i - 1));
const showsUp = (c: Context, s: Sentence, i: number): boolean => i + 1 < s.to && isWord(c, i + 1) && word(c, i + 1) === 'up';
/** Cue words with a use that says nothing, and the test that tells that use by the words around it. */
const NOT_A_CUE_WHEN: ReadonlyMap<string, (c: Context, s: Sentence, i: number) => boolean> = new Map([
  ...[...COUNTED_CHARGES].map((w) => [w, countedCharges] as const), ...[...BOASTS].map((w) => [w, boastsObject] as const),
  ['known', knownWithoutClause], ...[...COMPOUND_HEADS.keys()].map((w) => [w, (c: Context, s: Sentence, i: number) => modifiesNoun(c, s, i, w)] as const),
  ...[...CONTINUES].map((w) => [w, continuesOtherVerb] as const),
  ...[...FINDS].map((w) => [w, findsSelfOrWay] as const), ...[...SHOW_FORMS].map((w) => [w, showsUp] as const),
]);

/** Index + 1 of the first entry in each slot (0: none). */
const SLOT_HEAD = new Uint16Array(SLOTS);
const ENTRY_WORD: string[] = [];
const ENTRY_INFO: CueInfo[] = [];
/** Index + 1 of the next entry in the same slot (0: none). */
const ENTRY_NEXT: number[] = [];
/** Whether the entry's word makes a cue other than a volition verb's (canMakeCue), read once. */
const ENTRY_CAN_MAKE: boolean[] = [];
/** The entry's NOT_A_CUE_WHEN test, read once: five Set lookups of every cue word's token (a fresh string, hashed at
 *  the first) were a tenth of findCues' own time. */
const ENTRY_NOT_A_CUE_WHEN: (((c: Context, s: Sentence, i: number) => boolean) | undefined)[] = [];
/** Whether the entry's word is one of IDIOM_NOUNS, read once (a Set lookup hashed every cue word's token). */
const ENTRY_IDIOM_NOUN: boolean[] = [];
for (const [w, info] of CUE_INFO) {
  const canMake = canMakeCue(w, info);
  // A noun of a light-verb idiom is read at its slot even when it makes no cue alone ("took issue with").
  if (!info.volition && !canMake && !IDIOM_NOUNS.has(w)) continue;
  const slot = slotOfWord(w);
  ENTRY_WORD.push(w); ENTRY_INFO.push(info); ENTRY_CAN_MAKE.push(canMake); ENTRY_NOT_A_CUE_WHEN.push(NOT_A_CUE_WHEN.get(w));
  ENTRY_IDIOM_NOUN.push(IDIOM_NOUNS.has(w));
  ENTRY_NEXT.push(SLOT_HEAD[slot]!);
  SLOT_HEAD[slot] = ENTRY_WORD.length;
}

/** Whether a slot holds an entry, one bit per slot. */
const SLOT_USED = new Uint32Array(SLOTS >> 5);
for (let slot = 0; slot < SLOTS; slot++) if (SLOT_HEAD[slot] !== 0) SLOT_USED[slot >> 5]! |= 1 << (slot & 31);

/** The entry of the word `w` in `slot`, or -1. */
function entryIn(slot: number, w: string): number {
  // One bit per slot first: 8 KB that stay in the first-level cache, where SLOT_HEAD (128 KB) is read from farther
  // away for every word, and 7 words in 8 fall in an empty slot.
  if ((SLOT_USED[slot >> 5]! & (1 << (slot & 31))) === 0) return -1;
  for (let e = SLOT_HEAD[slot]!; e !== 0; e = ENTRY_NEXT[e - 1]!) if (ENTRY_WORD[e - 1] === w) return e - 1;
  return -1;
}

/**
 * One bit per slot that holds a word with a noun + preposition pair of share ≥ CUE_THRESHOLD.nounPair (other words
 * share slots, so a set bit only says "maybe"). withNounPairCues reads every lower-case word of a sentence and can add
 * a cue only before such a noun: a sentence with none is not read at all (most are not; the reading was ~5% of a pass).
 */
const PAIR_NOUN_SLOTS = new Uint32Array(SLOTS >> 5);
for (const [w, info] of CUE_INFO) {
  if (info.pairMax < CUE_THRESHOLD.nounPair) continue;
  const slot = slotOfWord(w);
  PAIR_NOUN_SLOTS[slot >> 5]! |= 1 << (slot & 31);
}

/**
 * The slot (Tokens.slot) of each word token outside quotations of the sentence findCues reads, at index i - s.from; NO_WORD
 * for other tokens, QUOTED for words inside quotations (whose slots no rule reads: a quotation opens with a mark).
 * Filled once per sentence, so that a test of the next word can read its slot (below) and the words are never hashed.
 * Reused.
 */
let sentenceSlots = new Int32Array(64);
const NO_WORD = -1, QUOTED = -2;
function fillSentenceSlots(c: Context, s: Sentence): void {
  if (s.to - s.from > sentenceSlots.length) sentenceSlots = new Int32Array(Math.max(s.to - s.from, sentenceSlots.length * 2));
  for (let k = s.from; k < s.to; k++) {
    sentenceSlots[k - s.from] = !isWord(c, k) ? NO_WORD : c.regionOf[k]! >= 0 ? QUOTED : c.t.slot[k]!;
  }
}

/**
 * A subject pronoun or a possessive determiner opening the clause after "claims", read as "claims that" ("Trump claims
 * he's worth $10 billion", "he claims his boss is OK with it", "the company claims its new prices …"): PolNeAR train 4
 * uses, all gold cues, none found before; dev none.
 */
const CLAIMS_CLAUSE_OPENERS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'his', 'her', 'their', 'its', 'our', 'my',
  "he's", "she's", "it's", "they're", "we're", "i'm", "you're", 'he’s', 'she’s', 'it’s', 'they’re', 'we’re', 'i’m', 'you’re']);

/** Written things that state what they say ("the document states", "As the report states:"). */
const STATING_DOCUMENTS = new Set(['report', 'document', 'bill', 'law', 'statement', 'letter', 'memo', 'policy', 'filing',
  'complaint', 'lawsuit', 'suit', 'release', 'ruling', 'platform', 'website', 'post', 'tweet', 'study', 'survey']);

/**
 * "states" as a verb of saying: the word has no entry (the plural noun of "Rust Belt states", "the March states" is
 * nearly all of its uses), so it makes a cue only after a subject pronoun or a written thing before "that", a colon or
 * a quotation ("It states that courts should not …", "“…,” the document states", "As the report states: “…”"), or
 * after a name before a colon or a comma and a quotation ("Emery states, “Incredibly, …”"). PolNeAR train and dev: 3
 * such uses, all gold cues, none found before; on the saved pages 2.
 */
function statesAVerb(c: Context, s: Sentence, i: number): boolean {
  // "the United States: …" is a name.
  if (i === s.from || c.t.cap[i] || !isWord(c, i - 1) || i + 1 >= s.to) return false;
  const before = word(c, i - 1);
  const colonOrQuote = punct(c, i + 1) === ':' || opensQuote(c, i + 1) || (punct(c, i + 1) === ',' && (i + 2 >= s.to || opensQuote(c, i + 2)));
  if (before === 'it' || before === 'he' || before === 'she' || STATING_DOCUMENTS.has(before)) return colonOrQuote || word(c, i + 1) === 'that' || punct(c, i + 1) === ',' || punct(c, i + 1) === '.';
  return c.t.cap[i - 1] === 1 && i - 1 > s.from && colonOrQuote;
}

/** A table of one bit per slot holding `words`: a set bit says "maybe" (other words share slots), a clear one "no". */
function slotTable(words: readonly string[]): Uint32Array {
  const table = new Uint32Array(SLOTS >> 5);
  for (const w of words) { const slot = slotOfWord(w); table[slot >> 5]! |= 1 << (slot & 31); }
  return table;
}
/** Whether `slot` may hold a word of `table`: never for NO_WORD, always for QUOTED (its slot is not read). */
const mayHold = (table: Uint32Array, slot: number): boolean => (slot >= 0 ? (table[slot >> 5]! & (1 << (slot & 31))) !== 0 : slot === QUOTED);

/**
 * The words at which findCues reads a rule of its own before the lexicon (reportedly, seen as, compared, as reported by,
 * polls, idioms), and the words before which it reads one (the next word is "as", "back", "to" …). Nearly every token
 * is neither, and one bit of its slot and one of the next word's turn it away before a dozen string comparisons (they
 * were a fifth of findCues' own time). A new rule read only at or before a word must add the word here.
 */
const RULE_WORD_SLOTS = slotTable(['reportedly', 'compared', 'comparing', 'as', 'in', 'put', 'puts', 'states']);
const RULE_NEXT_WORD_SLOTS = slotTable(['as', 'for', 'from', 'among', 'back', 'down', 'to', 'is', 'was']);
/** The slot of "that", tested before the string for words with no entry (most words). */
const THAT_SLOTS = slotTable(['that']);

/** SLOT_USED and PAIR_NOUN_SLOTS together: the slots of every word whose entry nounPairAfter reads (a cue word of share
 *  CUE_THRESHOLD.share makes a cue, so its slot is used; a noun with a pair of share CUE_THRESHOLD.nounPair is a pair noun). */
const CUE_OR_PAIR_NOUN_SLOTS = SLOT_USED.map((bits, at) => bits | PAIR_NOUN_SLOTS[at]!);

/** Token positions of the current sentence's possible pair nouns (findCues fills them, withNounPairCues reads them). */
let pairNounAt = new Int32Array(64);
let pairNouns = 0;
function notePairNoun(i: number): void {
  if (pairNouns === pairNounAt.length) { const grown = new Int32Array(pairNounAt.length * 2); grown.set(pairNounAt); pairNounAt = grown; }
  pairNounAt[pairNouns++] = i;
}

/** First tokens of the word + preposition cues found before withNounPairCues runs (it may extend them). Reused. */
let prepFirstAt = new Int32Array(16);
let prepFirsts = 0;

/**
 * The first token from i on (`end` if none) where withNounPairCues can do anything: up to three tokens before a
 * possible pair noun (nounPairAfter looks for its noun at i+1..i+3), or two to four before a word + preposition cue
 * (which it may extend back to i). At every other token its loop ended in `continue` with nothing changed, so it
 * jumps over them (reading them was ~5% of a pass, then the test at each token ~1%). `pn` is the index of the first
 * pair noun at or after i+1; the first pair noun's window comes before any later one's.
 */
function nextNounPairStart(i: number, pn: number, end: number): number {
  let next = pn < pairNouns ? Math.max(i, pairNounAt[pn]! - 3) : end;
  for (let r = 0; r < prepFirsts; r++) {
    const f = prepFirstAt[r]!;
    if (f >= i + 2 && f - 4 < next) next = Math.max(i, f - 4);
  }
  return next;
}

export function findCues(c: Context, s: Sentence): readonly Cue[] {
  // Made at the first cue: most sentences have none, and a list grown by push from empty took room for 16.
  let out: Cue[] | undefined;
  // The words that may head a noun + preposition pair, outside quotations (withNounPairCues needs one; tokens the
  // loop skips lie inside a cue already found, where withNounPairCues adds none).
  pairNouns = 0;
  fillSentenceSlots(c, s);
  for (let i = s.from; i < s.to; i++) {
    if (!isWord(c, i) || c.regionOf[i]! >= 0) continue;
    const w = word(c, i);
    const slot = sentenceSlots[i - s.from]!;
    const entry = entryIn(slot, w);
    if ((PAIR_NOUN_SLOTS[slot >> 5]! & (1 << (slot & 31))) !== 0) notePairNoun(i);
    if (mayHold(RULE_WORD_SLOTS, slot) || (i + 1 < s.to && mayHold(RULE_NEXT_WORD_SLOTS, sentenceSlots[i + 1 - s.from]!))) {
      // "The FBI is reportedly making arrangements …": a cue of its own, read as one of seeming (raising-frames.ts).
      if (w === 'reportedly' && reportsVerbAfter(c, s, i)) { out = withCue(out, { first: i, last: i, head: i, score: CUE_THRESHOLD.share, according: false }); continue; }
      // "Mr. Sanders is seen as empowering …": a view with no one named who holds it (raising-frames.ts reads it).
      // seenAsAuxiliary needs "as" or "for" next: tested first, as a Set lookup hashes every token.
      if (i + 1 < s.to && (word(c, i + 1) === 'as' || word(c, i + 1) === 'for') && SEEN_AS.has(w)) {
        const aux = seenAsAuxiliary(c, s, i);
        if (aux >= 0) { out = withCue(out, { first: aux, last: i + 1, head: i, score: CUE_THRESHOLD.share, according: false }); i++; continue; }
      }
      // "Henry compared Trump to former California Gov. Pete Wilson": a comparison someone draws (comparesObject).
      if (w.startsWith('compar') && comparesObject(c, s, i, w)) { out = withCue(out, { first: auxStart(c, s, i), last: i, head: i, score: CUE_THRESHOLD.share, according: false }); continue; }
      // "As reported by Western Journalism, investigators found …": a source cited as "according to" cites one.
      const reportedByEnd = w === 'as' ? reportedBy(c, s, i) : -1;
      if (reportedByEnd > 0) { out = withCue(out, { first: i, last: reportedByEnd, head: reportedByEnd - 1, score: 0.93, according: true }); i = reportedByEnd; continue; }
      if (w === 'states' && statesAVerb(c, s, i)) { out = withCue(out, { first: i, last: i, head: i, score: CUE_THRESHOLD.share, according: false }); continue; }
      const poll = w === 'in' ? pollCue(c, s, i) : null;
      if (poll) { out = withCue(out, poll); continue; }
      // sourceNounThat needs "from" or "among" next (read first, for the same reason).
      const sourceThat = i + 1 < s.to && (word(c, i + 1) === 'from' || word(c, i + 1) === 'among') ? sourceNounThat(c, s, i, w) : -1;
      if (sourceThat > 0) { out = withCue(out, { first: i, last: i, head: i, score: CUE_THRESHOLD.share, according: false, sourceThat }); i = sourceThat - 1; continue; }
      const idiom = idiomCue(c, s, i, w);
      if (idiom) { out = withCue(out, idiom); i = idiom.last; continue; }
      const retort = i + 1 < s.to && word(c, i + 1) === 'back' ? retortCue(c, s, i, w) : null;
      if (retort) { out = withCue(out, retort); i = retort.last; continue; }
      const doubled = i + 1 < s.to && word(c, i + 1) === 'down' ? doublesDownOn(c, s, i, w) : null;
      if (doubled) { out = withCue(out, doubled); i = doubled.last; continue; }
      // Read only before "to", as the idioms above are read only before their particle: a Set lookup hashes the token.
      const unanswered = i + 1 < s.to && word(c, i + 1) === 'to' ? unansweredRequestCue(c, s, i, w) : null;
      if (unanswered) { out = withCue(out, unanswered); i = unanswered.last; continue; }
      // "Rubio’s response was that …": read only before "that" two words on, as the idioms above before their particle.
      const copular = i + 2 < s.to && word(c, i + 2) === 'that' ? copularNounCue(c, s, i, w) : null;
      if (copular) { out = withCue(out, copular); i = copular.last; continue; }
    }
    if (entry < 0) {
      // inflectedCue's first test, made before the call: nearly every word fails it, and for them the call was the cost.
      if (i + 1 < s.to && mayHold(THAT_SLOTS, sentenceSlots[i + 1 - s.from]!) && word(c, i + 1) === 'that') out = withInflected(c, s, i, w, out);
      continue;
    }
    const info = ENTRY_INFO[entry]!;
    const idiomNoun = ENTRY_IDIOM_NOUN[entry]!;
    const lightVerb = idiomNoun ? lightVerbIdiom(c, s, i, w) : null;
    if (lightVerb) { out = withCue(out, lightVerb); i = lightVerb.last; continue; }
    // A volition verb with its infinitive, gated like weak cue words: only right after a named or pronoun
    // subject (orient.ts). Alone these words are rarely cues (wants 0.24, plans 0.21).
    if (info.volition && info.share < CUE_THRESHOLD.share && i + 1 < s.to && c.regionOf[i + 1]! < 0 && word(c, i + 1) === 'to') {
      out = withCue(out, { first: i, last: i, head: i, score: 0.5, according: false, weak: true });
      continue;
    }
    // A word the lexicon knows only from its pairs ("caution" from "caution against") is, as a word, a form training
    // never saw: "Election scholars caution that …" is read as for a word with no entry.
    const unseenForm = info.count === 0 && !info.stance;
    if (!ENTRY_CAN_MAKE[entry]) {
      // An idiom's noun is in the slot table only for its idiom: otherwise it is read as a word with no entry ("They
      // issue that …" as a form of "issued").
      if (unseenForm || idiomNoun) out = withInflected(c, s, i, w, out);
      continue;
    }
    if (w === 'according' && i + 1 < s.to && word(c, i + 1) === 'to') {
      out = withCue(out, { first: i, last: i + 1, head: i, score: 0.93, according: true });
      i++;
      continue;
    }
    const pairs = info.pairs;
    if (pairs && i + 1 < s.to && isWord(c, i + 1) && c.regionOf[i + 1]! < 0) {
      // "spoke emotionally of", "weighed in Friday about": an adverb or a day between the word and its preposition.
      const gap = i + 2 < s.to && isWord(c, i + 2) && c.regionOf[i + 2]! < 0 && isGapWord(word(c, i + 1)) && (pairs.get(word(c, i + 2)) ?? 0) >= CUE_THRESHOLD.pair ? 1 : 0;
      const pairShare = pairs.get(word(c, i + 1 + gap)) ?? 0;
      if (pairShare >= CUE_THRESHOLD.pair) {
        // "spoke out about", "lashed out at", "pushed back against": a particle's verb is the cue's head (PolNeAR marks
        // it); the subject stands before the verb, which was taken for the speaker ("to speak out about this").
        const head = PARTICLES.has(w) && i - 1 >= s.from && isWord(c, i - 1) && !c.t.cap[i - 1] && c.regionOf[i - 1]! < 0 ? i - 1 : i;
        const first = auxStart(c, s, head);
        out = withCue(out, { first, last: i + 1 + gap, head, score: pairShare, according: false, prep: true });
        i += 1 + gap;
        continue;
      }
    }
    // Adverbs sit inside cue spans ("has repeatedly said") but never head one.
    if (w.length > 4 && w.endsWith('ly')) continue;
    // "five counts of", "boasts a reputation", "talking points", "continued to run", "found himself", "showed up" (NOT_A_CUE_WHEN).
    const notACue = ENTRY_NOT_A_CUE_WHEN[entry];
    if (notACue !== undefined && notACue(c, s, i)) continue;
    let share = info.share;
    // The learned share given what follows ("hopes to", "warned that", "about “…”") when it is higher.
    if (info.shapes && i + 1 < s.to) {
      const shape = c.t.kind[i + 1] === QMARK ? 'quote' : word(c, i + 1) === 'that' || word(c, i + 1) === 'to' ? word(c, i + 1) : '';
      const shaped = shape ? info.shapes.get(shape) : undefined;
      if (shaped !== undefined && shaped >= CUE_THRESHOLD.shape && shaped > share) share = shaped;
    }
    // "FEC records show he backed …", "The reports show …": after a document, "show" tells what it says (train: as a
    // cue in 35% of its uses overall, mostly after such nouns; "the show" is the other sense).
    if (w === 'show' && i > s.from && isWord(c, i - 1) && SHOWING_DOCUMENTS.has(word(c, i - 1))) share = Math.max(share, CUE_THRESHOLD.share);
    // Denials and confirmations are always cues: the product's stance depends on them.
    if (info.stance) share = Math.max(share, CUE_THRESHOLD.share);
    else if (share < CUE_THRESHOLD.share && nounSubjectCue(c, s, i, w, isAuxAt)) share = CUE_THRESHOLD.share;
    else if (share < CUE_THRESHOLD.share || info.count < CUE_THRESHOLD.count) {
      // A weaker cue word still counts when a complement clause follows ("reports that", "claims that").
      const next = i + 1 < s.to && isWord(c, i + 1) ? word(c, i + 1) : '';
      // Weak cues (share between weak and share) speak only right after their subject (orient.ts);
      // measured on dev they cost F1, so weak = share switches them off.
      if ((share >= CUE_THRESHOLD.weak || (share >= CUE_THRESHOLD.headlineVerb && out === undefined && headlineVerb(c, s, i, w))) && info.count >= CUE_THRESHOLD.count && next !== 'that') {
        out = withCue(out, { first: i, last: i, head: i, score: share, according: false, weak: true });
        continue;
      }
      if (unseenForm) { out = withInflected(c, s, i, w, out); continue; }
      if (share < CUE_THRESHOLD.withThat || (next !== 'that' && !(w === 'claims' && CLAIMS_CLAUSE_OPENERS.has(next)) && !madeItClear(c, s, i, w) && madeClearBefore(c, s, i, w) === i && !viewAs(c, s, i, w) && !callsObject(c, s, i, w) && goesOnToBefore(c, s, i) === i)) continue;
    }
    const madeClear = madeClearBefore(c, s, i, w);
    const first = auxStart(c, s, madeClear < i ? madeClear : goesOnToBefore(c, s, i));
    // A complement clause after the cue is strong evidence of speech: it outranks a nested verb.
    const thatFollows = i + 1 < s.to && word(c, i + 1) === 'that';
    // Coordinated cue verbs are one cue: "never confirmed or denied North Korean presence".
    let last = i;
    if (i + 2 < s.to && isWord(c, i + 2) && (word(c, i + 1) === 'or' || word(c, i + 1) === 'and')) {
      const other = CUE_INFO.get(word(c, i + 2));
      if (other && (other.stance || other.share >= CUE_THRESHOLD.share)) last = i + 2;
    }
    const nounPrep = last === i && !thatFollows ? nounPairAfter(c, s, i) : -1;
    if (nounPrep > 0) {
      out = withCue(out, { first, last: nounPrep, head: i, score: share, according: false, prep: true });
      i = nounPrep;
      continue;
    }
    out = withCue(out, { first, last, head: i, score: Math.min(0.99, share + (thatFollows ? 0.4 : 0)), according: false });
    i = last;
  }
  if (pairNouns > 0 || (out !== undefined && out.some(isPrepCue))) out = withNounPairCues(c, s, out);
  const labelled = labelCues(c, s, out ?? NO_CUES);
  if (labelled.length > 0) out = [...(out ?? []), ...labelled].sort((a, b) => a.first - b.first);
  return out ? out.map(withEveryField) : NO_CUES;
}

/**
 * `cue` with each optional field present (undefined when not set), in one order. The rules above make cues of six
 * shapes (with or without prep, weak, sourceThat …), and V8 reads a field of an object of more than four shapes by a
 * megamorphic lookup: the frames' reads of cue.head, cue.first and cue.last were such lookups at some 35 sites. Cues of
 * one shape keep those reads to a single map check.
 */
const withEveryField = (cue: Cue): Cue => ({ first: cue.first, last: cue.last, head: cue.head, score: cue.score, according: cue.according,
  prep: cue.prep, weak: cue.weak, sourceThat: cue.sourceThat, copular: cue.copular, labelClose: cue.labelClose, objectEnd: cue.objectEnd });

/** `list` with the cue of an unseen form of a cue verb at token i, if there is one (inflectedCue). */
function withInflected(c: Context, s: Sentence, i: number, w: string, list: Cue[] | undefined): Cue[] | undefined {
  const inflected = inflectedCue(c, s, i, w);
  return inflected ? withCue(list, inflected) : list;
}

/** Words that end the search for a noun + preposition after a cue verb: a pronoun or a relative opens a clause, "to" an
 *  infinitive, a conjunction a second phrase. */
const NOT_OBJECT = wordClass(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'that', 'to', 'this', 'there', 'who', 'which', 'what', 'and', 'or', 'but']);
/** "expressed deep concern about", "raised questions about": a cue verb whose object is a noun of saying or thinking
 *  with its preposition; the preposition's object is the content. Returns the preposition's token, or -1. The pair's
 *  learned share must reach CUE_THRESHOLD.nounPair (0.2 / 0.3 / 0.4: dev 1,301 right at each, train 11,017 / 11,022 /
 *  11,018). */
function nounPairAfter(c: Context, s: Sentence, i: number): number {
  // Called by findCues only, while sentenceSlots holds s's slots.
  for (let k = i + 1; k <= i + 4 && k < s.to; k++) {
    if (!isWord(c, k) || c.regionOf[k]! >= 0 || c.t.cap[k] || inClass(c, k, NOT_OBJECT)) return -1;
    if (k === i + 1) continue;
    // Only a word in a slot of the cue table or of a pair noun has an entry that can stop or pair here (one bit).
    if (!mayHold(CUE_OR_PAIR_NOUN_SLOTS, sentenceSlots[k - 1 - s.from]!)) continue;
    const prev = CUE_INFO.get(word(c, k - 1));
    // A word that is a cue itself ("said he agreed with") starts its own statement.
    if (prev && prev.share >= CUE_THRESHOLD.share) return -1;
    const share = prev?.pairs?.get(word(c, k));
    if (share !== undefined && share >= CUE_THRESHOLD.nounPair) return k;
  }
  return -1;
}

/** Verbs whose subject is the target of the noun after them, not its source: "Trump has faced criticism for …",
 *  "Clinton is already receiving criticism for …", "won the endorsement of …", "deflected numerous questions about …",
 *  "cast 42 votes for …", "carried out attacks on …" (train: the 14 statements nounPairCues made after them were all
 *  wrong; PolNeAR gives such a noun no source or the one after "from"). */
const RECEIVING_VERB = wordClass(['face', 'faces', 'faced', 'facing', 'endure', 'endures', 'endured', 'enduring', 'receive',
  'receives', 'received', 'receiving', 'deal', 'dealt', 'win', 'wins', 'won', 'secured', 'snagged', 'get', 'gets', 'got',
  'earned', 'deflected', 'cast', 'carried']);
/** Irregular pasts of light verbs ("Clinton took some shots at …", "he drew intense criticism for …"). */
const LIGHT_VERB_PASTS = new Set(['took', 'drew', 'made', 'gave', 'put', 'held', 'threw', 'struck', 'laid', 'sent', 'began',
  'kept', 'brought', 'spoke', 'wrote']);
const SUBJECT_PRONOUN = wordClass(['he', 'she', 'they', 'i', 'we', 'you', 'who']);
/** Words that are no verb of withNounPairCues: auxiliaries, words that end an object, clause openers, determiners,
 *  receiving verbs (isLyAdverb aside). */
const NO_NOUN_PAIR_VERB = CUE_AUXILIARY | NOT_OBJECT | CLAUSE_OPENER | ARTICLE_OR_POSSESSIVE | RECEIVING_VERB;

/**
 * `out` with the cues of verbs that are no cues themselves but whose object is a noun of saying or attitude with its
 * preposition (nounPairAfter): "Donald Trump is raising questions about his microphone problems", "She then peppered
 * him with attacks on his biography", "Republicans weren't too concerned about this shift", "he has taken frequent
 * shots at …", "Bob provided new details about …". The verb, noun and preposition are one weak cue (kept only right
 * after a named or pronoun subject, orient.ts), the preposition's object its content. Only right after such a subject
 * and its auxiliaries, not a possessor ("Trump's often controversial comments on …" is a noun phrase whose object runs
 * into its verb); after a capitalized subject with no auxiliary only a past in -ed or of a light verb ("New Hampshire
 * voters pose questions about": the capital is a modifier of the noun), nor a day ("The Not1More campaign on Tuesday
 * released a parody website asking for …"). Train: 37 statements made in 34 documents, 23 right (speaker exact 27),
 * replacing 3 (2 right); dev 4 made, 3 right. A noun + preposition cue the finder proposed on its own after such a verb
 * and its noun phrase now starts at the verb (train 23 made, 19 right, replacing 11, 4 right; dev no such use).
 */
function withNounPairCues(c: Context, s: Sentence, out: Cue[] | undefined): Cue[] | undefined {
  let added: Cue[] | undefined;
  let extended = false;
  let j = 0;
  prepFirsts = 0;
  if (out) for (const cue of out) {
    if (!cue.prep) continue;
    if (prepFirsts === prepFirstAt.length) { const grown = new Int32Array(prepFirstAt.length * 2); grown.set(prepFirstAt); prepFirstAt = grown; }
    prepFirstAt[prepFirsts++] = cue.first;
  }
  let pn = 0;
  for (let i = s.from + 1; i < s.to; i++) {
    while (pn < pairNouns && pairNounAt[pn]! < i + 1) pn++;
    const start = nextNounPairStart(i, pn, s.to);
    if (start > i) { i = start - 1; continue; }
    if (!isWord(c, i) || c.regionOf[i]! >= 0 || c.t.cap[i]) continue;
    // Tokens inside a cue already found (out is in token order) start no other.
    while (out && j < out.length && out[j]!.last < i) j++;
    if (out && j < out.length && out[j]!.first <= i) continue;
    const w = word(c, i);
    if (inClass(c, i, NO_NOUN_PAIR_VERB) || isLyAdverb(w)) continue;
    let at = i;
    while (at - 1 > s.from && at > i - 3 && isWord(c, at - 1) && !c.t.cap[at - 1] && isAuxAt(c, at - 1)) at--;
    if (!isWord(c, at - 1)) continue;
    const subject = word(c, at - 1);
    if (c.t.cap[at - 1] ? inClass(c, at - 1, DAY) || isPossessive(subject) || subject.endsWith("'") || subject.endsWith('’') || (at === i && !w.endsWith('ed') && !LIGHT_VERB_PASTS.has(w)) : !inClass(c, at - 1, SUBJECT_PRONOUN)) continue;
    const k = nounPairAfter(c, s, i);
    // "Donald Trump has delivered an impassioned defense of …", "Democrat Hillary Clinton has taken a swipe at …": a
    // noun + preposition cue found on its own a few words on, with only lower-case words of its noun phrase between,
    // starts at this verb, whose subject is its speaker (alone the noun's cue had none).
    const next = out && j < out.length ? out[j]! : undefined;
    if (next && next.prep && !next.weak && next.first > i + 1 && next.first <= i + 4 && (k < 0 || next.first <= k) && nounPhraseBetween(c, i + 1, next.first)) {
      out![j] = { ...next, first: auxStart(c, s, i), head: i, weak: true };
      extended = true;
      i = next.last;
      continue;
    }
    if (k < 0 || (out && j < out.length && out[j]!.first <= k)) continue;
    added = withCue(added, { first: auxStart(c, s, i), last: k, head: i, score: CUE_THRESHOLD.nounPair, according: false, weak: true, prep: true });
    i = k;
  }
  if (!added) return extended ? out!.sort((a, b) => a.first - b.first) : out;
  return out ? [...out, ...added].sort((a, b) => a.first - b.first) : added;
}

/** Whether tokens from..to-1 are lower-case words outside quotations that can stand in a noun phrase before its noun
 *  ("an impassioned", "multiple", "a generational"): no pronoun, conjunction or clause opener. */
function nounPhraseBetween(c: Context, from: number, to: number): boolean {
  for (let m = from; m < to; m++) {
    if (!isWord(c, m) || c.regionOf[m]! >= 0 || c.t.cap[m] || inClass(c, m, NOT_OBJECT | CLAUSE_OPENER)) return false;
  }
  return true;
}

/** A word + preposition cue, which withNounPairCues may start at an earlier verb. */
const isPrepCue = (cue: Cue): boolean => cue.prep === true;

/** The cues of a sentence that has none: shared, never written to. */
const NO_CUES: readonly Cue[] = [];

/** `list` with `cue` appended; a list of one when there is none yet. */
function withCue(list: Cue[] | undefined, cue: Cue): Cue[] {
  if (list === undefined) return [cue];
  list.push(cue);
  return list;
}
