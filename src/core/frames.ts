// Stage 5b: from each cue to a frame — who (speaker tokens, from orient.ts) and what (content
// characters): quotations whole, clauses to the sentence's end or the next frame, objects to their
// first comma or adjunct.
import { ARTICLES, type Context, closesQuote, COORDINATORS, isPossessive, isWord, opensQuote, PRONOUN_CONTRACTION, punct, startsWithDigit, word } from './context';
import { ADJUNCT_OPENERS, INTRO_OPENERS, SUBORDINATORS, continueAfterTail, cutCoordination, EDGE_PUNCT, endAfterEndorsedName, endAtRespondentsComma, endBeforeComparedFigure, endBeforeNameAppositive, endBeforeSummaryAppositive, FINITE_AUXILIARIES, endBeforeParticipleAct, endBeforeResumedQuote, interruptsQuotation, resumesQuotedSentence, endAtQuotedComma, endOfOpeningClause, extendQuote, openingAfterDateline, isDatePhrase, isMediumPhrase, isOccasionPhrase, endBeforeBracketedAside, endBeforeDashedAside, endBeforePlatform, isDash, isSpacedDash, OBJECT_ENDS, quoteInNextParagraph, spokenParagraphsAfter, skipSentenceOpening } from './content-edges';
import { type Cue, PARTICLES, addsToAThing, continuesAThing } from './cues';
import { AUX_ADV, CLAUSE_OPENERS, CLAUSE_SHARE, CUE_SHARE, PRONOUNS, TAKES_ADDRESSEE } from './lexicon';
import { isPersonNoun } from './entities/types';
import { orient, PARTICIPLE_LEADS, type Orientation } from './orient';
import type { Sentence } from './sentences';
import { DAYS, MONTH_ABBREVIATIONS, PERIOD_OPENERS, PERIODS } from './time-words';
import { CLAUSE_SUBJECTS, skipAddressee, type TokenSpan } from './speakers';
import { isRaisingCue, raisingFrame } from './raising-frames';
import { afterExpressedFeeling, feelingCausedIn } from './expressed-feelings';
export { continueAfterTail, quoteInNextParagraph } from './content-edges';

export interface Frame {
  cue: Cue;
  speaker: TokenSpan | null;
  /** Possessive speakers ("Trump's claim") end before the "'s". */
  speakerEndTrim: number;
  start: number;
  end: number;
  /** 'before' = content precedes the cue (tail), 'after' = content follows. */
  side: 'before' | 'after';
  score: number;
}

/** Words that are never a whole content by themselves. */
const LONE_CONTENT = new Set(['again', 'back', 'too', 'otherwise', 'later']);
/** Verbs that put out a document: "issued a statement" names the document, not what it says. */
const ISSUING = new Set(['issued', 'issues', 'issue', 'issuing', 'released', 'releases', 'release', 'releasing']);
const STATEMENT_NOUNS = new Set(['statement', 'statements']);

/** "McCain … issued a statement after …", "Tracy Martin, Trayvon's father, issued a statement Thursday", "Trump issued a
 *  formal statement Sunday afternoon": a content that is only a statement, a modifier and a time says nothing (train: 0
 *  of 3 such statements right; "issued a statement expressing optimism …" and "a statement of concern about …" go on
 *  and stay). */
function namesOnlyAStatement(c: Context, first: number, last: number): boolean {
  let k = first;
  if (k <= last && isWord(c, k) && NOUN_LEADS.has(word(c, k))) k++;
  if (k < last && isWord(c, k) && !c.t.cap[k] && !STATEMENT_NOUNS.has(word(c, k))) k++;
  if (k > last || !isWord(c, k) || !STATEMENT_NOUNS.has(word(c, k))) return false;
  for (k++; k <= last; k++) if (!isWord(c, k) || !(DAYS.has(word(c, k)) || PERIODS.has(word(c, k)) || PERIOD_OPENERS.has(word(c, k)))) return false;
  return true;
}
const LONE_ADVERBS = new Set(['never', 'always', 'also', 'just', 'only', 'still', 'even', 'not', 'already', 'once', 'ever', 'often',
  'again', 'then', 'now', 'unlike', 'instead', 'perhaps', 'maybe']);
/** Pronouns and quantifiers that stand for a whole thing said ("asked about it", "talked about everything"). */
const LONE_OBJECTS = new Set(['it', 'them', 'him', 'her', 'this', 'that', 'these', 'those', 'what', 'which', 'who', 'me', 'us', 'you',
  'everything', 'nothing', 'something', 'anything', 'so', 'both', 'all', 'one', 'why', 'how', 'when', 'where', 'whether']);
const THING_PRONOUNS = new Set(['what', 'whatever', 'everything', 'nothing', 'anything', 'something']);
const ANSWER_WORDS = new Set(['no', 'yes']);
/** Words no subject opens with: a conjunction or subordinator ("Yet citing …", "If wary to a fault"), an inverted
 *  auxiliary ("Had the authorities found the posts …"), an object pronoun ("confronted him in the first primary debate
 *  about"), a subject fused with "is" or "am" ("It's a dynamic Greenberg said could …", "I'm old enough to remember
 *  President Jimmy Carter declaring …", "That’s not unreasonable for taxi services", "What's complaining about being
 *  ill-treated"), an imperative ("Get those jokes off", "may not let editorials tell them"). */
export const NOT_SUBJECT_OPENERS: ReadonlySet<string> = new Set(['so', 'yet', 'why', 'how', 'if', 'despite', 'with', 'had', 'him', 'them', 'there',
  'there’s', "there's", 'it’s', "it's", 'i’m', "i'm", 'let', 'get', 'that’s', "that's", 'what’s', "what's"]);
/** Is the cue one -ed word right after a speaker headed by a lower-case noun that names no one, and right before a
 *  finite auxiliary ("the other games offered have been …")? */
function participleBeforeFiniteVerb(c: Context, sp: TokenSpan, cue: Cue): boolean {
  if (cue.first !== cue.last || sp.last !== cue.first - 1 || !isWord(c, cue.last + 1) || !FINITE_AUXILIARIES.has(word(c, cue.last + 1))) return false;
  const w = word(c, cue.head);
  if (!w.endsWith('ed') || !isWord(c, sp.last) || c.t.cap[sp.last]) return false;
  const head = word(c, sp.last);
  return !PRONOUNS.has(head) && !isPersonNoun(head) && !PEOPLE_NOUN_END.test(head) && !(head.endsWith('s') && isPersonNoun(head.slice(0, -1)));
}
/** Plural nouns for people by their endings ("voters", "analysts", "officials" …). */
const PEOPLE_NOUN_END = /[a-z](?:ers|ors|ists|ants|ents|ians|ives|ics|ees|als)$/;

/** "don't", "didn’t", "can't": a word that ends in a negation's contraction. */
const isNegatedAuxiliary = (w: string): boolean => w.length > 3 && w.charCodeAt(w.length - 1) === 116 /* t */ &&
  (w.endsWith("n't") || w.endsWith('n’t'));
const SKIPPABLE_BEFORE_THAT = new Set(['today', 'yesterday', 'tonight', 'again', 'also', 'reporters', 'him', 'her', 'them', 'us',
  'me', 'then', 'later', 'earlier', 'recently', 'now', 'last', 'week', 'month', 'year', 'night', 'morning', 'afternoon']);
const LONE_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'their', 'its', 'our', 'my', 'your']);
const NOUN_LEADS = new Set([...LONE_DETERMINERS, 'her', 'this', 'these', 'those']);
const RELATIVE_SPEAKERS = new Set(['who', 'which', 'that']);
const ADJUNCT_CLAUSE_OPENERS = new Set(['whether', 'if', 'who', 'why', 'how']);
const PLACE_TIME_PREPOSITIONS = new Set(['in', 'on', 'at', 'after', 'during', 'before', 'via']);
/** Prepositions of a circumstance between a cue and its clause ("said following a vote in 2001 that …", "explained
 *  through a spokesman that …", "admitted under Warren’s grilling he hadn’t …"). Not "despite", which opens a
 *  concession inside the content ("said despite all that, Obama wasn’t influenced …"). */
const CIRCUMSTANCE_PREPOSITIONS = new Set(['under', 'following', 'through', 'without', 'since', 'amid', 'throughout']);
const ADDRESSEE_STOPS = new Set(['to', 'how', 'what', 'whether', 'why', 'who', 'when', 'where', 'if', 'which']);
const GAP_RELATIVES = new Set(['which', 'what', 'whom', 'who']);
const RELATIVE_PREPOSITIONS = new Set(['in', 'of', 'on', 'for', 'with', 'at', 'by', 'from', 'to', 'under', 'about', 'through', 'during', 'after', 'before', 'over', 'against', 'into', 'upon']);
const PARTICLE_PREPOSITIONS = new Set(['on', 'at', 'for', 'about', 'to', 'with', 'against', 'of', 'in']);
const CUE_PREPOSITIONS = new Set(['against', 'on', 'of', 'about', 'over', 'with', 'for']);


/** "told African-Americans this weekend he would …", "said Monday (that) …": a time phrase is not content. */
function skipTimePhrase(c: Context, first: number, last: number): number {
  if (first > last || !isWord(c, first)) return first;
  const w = word(c, first);
  if (DAYS.has(w) && first + 1 <= last && isWord(c, first + 1)) return first + 1;
  if (PERIOD_OPENERS.has(w) && first + 2 <= last && PERIODS.has(word(c, first + 1))) return first + 2;
  if (w === 'on' && first + 2 <= last && DAYS.has(word(c, first + 1))) return first + 2;
  return first;
}

const CONTINUE_VERBS = new Set(['continued', 'continues', 'continue', 'continuing']);

/** Below this learned share of clause-length contents, a cue's content is read as an object. */
const OBJECT_CUT = 0.5;

/** Words that open a new clause before a later frame's subject. */
const CLAUSE_BREAKS = new Set(['as', 'where', 'or', 'yet', 'then', 'when', 'because', 'though', 'although', 'while', 'whereas', 'after', 'before', 'since', 'until', 'if', 'unless', 'but', 'and', 'so']);

/** Below this share a content that is not a "that" clause may still be an object: it ends at the milder edges of endOfObject. */
const MILD_CUT = 0.8;
/** At or above this learned share of clause-length contents a word + preposition cue's object is not cut hard (dev
 *  and train: 0.6 −2 / +3 right, 0.7 and 0.8 +1 / +5, 0.9 ±0 / +3). */
const PAIR_CLAUSE = 0.7;

/** An object content ends before a non-restrictive relative (", which makes him …"), a spaced dash
 *  ("― just as he did …") or a second verb phrase ("… but did not recommend prosecution"). */
function endOfObject(c: Context, first: number, last: number): number {
  // After a relative pronoun or a subject pronoun the content has a verb of its own, and a second verb phrase is its
  // ("the New York businessman who lacks experience … and has attacked global allies").
  let ownVerb = isWord(c, first) && SUBJECT_PRONOUNS.has(word(c, first));
  for (let k = first + 1; k <= last; k++) {
    if (c.regionOf[k]! >= 0) continue;
    const p = punct(c, k);
    if (p === '—' || p === '―' || p === '–') return k - 1;
    if (p === ',' && k + 1 <= last && isWord(c, k + 1) && COMMA_OBJECT_ENDS.has(word(c, k + 1))) {
      const resumes = closingRelativeComma(c, k, last);
      if (resumes < 0) return k - 1;
      k = resumes;
      continue;
    }
    if (isWord(c, k) && (word(c, k) === 'who' || word(c, k) === 'that' || word(c, k) === 'which')) ownVerb = true;
    if (!ownVerb && isWord(c, k) && (word(c, k) === 'but' || word(c, k) === 'and') && k + 1 <= last && FINITE_AUXILIARIES.has(word(c, k + 1))) return k - 1;
    if (!ownVerb && opensSecondPredicate(c, first, k, last)) return k - 1;
    if (!ownVerb && k - first <= SHORT_OBJECT && opensTimeClause(c, first, k)) return k - 1;
  }
  return last;
}
const RELATIVE_OPENERS = new Set(['which', 'who', 'whose', 'where']);
/** Words after a relative clause's closing comma that open no continuation of the object. */
const NO_RESUME = new Set(['and', 'but', 'or', 'who', 'which', 'where', 'the', 'a', 'an', 'including', 'while', 'he', 'she', 'they', 'it']);
/** ", which would include the military, to crack down on hackers": a relative clause set off by a pair of commas, after
 *  which the object goes on in lower case, is inside the content. Returns the closing comma, or -1. */
function closingRelativeComma(c: Context, k: number, last: number): number {
  if (k + 1 > last || !isWord(c, k + 1) || !RELATIVE_OPENERS.has(word(c, k + 1))) return -1;
  for (let j = k + 2; j < last; j++) {
    if (c.regionOf[j]! >= 0) return -1;
    if (isWord(c, j)) continue;
    const p = punct(c, j);
    if (p === ',' && joinsNames(c, j)) continue; // "less than 2,000 votes", "in Tulsa, Oklahoma"
    if (p === ',') return isWord(c, j + 1) && !c.t.cap[j + 1] && !NO_RESUME.has(word(c, j + 1)) ? j : -1;
    if (p !== '-' && p !== "'" && p !== '’') return -1;
  }
  return -1;
}

/** "has not mentioned Machado since the Monday night debate", "supported the bill when it came to the Senate": after an
 *  object of one or two words, a subordinator dates the act, not the object (train: 12 contents end there vs 8 that
 *  run on; after longer objects 2 vs 19; after cues of share 0.8 and more, −3 right). */
const SHORT_OBJECT = 2;
/** An object cut hard that opens with one of these is a clause, and a subordinator inside it goes on with it ("talks about
 *  what can be achieved when partisans cross the aisle", "railing against what he calls a ''corrupt'' process … while
 *  sending Mr. Manafort …"; train: gold runs on 4 times of 4, 2 contents change, both become right). */
const WH_CLAUSE_OPENERS = new Set(['what', 'how', 'why', 'whether', 'where', 'who', 'if']);
/** Words before "after"/"before" that make it part of a time phrase ("shortly after", "a half-hour before"). */
const TIME_ADVERBS = new Set(['soon', 'shortly', 'long', 'just', 'right', 'even', 'only', 'well', 'hour', 'half-hour']);

/** A lower-case subordinator at token k that opens a clause of time or cause after the object, not a particle after
 *  an infinitive ("to go after …") nor part of a time phrase. */
function opensTimeClause(c: Context, first: number, k: number): boolean {
  const w = word(c, k);
  return isWord(c, k) && !c.t.cap[k] && OBJECT_ENDS.has(w) && w !== 'but' && w !== 'which' && word(c, first) !== 'to' && !TIME_ADVERBS.has(word(c, k - 1));
}

/** After a comma these open the narrator's words, not the object's ("announced it would seek a recanvass in … Kentucky
 *  primary, where he trailed …"). Measured one by one: "where" dev +1 / train +1 right, "with" train +3; "including"
 *  lost dev 2 and train 4 (a list often belongs to the object). */
const COMMA_OBJECT_ENDS = new Set(['which', 'who', 'where', 'with']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you']);

const BOUND_SUBORDINATORS = new Set(['when', 'if', 'because', 'after', 'before', 'since', 'until', 'unless']);
/** "argue that the EPA overstepped its regulatory authority … when the agency issued the rules": inside a "that"
 *  clause, a subordinator right after a word (no comma) opens a clause of what was said, and the later frame is a
 *  statement inside it. After an object it still ends the content ("cite his voting record in the early 2000s in the
 *  House when he repeatedly supported …"). */
function boundSubordinate(c: Context, k: number): boolean {
  return BOUND_SUBORDINATORS.has(word(c, k)) && isWord(c, k - 1);
}

/** "what Trump and Lewandowski said", "both he and Rubio promised": an "and"/"or" after a name or a subject pronoun
 *  joins two subjects of one verb, so it opens no clause for the later frame. */
function coordinatesSubject(c: Context, k: number, from: number): boolean {
  const w = word(c, k);
  if ((w !== 'and' && w !== 'or') || k - 1 < from || !isWord(c, k - 1)) return false;
  return c.t.cap[k - 1] === 1 || ['he', 'she', 'they', 'i', 'we', 'you'].includes(word(c, k - 1));
}

/** A comma between two capitalised words lists names or places inside one object ("potential hackers from China,
 *  Russia and North Korea", "the death of Terence Crutcher in Tulsa, Oklahoma"). */
function joinsNames(c: Context, k: number): boolean {
  // "about 1,500 of those pages": a comma inside a number is no comma at all.
  if (c.t.end[k - 1] === c.t.start[k] && c.t.end[k] === c.t.start[k + 1] && /^\d/.test(word(c, k - 1)) && /^\d/.test(word(c, k + 1))) return true;
  return isWord(c, k - 1) && c.t.cap[k - 1] === 1 && isWord(c, k + 1) && c.t.cap[k + 1] === 1;
}

/** ", Sheila Bair" after "Gruenberg's predecessor": a name alone between the comma and the object's end (or its next
 *  comma) names what came before it, inside the object. */
function namesAppositive(c: Context, k: number, last: number): boolean {
  let j = k + 1;
  while (j <= last && ((isWord(c, j) && c.t.cap[j] === 1) || (punct(c, j) === '.' && j > k + 1))) j++;
  return j > k + 1 && (j > last || punct(c, j) === ',');
}

const NOUN_PHRASE_OPENERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these',
  'those', 'him', 'them', 'us', 'me', 'some', 'many', 'all', 'both', 'each', 'every', 'reporters', 'voters', 'supporters']);

/** A lower-case word after "to" that opens no noun phrase: read as a verb. A speech verb is left out ("refused to
 *  admit that …", "continued to assert that …": PolNeAR's cue takes it in, and the content starts at "that"). */
function isInfinitive(c: Context, k: number): boolean {
  return isWord(c, k) && !c.t.cap[k] && !NOUN_PHRASE_OPENERS.has(word(c, k)) && !startsWithDigit(word(c, k)) && (CUE_SHARE.get(word(c, k)) ?? 0) < 0.3;
}

/** A number or a fraction word opening a quantity. */
function isQuantity(c: Context, k: number): boolean {
  return isWord(c, k) && (/^[$\d]/.test(word(c, k)) || ['half', 'twice', 'double'].includes(word(c, k)));
}

/** A month's period ("said on Oct. 31 that", "told investors on Oct. 31 that"): inside a phrase, not its end. */
function isMonthPeriod(c: Context, k: number): boolean {
  return punct(c, k) === '.' && k > 0 && isWord(c, k - 1) && MONTH_ABBREVIATIONS.has(word(c, k - 1));
}

/** Does a speaker span hold a relative "who" after its first word ("A senior official who spoke on condition …")? */
function hasRelative(c: Context, sp: TokenSpan): boolean {
  for (let k = sp.first + 1; k <= sp.last; k++) if (isWord(c, k) && !c.t.cap[k] && word(c, k) === 'who') return true;
  return false;
}

/** Where a content that runs forward must stop: before the next frame in the sentence. */
function isBreaker(c: Context, k: number, breakers: readonly number[]): boolean {
  return breakers.includes(k) || punct(c, k) === ';';
}

/** The frames of a sentence's cues, appended to `frames` (the text's list: a list of its own per sentence, grown by push,
 *  took room for 16 frames each time). */
export function buildFrames(c: Context, s: Sentence, allCues: readonly Cue[], frames: Frame[]): void {
  // A verb of seeming makes its own frame, with no speaker (raising-frames.ts).
  let cues = allCues;
  if (hasRaisingCue(c, allCues)) {
    const kept: Cue[] = [];
    cues = kept;
    allCues.forEach((cue, k) => {
      if (!isRaisingCue(c, cue)) { kept.push(cue); return; }
      const f = raisingFrame(c, s, cue, k > 0 ? allCues[k - 1]! : null);
      if (f) frames.push(f);
    });
  }
  // One per cue, sized so: grown by push from empty, each of these lists took room for 16 (buildFrames' lists were the
  // largest allocation of the span stages, most sentences having a cue or two).
  const orients = new Array<Orientation | null>(cues.length);
  // The orientations found so far, and the breakers: the shared empty list until the first.
  let done: readonly Orientation[] = NONE;
  // Token indexes, a few per sentence at most: an array, where a Set made its table for every sentence with a cue.
  let breakers: readonly number[] = NONE;
  // Breakers at a subordinator right after a word: they end objects, not "that" clauses (boundSubordinate). Made at
  // the first one: most sentences have none, and a Set per sentence with a cue was a fortieth of all allocation.
  let boundBreakers: Set<number> | undefined;
  for (let idx = 0; idx < cues.length; idx++) {
    const cue = cues[idx]!;
    let o = orient(c, s, cue, done);
    // "2. Never urged Ukraine to investigate Joe Biden": a heading's adverb stands where a subject would, and says nothing.
    if (o?.speaker && o.speaker.first === o.speaker.last && LONE_ADVERBS.has(word(c, o.speaker.first))) o = null;
    // "Don't blame Bush.", "FELLOW DOCTORS DON'T WANT TO …", "No. Donand Trump … seems to think he is exempt": a negated
    // auxiliary or a lone "no"/"yes" read as the subject is an imperative's or an answer's, not a speaker.
    if (o?.speaker && (isNegatedAuxiliary(word(c, o.speaker.last)) || (o.speaker.first === o.speaker.last && ANSWER_WORDS.has(word(c, o.speaker.first))))) o = null;
    // "Everything Trump says is a lie", "Nothing the president said …", "What she has lacked in rhetorical brio": a
    // free relative or an indefinite pronoun opening the subject is the thing said, not who said it (train 0 of 7 such
    // statements right, dev 0 of 1).
    if (o?.speaker && isWord(c, o.speaker.first) && THING_PRONOUNS.has(word(c, o.speaker.first))) o = null;
    if (o?.speaker && isWord(c, o.speaker.first) && NOT_SUBJECT_OPENERS.has(word(c, o.speaker.first))) o = null;
    // "Although no group claimed responsibility", "So far, no terrorist organization has claimed responsibility", "But
    // no one’s talking about …": a subject denied by "no" (left out of the mention) says nothing (train: 5 such
    // statements, none right).
    if (o?.speaker && o.speaker.first > s.from && isWord(c, o.speaker.first - 1) && word(c, o.speaker.first - 1) === 'no') o = null;
    // "while most of the other games offered have been on the market", "The Democratic plan rejected was similar to …": an
    // -ed cue right after a thing's noun and right before a finite auxiliary is a participle modifying that noun, the
    // subject of the auxiliary; nobody speaks.
    if (o?.speaker && participleBeforeFiniteVerb(c, o.speaker, cue)) o = null;
    if (o?.speaker && possessorApart(c, o.speaker, cue)) o = null;
    // "Millennials have reached a broad consensus that …", "Mrs. Clinton has been a dogged critic of …": a noun cue's
    // subject read back through a finite verb holds a clause; its subject is the speaker.
    if (o?.speaker && o.speaker.last < cue.first) {
      const aux = finiteVerbInSubject(c, o.speaker);
      if (aux > 0) o = { ...o, speaker: { first: o.speaker.first, last: aux - 1 } };
    }
    orients[idx] = o;
    if (!o) continue;
    done = withOrientation(done, o);
    // "Two officials who asked not to be identified said …": a statement inside the subject's relative clause ends
    // where the subject's own verb begins.
    if (o.side === 'after' && o.speaker && o.speaker.last < cue.first && hasRelative(c, o.speaker)) breakers = withBreaker(breakers, cue.first);
    if (o.side === 'before') {
      // The tail's own start (a comma or dash before its speaker or its object) ends earlier contents.
      const b = Math.min(cue.first, o.speaker ? o.speaker.first : cue.first, o.contentFirst > s.from ? o.contentFirst : cue.first) - 1;
      if (b >= s.from && !isWord(c, b)) breakers = withBreaker(breakers, b);
      if (o.contentFirst > s.from && !isWord(c, o.contentFirst - 1)) breakers = withBreaker(breakers, o.contentFirst - 1);
      // "…, a claim Hamas disputed": the comma that ends the tail's content ends earlier contents too.
      if (o.contentLast < cue.first && punct(c, o.contentLast) === ',') breakers = withBreaker(breakers, o.contentLast);
    } else if (punct(c, cue.first - 1) === ',') breakers = withBreaker(breakers, cue.first - 1);
    // `“…,” adding that …`: the quotation's closing mark ends the earlier content.
    else if (closesQuote(c, cue.first - 1) && punct(c, cue.first - 2) === ',') breakers = withBreaker(breakers, cue.first - 1);
    // "… by saying he would …", "… and vowing to …": the participle clause's lead word ends the earlier content.
    else if (cue.first - 1 > s.from && word(c, cue.head).endsWith('ing') && isWord(c, cue.first - 1) && !c.t.cap[cue.first - 1] && PARTICIPLE_LEADS.has(word(c, cue.first - 1))) breakers = withBreaker(breakers, cue.first - 1);
    else if (o.speaker && o.speaker.first - 1 > s.from && punct(c, o.speaker.first - 1) === ',') breakers = withBreaker(breakers, o.speaker.first - 1);
    // "… about immigration when Trump shot back that …", "… paying off: He said …": a clause opened for a later
    // frame's subject ends the earlier content.
    else if (o.speaker && o.speaker.last < cue.first && o.speaker.first - 1 > s.from && (punct(c, o.speaker.first - 1) === ':' || punct(c, o.speaker.first - 1) === ';' || punct(c, o.speaker.first - 1) === '—' || punct(c, o.speaker.first - 1) === '―' ||
      (isWord(c, o.speaker.first - 1) && !c.t.cap[o.speaker.first - 1] && CLAUSE_BREAKS.has(word(c, o.speaker.first - 1)) && !coordinatesSubject(c, o.speaker.first - 1, s.from)))) {
      if (boundSubordinate(c, o.speaker.first - 1)) (boundBreakers ??= new Set()).add(o.speaker.first - 1);
      else breakers = withBreaker(breakers, o.speaker.first - 1);
    }
  }
  for (let idx = 0; idx < cues.length; idx++) {
    const o = orients[idx];
    // A name's last word read as a cue makes no frame, though its subject still ends the content before it, as any
    // subject does ("… from all sides: Howard Stern, in 2013, questioned …"); nor does continuing a thing, whose
    // subject a participle after it still takes, nor does adding to a thing.
    if (!o || isNameWord(c, s, cues[idx]!) || continuesAThing(c, s, cues[idx]!) || addsToAThing(c, s, cues[idx]!)) continue;
    const f = contentFrame(c, s, cues[idx]!, o, breakers, boundBreakers);
    if (f) frames.push(f);
  }
}

/** "… fault Clinton's use of a private email server while at the State Department, saying …", "Sunday, on CNN's “State
 *  of the Union,” while commenting on …", "Oz's show proved to be a safe space, … and offered …": a subject read back to a
 *  possessive with words of its noun phrase between it and the cue names whose thing it is, not who spoke (train: 13 of
 *  the 17 such statements wrong, the 4 right ones by overlap with a longer gold mention, "China's state-owned investment
 *  giant CITIC … says"; dev 1, wrong). A colon's frame keeps its possessor ("Clinton’s response was: …" is gold). */
function possessorApart(c: Context, speaker: TokenSpan, cue: Cue): boolean {
  const last = speaker.last;
  if (last + 1 >= cue.first || !isWord(c, cue.head) || !isWord(c, last)) return false;
  // "He’s comparing the gun actions to … and says …": a pronoun's "’s" is "is" or "has", not a possessive.
  const w = word(c, last);
  if (!isPossessive(w) || PRONOUN_CONTRACTION.test(w)) return false;
  for (let k = last + 1; k < cue.first; k++) if (isWord(c, k)) return true;
  return false;
}

/** allCues.some((cue) => isRaisingCue(c, cue)), without a closure per sentence. */
function hasRaisingCue(c: Context, cues: readonly Cue[]): boolean {
  for (const cue of cues) if (isRaisingCue(c, cue)) return true;
  return false;
}

/** "Patti LaBelle and Stevie Wonder, who joked …", "Mr. Podesta and Todd Stern, the State Department's …", "the Holiday
 *  Inn Express in …": a capitalised cue word after a capitalised word, mid-sentence, with a comma or a lower-case word
 *  after it, is the last word of a name, not a verb. A headline's verb has a capitalised word after it ("Ted Cruz
 *  Endorses …") or "to" ("Ted Cruz Refuses to Disavow …"). */
function isNameWord(c: Context, s: Sentence, cue: Cue): boolean {
  const h = cue.head;
  if (!c.t.cap[h] || cue.first !== h || cue.last !== h || h - 1 <= s.from || !isWord(c, h - 1) || !c.t.cap[h - 1] || h + 1 >= s.to) return false;
  if (punct(c, h + 1) === ',') return true;
  return isWord(c, h + 1) && !c.t.cap[h + 1] && word(c, h + 1) !== 'to' && word(c, h + 1) !== 'that';
}

/** The shared empty list of buildFrames' lists; never written to (withOrientation and withBreaker replace it). */
const NONE: readonly never[] = [];

/** `list` with `o` appended: a new list of one in place of the shared empty one, else the list itself. */
function withOrientation(list: readonly Orientation[], o: Orientation): readonly Orientation[] {
  if (list.length === 0) return [o];
  (list as Orientation[]).push(o); // its own: made here, never NONE
  return list;
}

/** The same for breakers: a function of its own, so its lists hold small integers only (a leaner kind of array). */
function withBreaker(list: readonly number[], k: number): readonly number[] {
  if (list.length === 0) return [k];
  (list as number[]).push(k);
  return list;
}

/**
 * The frame of one oriented cue: its content's token range found from the orientation, edges trimmed, then made
 * offsets. A function of its own rather than a closure in buildFrames: the closure was the largest unit the JIT
 * compiled (and, holding the breakers, had to be made for every sentence with a cue).
 */
function contentFrame(c: Context, s: Sentence, cue: Cue, o: Orientation, breakers: readonly number[], boundBreakers: Set<number> | undefined): Frame | null {
  let first = o.contentFirst, last = o.contentLast;
  let interrupted = -1;
  let mixedEnd = -1;
  if (o.side === 'after') {
    if (TAKES_ADDRESSEE.has(word(c, cue.head)) && !cue.according) first = afterAddressee(c, s, first, last);
    first = skipTimePhrase(c, first, last);
    while (first <= last && (punct(c, first) === ',' || punct(c, first) === ':')) first++;
    // "The truth, the senator said then, was that …", "Hawaii, as one of Mr. Obama's climate advisers pointed out,
    // normally does not get …": the tail interrupts its sentence, whose subject comes before it.
    if (o.speaker && o.speaker.last < cue.first && first < last) {
      // An adverb may close the tail: "the senator said then, was …".
      const r = isWord(c, first) && (SKIPPABLE_BEFORE_THAT.has(word(c, first)) || word(c, first).endsWith('ly')) && punct(c, first + 1) === ',' ? first + 2 : first;
      if (r <= last && punct(c, r - 1) === ',' && resumesWithVerb(c, r)) interrupted = leadBefore(c, s, o.speaker.first);
    }
    // "said in a letter to Abbott last month: “…”": an adjunct, a colon, then the quotation, which is the content.
    if (first <= last && isWord(c, first) && ADJUNCT_OPENERS.has(word(c, first))) {
      for (let k = first + 1; k < last && k < first + 14; k++) {
        // …or a comma: "said in a statement, “We are profoundly pleased …”" (a saved NY Post page).
        if ((punct(c, k) === ':' || punct(c, k) === ',') && opensQuote(c, k + 1)) { first = k + 1; break; }
        // "said via email that, “Of course …”": the complementizer opens the content.
        if (isWord(c, k) && word(c, k) === 'that') break;
        if (!isWord(c, k) && punct(c, k) !== ',' && !isMonthPeriod(c, k)) break;
      }
    }
    const nextPara = first > last ? quoteInNextParagraph(c, s) : -1;
    if (nextPara >= 0) {
      const r = c.regions[nextPara]!;
      return frame(cue, o, r.start, r.end);
    }
    if (first <= last && opensQuote(c, first)) {
      // Direct: "He said: “…”" — the quotation and any that follow it in the paragraph.
      const r = c.regions[c.regionOf[first]!]!;
      // The whole content when it ends the sentence, or when it ends with its own period (`said, “….” link`).
      const closesSentence = r.close - 1 > r.open && ['.', '?', '!'].includes(punct(c, r.close - 1));
      if (r.close >= last - 1 || closesSentence) {
        return frame(cue, o, midSentenceLead(c, s, cue, o, first) ?? r.start, extendQuote(c, r.close, r.end));
      }
    } else first = afterExpressedFeeling(c, cue.head, clauseStart(c, s, cue, first, last), last);
    // "reported from Los Angeles", "testified before a congressional committee", "learned from the experience", "said
    // before he died": when only a phrase of place or time follows the cue, nothing said is reported.
    if (first <= last && isWord(c, first) && !c.t.cap[first] && NO_CONTENT_OPENERS.has(word(c, first))) return null;
    if (onlyAnInPhrase(c, first, last)) return null;
    // "said as he entered the talks", "described as “an intentional act”": after the cue, "as" opens a comparison, a
    // time or a label, not what was said; unless a relative before the speaker is the thing so described ("which he
    // described as his second home"; train: 24 such statements, 3 right). But "as much" itself stands for what was
    // said ("Robby Mook said as much in an interview"): it is the content.
    if (o.speaker && asMuch(c, first, last)) return frame(cue, o, c.t.start[first]!, c.t.end[first + 1]!);
    if (first <= last && isWord(c, first) && word(c, first) === 'as' && !gapRelativeBefore(c, s, o)) return null;
    // "The Nasdaq Composite added 20.72 points", "declined 40 percent", "have added 1 million jobs": a count after
    // these verbs is a change in number, not words.
    if (first <= last && AMOUNT_VERBS.has(word(c, cue.head)) && isQuantity(c, first)) return null;
    // "it has declined slightly from 58 percent …", "It declined in almost every state": a decline measured or placed,
    // not a refusal (PolNeAR marks none of the 16 such uses in train and dev; "declined to comment" keeps its "to").
    if (first <= last && word(c, cue.head).startsWith('declin') && changeMeasured(c, first, last)) return null;
    last = contentEnd(c, s, cue, o, first, last, breakers, boundBreakers);
    if (cue.last === cue.head && feelingCausedIn(c, cue.head, first, last)) return null;
  } else {
    // Content before the cue: a quotation closing right before it is the whole content. Not a quotation that closes
    // a parenthetical frame's sentence after the cue ("African-Americans, he said, can ''rock like Jimi'' and ''stir
    // the pot like Richard Pryor.''"): that content is the whole sentence.
    let k = last;
    while (k >= first && (punct(c, k) === ',' || punct(c, k) === '—' || punct(c, k) === '–')) k--;
    if (k >= first && k < cue.first && closesQuote(c, k)) {
      const r = c.regions[c.regionOf[k]!]!;
      const tailEnd = Math.max(cue.last, o.speaker?.last ?? cue.last) + 1;
      // Words before the quotation in the same sentence are part of what was said (mixed):
      // `With thousands of systems, “there is no single point of failure,” he said.`
      let lead = r.open > first && r.open - first <= 60 && c.regionOf[first]! < 0 ? openingOf(c, first, r.open) : -1;
      for (let j = first; lead >= 0 && j < r.open; j++) if (punct(c, j) === ':' || c.t.kind[j] === 3) lead = -1;
      const start = lead >= 0 && lead < r.open ? c.t.start[lead]! : r.start;
      return frame(cue, o, start, continueAfterTail(c, s, tailEnd, r.end));
    }
    last = k;
    first = openingOf(c, first, last);
    if (cue.according) first = afterConnective(c, first, last);
    // "These employees, Stumpf explained earlier in the committee hearing, were “well-paid,” …": a tail set off by
    // commas before the verb of the sentence interrupts the content, which runs on to the sentence's end (train: 9
    // such contents span the tail vs 1 that ends before it).
    const resume = verbAfterTail(c, s, Math.max(cue.last, o.speaker?.last ?? cue.last) + 1);
    // An opening phrase alone before the speaker is no content: the frame reads after its cue instead.
    if (resume < 0 && o.speaker && onlyAnOpeningPhrase(c, first, last, o.speaker.first)) {
      return contentFrame(c, s, cue, { ...o, side: 'after', contentFirst: cue.last + 1, contentLast: s.to - 1 }, breakers, boundBreakers);
    }
    if (resume >= 0) {
      last = s.to - 1;
      for (let j = resume + 1; j < s.to; j++) if (isBreaker(c, j, breakers)) { last = j - 1; break; }
    }
    // `''I have admiration for the mechanics'' of the Clinton proposals, Mr. Holtz-Eakin said. ''They're more …''`:
    // a content that opens with a quotation goes on into the quoted sentences after its tail, as a quotation does.
    else if (opensQuote(c, first) && last >= first) mixedEnd = continueAfterTail(c, s, Math.max(cue.last, o.speaker?.last ?? cue.last) + 1, c.t.end[last]!);
  }
  while (first <= last && (EDGE_PUNCT.has(punct(c, first)) || (c.t.kind[first] === 3 && !opensQuote(c, first)))) first++;
  while (last >= first && (EDGE_PUNCT.has(punct(c, last)) || (c.t.kind[last] === 3 && !closesQuote(c, last)))) last--;
  if (first > last) return null;
  // "he responded quickly": a lone adverb after the cue says how, not what ("said so", "would not say when" stay).
  if (first === last && o.side === 'after' && interrupted < 0 && isWord(c, first) && c.regionOf[first]! < 0 && (LONE_CONTENT.has(word(c, first)) || word(c, first).endsWith('ly'))) return null;
  // "The thaw, much welcomed by many New Yorkers, worried …": before a passive cue, a lone degree adverb is how much,
  // and what was welcomed stands before its comma.
  if (first === last && o.side === 'before' && isWord(c, first) && word(c, first) === 'much') return null;
  // "Scott responded with logic", "a reporter who asked about finances", "tell more jokes": a lone lower-case noun
  // reached past a word after the cue is a manner, a topic or a time, not what was said (of the statements it drops
  // none is right: train 2, dev 3). A pronoun stays ("talked about it"), and so does a relative clause with no relative
  // word, which speaks of the noun before its subject ("the top 33 percent rate he has proposed for individuals").
  if (first === last && o.side === 'after' && interrupted < 0 && first > cue.last + 1 && isWord(c, cue.last + 1) && isWord(c, first) &&
    !c.t.cap[first] && c.regionOf[first]! < 0 && !LONE_OBJECTS.has(word(c, first)) &&
    !(o.speaker && o.speaker.last < cue.first && !RELATIVE_SPEAKERS.has(word(c, o.speaker.first)) && isLowerNoun(c, s, o.speaker.first - 1))) return null;
  if (o.side === 'after' && interrupted < 0 && first > cue.last && ISSUING.has(word(c, cue.head)) && namesOnlyAStatement(c, first, last)) return null;
  if (interrupted >= 0) first = interrupted;
  // "the wall, which he said the Mexican government should also pay for": the relative pronoun right before the
  // speaker fills the gap in the content, and PolNeAR's content starts at it (train: "which" 40 vs 20, "what"
  // 29 vs 9). Not after a preposition ("in which he said he will …": a whole clause follows).
  const speakerBeforeCue = o.side === 'after' && o.speaker !== null && o.speaker.last < cue.first && first > cue.last && first <= last;
  if (speakerBeforeCue && gapRelativeBefore(c, s, o)) {
    first = o.speaker!.first - 1;
    last = endOfGapRelative(c, cue.last + 1, last);
  } else if (speakerBeforeCue && subjectGapRelative(c, o, first)) first = o.speaker!.first - 1;
  // With no relative word at all ("something Sanders aides argue is possible"), at the noun the clause describes.
  else if (speakerBeforeCue && opensWithVerb(c, first) && !RELATIVE_SPEAKERS.has(word(c, o.speaker!.first))) {
    const lead = contactRelativeLead(c, s, o.speaker!.first - 1);
    if (lead >= 0) first = lead;
  // And when its cue takes an infinitive with the gap ("the competence and hard work she promised to bring to the
  // presidency"; train: 7 statements change, 2 become right, none is lost).
  } else if (speakerBeforeCue && opensGappedInfinitive(c, first, last) && namesOrPronoun(c, o.speaker!)) {
    const lead = contactRelativeLead(c, s, o.speaker!.first - 1);
    if (lead >= 0) { last = endOfGappedInfinitive(c, first, last); first = lead; }
  }
  // A quoted region cut in the middle by the sentence edge: keep the whole region.
  let start = c.t.start[first]!, end = c.t.end[last]!;
  if (opensQuote(c, first)) start = c.regions[c.regionOf[first]!]!.start;
  if (closesQuote(c, last)) end = c.regions[c.regionOf[last]!]!.end;
  if (mixedEnd > end) end = mixedEnd;
  // A reported statement ending its paragraph goes on into the quotation paragraphs after it.
  if (o.side === 'after') end = spokenParagraphsAfter(c, cue.head, last, end);
  return end > start ? frame(cue, o, start, end) : null;
}

/** "its policy toward Central Americans, which officials said will go into effect in the next few months, will not
 *  apply to …", "Obama's vote for the war, which she has repeatedly said was a mistake, was a major factor …": a
 *  relative clause opened by its gap word ends at the first comma or colon after its cue, where the sentence it sits
 *  in goes on (train: 17 contents change, 9 become exact, 4 of them newly right; one exact content is lost, "which he
 *  said were about evenly split between Trump and Cruz, with a couple stray applicants for Kasich"; dev +1). */
function endOfGapRelative(c: Context, from: number, last: number): number {
  for (let k = from; k <= last; k++) {
    if (c.regionOf[k]! >= 0) continue;
    const p = punct(c, k);
    if ((p === ',' && !joinsNames(c, k)) || p === ':') return k - 1;
  }
  return last;
}

/** The relative pronoun right before a speaker that stands before its cue, which fills the gap in the content ("the
 *  wall, which he said the Mexican government should also pay for"); not after a preposition ("in which he said …"). */
function gapRelativeBefore(c: Context, s: Sentence, o: Orientation): boolean {
  if (!o.speaker) return false;
  const r = o.speaker.first - 1;
  return r >= s.from && isWord(c, r) && GAP_RELATIVES.has(word(c, r)) && !(r > s.from && isWord(c, r - 1) && RELATIVE_PREPOSITIONS.has(word(c, r - 1)));
}

/** A content that opens with its verb ("is growing demand", "defied expectations") has its subject in the relative
 *  word before the speaker, and PolNeAR's content starts there: "what" after a preposition, which is the preposition's
 *  whole object ("adapt to what she said is growing demand"; train: gold starts at "what" 17 times, after the cue 3),
 *  and "that" ("a finish that he said defied expectations"; 11 vs 4). "of what researchers say they need", with a
 *  subject of its own, stays. */
function subjectGapRelative(c: Context, o: Orientation, first: number): boolean {
  if (!o.speaker || !opensWithVerb(c, first)) return false;
  const r = o.speaker.first - 1;
  if (r < 1 || !isWord(c, r)) return false;
  if (word(c, r) === 'that') return true;
  return word(c, r) === 'what' && isWord(c, r - 1) && RELATIVE_PREPOSITIONS.has(word(c, r - 1));
}

/** Does the content open with "to" and a lower-case word ("the president she hopes to succeed differs …")? */
function opensGappedInfinitive(c: Context, first: number, last: number): boolean {
  return first < last && isWord(c, first) && word(c, first) === 'to' && isWord(c, first + 1) && !c.t.cap[first + 1] && c.regionOf[first + 1]! < 0 &&
    !NOUN_LEADS.has(word(c, first + 1));
}

/** Is the speaker a subject pronoun or a capitalised name, not a possessive ("Obama's plan to admit …") nor a phrase
 *  that opens with a lower-case word ("ways his campaign hopes to begin …")? */
function namesOrPronoun(c: Context, sp: TokenSpan): boolean {
  if (sp.first === sp.last && CLAUSE_SUBJECTS.has(word(c, sp.first))) return true;
  if (!c.t.cap[sp.first] || isPossessive(word(c, sp.last))) return false;
  for (let k = sp.first; k <= sp.last; k++) if (!isWord(c, k) || !c.t.cap[k]) return false;
  return true;
}

/** Where a relative clause with no relative word ends when its cue takes an infinitive (`to` is that "to"): before
 *  the sentence's own finite verb when it is an auxiliary or -ed ("the political divides he promised to bridge have
 *  only grown deeper"), or at a comma. Other verbs are not told from nouns ("The things he wants to accomplish appeal
 *  to the people" keeps its tail). */
function endOfGappedInfinitive(c: Context, to: number, last: number): number {
  for (let k = to + 2; k <= last; k++) {
    if (c.regionOf[k]! >= 0) continue;
    if (punct(c, k) === ',') return k - 1;
    if (isWord(c, k) && (FINITE_AUXILIARIES.has(word(c, k)) || (word(c, k).endsWith('ed') && word(c, k).length > 3))) return k - 1;
  }
  return last;
}

/** Does the content open with a finite auxiliary or an -ed verb, so that its subject stands before the speaker? */
function opensWithVerb(c: Context, first: number): boolean {
  if (!isWord(c, first)) return false;
  const w = word(c, first);
  return FINITE_AUXILIARIES.has(w) || (w.endsWith('ed') && w.length > 3);
}

/** Could token `noun` be a lower-case noun (not a function word, an adverb, a capitalised word or a cue word)? */
function isLowerNoun(c: Context, s: Sentence, noun: number): boolean {
  if (noun <= s.from || !isWord(c, noun) || c.t.cap[noun] || c.regionOf[noun]! >= 0) return false;
  const w = word(c, noun);
  return !(w.endsWith('ly') || AUX_ADV.has(w) || CLAUSE_OPENERS.has(w) || NOUN_LEADS.has(w) || RELATIVE_PREPOSITIONS.has(w) || CUE_SHARE.has(w));
}

/** "a tactic Democrats hope will dampen Latino support", "an honor Donald said he hoped would be …": a relative clause
 *  with no relative word, whose content opens with its verb; PolNeAR's content starts at the noun phrase it describes.
 *  Returns that phrase's first token (back to its determiner, or to the punctuation or preposition before it), or -1
 *  when the word before the speaker is no noun (a function word, an adverb, a capitalised word). */
function contactRelativeLead(c: Context, s: Sentence, noun: number): number {
  if (!isLowerNoun(c, s, noun)) return -1;
  for (let k = noun - 1; k >= s.from && k >= noun - 3; k--) {
    if (!isWord(c, k) || c.regionOf[k]! >= 0) return k + 1;
    if (NOUN_LEADS.has(word(c, k))) return k;
    if (c.t.cap[k] || RELATIVE_PREPOSITIONS.has(word(c, k)) || CLAUSE_OPENERS.has(word(c, k))) return k + 1;
  }
  return -1;
}

/** Where the content of a cue that takes an addressee ("told", "urged") starts: past the addressee, up to its "that". */
function afterAddressee(c: Context, s: Sentence, first: number, last: number): number {
  const bare = bareAddresseeEnd(c, first, last);
  if (bare > 0) return bare;
  // "urged the administration to raise the cutoff": before an infinitive the addressee is part of what was
  // urged (PolNeAR train: 141 such contents keep it, 42 leave it out).
  let f = skipAddressee(c, first, s.to);
  // "told a town hall in Salem …", "asked the congregation to stand", "told his subordinates never to speak": an
  // article or a possessive determiner alone names no one; the noun it
  // opens (which the speaker lexicon did not know) belongs to the addressee or to what was asked (train: all 18
  // contents that started right after such an article started elsewhere in gold).
  if (f === first + 1 && LONE_DETERMINERS.has(word(c, first))) f = first;
  // "urges her husband to come out of the car": "her" before a noun and "to" is the possessive.
  if (f === first + 1 && word(c, first) === 'her' && isWord(c, f) && !c.t.cap[f] && isWord(c, f + 1) && word(c, f + 1) === 'to') f = first;
  if (!(f > first && f < last && isWord(c, f) && word(c, f) === 'to' && isWord(c, f + 1))) first = f;
  // "told a meeting of Pacific Island leaders that …": a longer addressee still ends at its "that".
  // Not past an infinitive or a wh-clause, which is the content itself ("told how surprised he is that …").
  // An addressee the lexicon does not know opens with its article, and may name a place with commas ("told a crowded
  // banquet hall at a hotel in downtown Baltimore that …", "told a town hall in Salem, New Hampshire on Monday that …").
  const unknown = ARTICLES.has(word(c, first));
  // "told investors of New Media, the GateHouse parent, on Oct. 31 that …": an addressee's apposition (skipAddressee
  // keeps its head, up to the comma) runs on to its "that" too, over the commas of the apposition.
  const apposed = f === first && f > 0 && punct(c, first) === ',' && !opensQuote(c, first + 1);
  if (apposed) {
    for (let k = first + 1; k <= last && k < first + 14; k++) {
      if (isWord(c, k) && (ADDRESSEE_STOPS.has(word(c, k)) || CLAUSE_SUBJECTS.has(word(c, k)) || SUBORDINATORS.has(word(c, k)) || COORDINATORS.has(word(c, k)))) break;
      if (opensQuote(c, k)) break;
      if (isWord(c, k) && word(c, k) === 'that') return k;
    }
    return first;
  }
  for (let k = first; k <= last && k < first + (unknown ? 16 : 8); k++) {
    // "told the buzzing crowd, “Can she stay?”": a quotation after the addressee's comma is the content.
    if (unknown && punct(c, k) === ',' && opensQuote(c, k + 1)) { first = k + 1; break; }
    // "tells “Morning Joe” on Friday that …": a short quoted title names the addressee.
    if (opensQuote(c, k) && c.regions[c.regionOf[k]!]!.close - k <= 6) { k = c.regions[c.regionOf[k]!]!.close; continue; }
    if (isMonthPeriod(c, k) || (unknown && punct(c, k) === ',' && (c.t.cap[k - 1] || c.t.cap[k + 1]))) continue;
    // "told the forum he was “totally against the war in Iraq”": a subject pronoun opens the content after the addressee.
    if (unknown && isWord(c, k) && CLAUSE_SUBJECTS.has(word(c, k))) { if (k > first + 1 && k <= first + 3) first = k; break; }
    // "asked for the interview because she wanted …", "asked for a photo and Clinton said, “…”": another clause.
    if (unknown && isWord(c, k) && (SUBORDINATORS.has(word(c, k)) || COORDINATORS.has(word(c, k)))) break;
    if (!isWord(c, k) || ADDRESSEE_STOPS.has(word(c, k))) break;
    if (word(c, k) === 'that') { first = k; break; }
  }
  return first;
}

/** "told police he supported Trump", "told federal investigators in July she was advised …", "telling #BernieOrBust
 *  people they're being ridiculous": a bare noun phrase the speaker lexicon does not know, then a subject pronoun that
 *  opens the content (an article's phrase is read in afterAddressee's loop). The pronoun's token, or -1. */
function bareAddresseeEnd(c: Context, first: number, last: number): number {
  if (!isWord(c, first) || NOUN_LEADS.has(word(c, first)) || OBJECT_PRONOUN_LEADS.has(word(c, first)) || ADDRESSEE_STOPS.has(word(c, first))) return -1;
  for (let k = first + 1; k <= last && k <= first + 4; k++) {
    if (!isWord(c, k) || c.regionOf[k]! >= 0) return -1;
    const w = word(c, k);
    if (CONTENT_PRONOUNS.has(w)) return k;
    // "asked Trump about statements he had made": after "about" the phrase is what was asked about.
    if (w === 'that' || ADDRESSEE_STOPS.has(w) || TOPIC_PREPOSITIONS.has(w) || SUBORDINATORS.has(w) || COORDINATORS.has(w) || FINITE_AUXILIARIES.has(w)) return -1;
  }
  return -1;
}
const CONTENT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);
const TOPIC_PREPOSITIONS = new Set(['about', 'of', 'for', 'with', 'over', 'against', 'regarding', 'into', 'on']);
const OBJECT_PRONOUN_LEADS = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'it', 'that', 'this', 'what', 'how']);

/** Are the words from `first` to before `k` one plain phrase of place or time ("after the convention", "in a statement
 *  Thursday night"), with no comma, verb or clause word that would make them part of what was said ("in Paris would,
 *  even if …", "in Smith's speech about Clinton, Cross said he …")? */
function shortPlainAdjunct(c: Context, first: number, k: number): boolean {
  for (let j = first + 1; j < k; j++) {
    if (!isWord(c, j) || c.regionOf[j]! >= 0) return false;
    const w = word(c, j);
    if (FINITE_AUXILIARIES.has(w) || (RELATIVE_PREPOSITIONS.has(w) && j === k - 1) || GAP_RELATIVES.has(w) || w === 'even' || w === 'said') return false;
  }
  return true;
}

/** How far a writer's aside set off by commas right after the cue may run before its "that" ("continues to insist,
 *  most recently in a Labor Day interview with ABC News, that …"). */
const ASIDE_TOKENS = 16;

/** Where a content that is no quotation starts after its cue: at a "that" past adjuncts, names or time words, past
 *  an infinitive after "continue", a particle or a preposition that belong to the cue, or at a quotation close by. */
function clauseStart(c: Context, s: Sentence, cue: Cue, first: number, last: number): number {
  // "Kaine now says, however, that …", "Mr. Trump said, among other things, that …", "Several experts cautioned, as
  // did the Clinton campaign itself, that …": a phrase set off by commas right after the cue is the writer's aside,
  // and the content starts at the complementizer after it.
  if (first === cue.last + 2 && punct(c, cue.last + 1) === ',') {
    for (let k = first + 1; k < last && k <= first + ASIDE_TOKENS; k++) {
      if (punct(c, k) === ',') { if (isWord(c, k + 1) && word(c, k + 1) === 'that') return k + 1; break; }
      if (!isWord(c, k)) break;
    }
  }
  // "said on Tuesday that …", "said at a campaign stop in Toledo, Ohio, that …": the content
  // starts at the complementizer; adjuncts before it may hold commas when they open with a preposition.
  // "to" opens an adjunct only before a noun phrase ("said to reporters that"); before a verb it is the
  // infinitive, and a "that" after it is a relative inside the content ("promising to impose 35 percent
  // tariffs on imported goods … that move factories abroad").
  const adjunct = isWord(c, first) && (ADJUNCT_OPENERS.has(word(c, first)) || CIRCUMSTANCE_PREPOSITIONS.has(word(c, first))) && !(word(c, first) === 'to' && isInfinitive(c, first + 1));
  // Without an adjunct, only a name, a time word or an adverb may be skipped ("said Tuesday that"),
  // not an object ("offered no proof that", "disputes the idea that": the object is the content).
  const placeOrTime = adjunct && (PLACE_TIME_PREPOSITIONS.has(word(c, first)) || CIRCUMSTANCE_PREPOSITIONS.has(word(c, first)));
  for (let k = first; k <= last && k < first + (adjunct ? 14 : 3); k++) {
    // "said on NBC's ''Meet the Press'' on Sunday that …": a short quoted title inside the adjunct.
    if (adjunct && opensQuote(c, k) && isWord(c, k - 1) && c.t.cap[k - 1] && c.regions[c.regionOf[k]!]!.close - k <= 8) { k = c.regions[c.regionOf[k]!]!.close; continue; }
    if (!isWord(c, k) && !(adjunct && (punct(c, k) === ',' || isMonthPeriod(c, k)))) break;
    if (word(c, k) === 'that') { first = k; break; }
    // "has questioned in recent days whether Trump has …", "said after the convention he would not …": after a short
    // phrase of place or time, a wh-clause or a subject pronoun opens the content (dev +2 exact contents, train +1).
    // Not the "I" of a name ("since at least World War I that …").
    if (placeOrTime && k > first + 1 && (ADJUNCT_CLAUSE_OPENERS.has(word(c, k)) || (CLAUSE_SUBJECTS.has(word(c, k)) && !(word(c, k) === 'i' && c.t.cap[k - 1])))) {
      if (k <= first + 6 && shortPlainAdjunct(c, first, k)) { first = k; break; }
    }
    if (!adjunct && !c.t.cap[k] && !SKIPPABLE_BEFORE_THAT.has(word(c, k)) && !word(c, k).endsWith('ly')) break;
  }
  // "continued to call for more information …", "has continued to block his efforts": after "continue" the
  // infinitive is the verb of saying, and PolNeAR's cue takes it in (train: 8 contents start after the verb, 0 at "to").
  if (CONTINUE_VERBS.has(word(c, cue.head)) && first + 2 < last && word(c, first) === 'to' && isWord(c, first + 1) && !c.t.cap[first + 1]) {
    first += 2;
    if (first < last && isWord(c, first) && CUE_PREPOSITIONS.has(word(c, first))) first++;
  }
  // "called out his rival", "weighed in on their picks", "lashed out at …": a particle (and its preposition)
  // belongs to the cue (train: contents starting with out/up/off/back, or in + on/with, never keep it: 0 of 30).
  if (first + 1 < last && isWord(c, first) && (PARTICLES.has(word(c, first)) || (word(c, first) === 'in' && ['on', 'with'].includes(word(c, first + 1))))) {
    first++;
    if (first + 1 < last && isWord(c, first) && PARTICLE_PREPOSITIONS.has(word(c, first))) first++;
  }
  // "called on Trump to stop …", "warned against potential hackers": the preposition belongs to the cue.
  // Not "about" or "over" as "roughly" / "more than" before a number ("said about half of …", "about 12 percent").
  else if (first < last && isWord(c, first) && CUE_PREPOSITIONS.has(word(c, first)) && !(['about', 'over'].includes(word(c, first)) && isQuantity(c, first + 1))) first++;
  // "adding later, “NATO is costing us …”": a quotation a few words on is the content.
  // Not after "that": `said via email that, “Of course Mr. Trump is going to defend himself”` starts at "that".
  // Not the quoted sentence that this cue interrupts, resuming in lower case (`“…,” said Sherman, speaking of
  // politicians, "and leave themselves …"`): the content is the words before it.
  for (let k = first; k <= last && k < first + 4 && word(c, first) !== 'that'; k++) {
    if (opensQuote(c, k) && (punct(c, k - 1) === ',' || punct(c, k - 1) === ':')) {
      if (!(resumesQuotedSentence(c, k) && interruptsQuotation(c, s, cue.first))) first = k;
      break;
    }
    if (!isWord(c, k) && punct(c, k) !== ',' && punct(c, k) !== ':') break;
  }
  return first;
}

/** "Norton, which declined to comment, returned the publication rights …", "The senator, who said the bill was a
 *  disaster, voted for it anyway": a cue inside a relative clause set off by commas says nothing past the comma where
 *  the main clause's verb resumes. */
function endOfRelativeClause(c: Context, o: Orientation, first: number, last: number): number {
  const sp = o.speaker;
  if (!sp || sp.first !== sp.last || !isWord(c, sp.first) || !['who', 'which'].includes(word(c, sp.first))) return last;
  // "the study -- which notes that 58 Fortune 500 companies would owe … -- should be a five-alarm call": a relative
  // clause opened by a dash closes at the next one (train: gold ends there 8 times, before it 2, never runs past).
  if (sp.first > 0 && isDash(c, sp.first - 1)) {
    for (let k = first + 1; k <= last; k++) if (c.regionOf[k]! < 0 && isSpacedDash(c, k)) return k - 1;
    return last;
  }
  if (punct(c, sp.first - 1) !== ',') return last;
  // Only the content's first comma can close the relative clause ("that Mr. Jäger, under fire for …, would do
  // better to keep quiet" sets off an appositive of its own).
  for (let k = first + 1; k < last; k++) {
    if (c.regionOf[k]! >= 0 || punct(c, k) !== ',') continue;
    if (!isWord(c, k + 1) || c.t.cap[k + 1]) return last;
    const w = word(c, k + 1);
    // Not a participle that opens an adjunct (", compared with Sanders", ", backed by …").
    if (FINITE_AUXILIARIES.has(w) || (w.endsWith('ed') && w.length > 4 && !(isWord(c, k + 2) && ['with', 'by', 'to'].includes(word(c, k + 2))))) return k - 1;
    // "Kasich, who brags he has held more than 100 town halls …, doesn't pretend …", "Sanders, who endorsed Canova …,
    // ultimately did not show up": a negated auxiliary, or an -ly adverb before an auxiliary, resumes the main clause.
    if (isNegatedAuxiliary(w) || (w.length > 4 && w.endsWith('ly') && isWord(c, k + 2) && (FINITE_AUXILIARIES.has(word(c, k + 2)) || isNegatedAuxiliary(word(c, k + 2))))) return k - 1;
    return last;
  }
  return last;
}

/** Where a content after its cue ends: before the next frame's breaker, at a nominal's comma, at the end of the
 *  opening clause or a coordination, and for an object rather than a clause at its first comma or adjunct. */
function contentEnd(c: Context, s: Sentence, cue: Cue, o: Orientation, first: number, last: number, breakers: readonly number[],
  boundBreakers: Set<number> | undefined): number {
  const clause = word(c, first) === 'that';
  // "said she asked for the interview because she wanted …": a content opening with a subject pronoun is a clause like
  // a "that" clause, so a subordinator after a word does not end it (train: 5 more right, quote exact +7).
  const clauseLike = clause || CLAUSE_SUBJECTS.has(word(c, first));
  last = endOfRelativeClause(c, o, first, last);
  last = endBeforeResumedQuote(c, s, cue.first, first, last);
  // "said that while polling of his members showed …, Mr. Trump's support …", "has argued that as voters learned more
  // …, Sanders will …": a clause opening right after "that" (and its comma) is inside the content, not a new statement's
  // lead (train: contents of a lone "that" were right 2 of 12 times).
  let opener = first + 1;
  while (clause && opener <= last && punct(c, opener) === ',') opener++;
  if (!clause) opener = -1;
  // "worried that if the state held up the deal, Patriot could threaten …", "noted that at one of his first DNC meetings,
  // in 1972, he supported …": after "that" and an opening subordinate clause or phrase, the first comma that would end
  // the content is where the main clause of the content starts, not a new statement.
  let introComma = opener > 0 && opener <= last && isWord(c, opener) && opensIntroAfterThat(word(c, opener)) ? opener : -1;
  for (let k = first + 1; k <= last; k++) {
    if (k === opener || !((c.regionOf[k]! < 0 || closesQuote(c, k)) && (isBreaker(c, k, breakers) || (!clauseLike && boundBreakers !== undefined && boundBreakers.has(k))))) continue;
    if (introComma > 0 && punct(c, k) === ',') { introComma = -1; continue; }
    last = k - 1; break;
  }
  // A nominal with a possessor ("Mr. Trump's claims that …, all of …") ends at its comma.
  // So does one whose comma closes a quotation inside it ("his claim that people would ''learn nothing,'' there would
  // be …"): the quotation, its comma and closing mark stay in the content.
  if (o.nominal) for (let k = first + 1; k <= last; k++) {
    if (punct(c, k) !== ',') continue;
    if (c.regionOf[k]! < 0) { last = k - 1; break; }
    if (k + 1 <= last && closesQuote(c, k + 1)) { last = k + 1; break; }
  }
  last = cutCoordination(c, first, endOfOpeningClause(c, s, cue.first, first, endAtQuotedComma(c, first, last)));
  if (!clause && o.side === 'after') last = endBeforeParticipleAct(c, first, last);
  if (o.side === 'after') {
    last = endBeforeComparedFigure(c, first, endBeforeSummaryAppositive(c, first, endBeforeNameAppositive(c, first, last)));
    last = endAtRespondentsComma(c, o.speaker, cue.head, first, last);
  }

  // An object rather than a clause: stop at the first comma, spaced dash (train: 11 object contents end there vs 1 that
  // runs on) or adjunct preposition.
  // A word + preposition cue takes an object, cut hard, unless training saw its pair's contents run to the sentence's
  // end ("referring to", "questions about", "respond to"): then only the milder edges of endOfObject.
  const object = first <= last && word(c, first) !== 'that';
  // The shares are looked up only for an object, the head's once for both cuts below (each a Map lookup that hashes a
  // string: the pair's is made for it).
  const prepCut = object && cue.prep && (cue.last === cue.first || (CLAUSE_SHARE.get(`${word(c, cue.last - 1)} ${word(c, cue.last)}`) ?? 0) < PAIR_CLAUSE);
  const headShare = object && !cue.prep ? CLAUSE_SHARE.get(word(c, cue.head)) ?? 1 : 1;
  if (object && (prepCut || (!cue.prep && headShare < OBJECT_CUT))) {
    let ownClause = false;
    for (let k = first + 1; k <= last; k++) {
      if (c.regionOf[k]! >= 0) continue;
      // "laid out his concerns that the West … and needed to adjust": a second predicate after "that"/"who"/"which" is the clause's.
      if (!ownClause && isWord(c, k) && RELATIVE_SPEAKERS.has(word(c, k))) ownClause = true;
      if (!ownClause && opensSecondPredicate(c, first, k, last)) { last = k - 1; break; }
      // ", which would include the military, to crack down …": a relative clause set off by commas inside the object.
      const resumes = k > first + 1 && punct(c, k) === ',' ? closingRelativeComma(c, k, last) : -1;
      if (resumes > 0) { k = resumes; continue; }
      if (isMediumPhrase(c, k, last) || isOccasionPhrase(c, k, last) || (!cue.prep && isDatePhrase(c, k, last)) || (k === first + 1 && subordinateAfterOneWord(c, first)) || (k > first + 1 && ((punct(c, k) === ',' && !joinsNames(c, k) && !namesAppositive(c, k, last)) || isSpacedDash(c, k) || (isWord(c, k) && OBJECT_ENDS.has(word(c, k)) && !WH_CLAUSE_OPENERS.has(word(c, first)))))) { last = k - 1; break; }
    }
  } else if (object && (cue.prep || headShare < MILD_CUT)) last = endOfObject(c, first, last);
  if (first <= last && word(c, first) !== 'that') last = endBeforePlatform(c, first, endAfterQuotedLabel(c, first, last));
  last = endBeforeDashedAside(c, first, endBeforeBracketedAside(c, first, last));
  // A verb that says nothing by itself reports only its object and the quoted label ("admires Putin as a “strong leader,”"),
  // when punctuation ends the label (label-cues.ts).
  if (cue.labelClose !== undefined && cue.labelClose < last) last = cue.labelClose;
  if (cue.objectEnd !== undefined && cue.objectEnd < last) last = cue.objectEnd;
  return endAfterEndorsedName(c, cue.last, first, last);
}

/** Words that open no object of their own: after them a subordinator is inside the clause ("spoke about how during his
 *  crossover …", "even when …"). */
const NOT_OBJECT_WORDS = new Set(['how', 'what', 'why', 'whether', 'when', 'where', 'who', 'which', 'if', 'that', 'even', 'just', 'only']);

/** "has been critical of Trump since they both were competing …", "lashed out at Khan after he delivered …", "referred to
 *  jihadism but was careful …": after a word + preposition cue, a one-word object followed by a lower-case subordinator
 *  is the whole object; the clause after it is the narrator's (train: gold ends there 6 times of 6, all in different
 *  documents). */
function subordinateAfterOneWord(c: Context, first: number): boolean {
  const k = first + 1;
  return isWord(c, first) && !NOT_OBJECT_WORDS.has(word(c, first)) && !word(c, first).endsWith('ly') && isWord(c, k) && !c.t.cap[k] && OBJECT_ENDS.has(word(c, k));
}

/** Words after a past-tense verb that show it takes an object or a particle of its own ("and counter-accused her",
 *  "and celebrated the ruling", "and shared a link"), not an adjective inside a coordinated noun phrase. */
const VERB_OBJECT_LEADS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'him', 'them', 'it', 'that', 'to', 'on', 'for', 'with', 'up', 'out']);

/** "denied the charges and counter-accused her of battery", "has vowed to keep abortion legal and celebrated the ruling
 *  Monday": after an object with no verb of its own, "and" + a lower-case -ed verb with its own object opens a second
 *  predicate of the cue's subject, which the content leaves out (train: 12 contents change, 7 become right, none is
 *  lost, and "and pledged to confront …" gets its own statement; dev has none; not after a
 *  wh-word, "remembers when officers showed up … and tried to arrest her sister", whose clause it continues). */
function opensSecondPredicate(c: Context, first: number, k: number, last: number): boolean {
  if (k + 2 > last || !isWord(c, k) || word(c, k) !== 'and' || NOT_OBJECT_WORDS.has(word(c, first))) return false;
  const w = word(c, k + 1);
  return isWord(c, k + 1) && !c.t.cap[k + 1] && w.length > 4 && w.endsWith('ed') && isWord(c, k + 2) && VERB_OBJECT_LEADS.has(word(c, k + 2));
}

/** A subordinator or preposition right after "that" opens a clause or phrase the content's main clause follows. */
function opensIntroAfterThat(w: string): boolean {
  return w !== 'whether' && (SUBORDINATORS.has(w) || INTRO_OPENERS.has(w) || w === 'given' || w === 'despite');
}

/** Words after a quoted label that open the narrator's adjunct: a time or place phrase (not "with", "from", "because",
 *  which go on with the label: "as \"kind\" with a \"great heart\"", "as \"obsessed\" with homosexuality"). */
const LABEL_ADJUNCTS = new Set(['during', 'in', 'on', 'at', 'throughout', 'after', 'before', 'while', 'since', 'last', 'this', 'earlier',
  'later', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today']);

/** "criticized the Affordable Care Act as a “crazy system” during a presidential campaign stop", "blasted Clinton as a
 *  “disgrace” Wednesday on The Laura Ingraham Show": an object labelled "as “…”" ends with the quoted label when an
 *  adjunct follows it. */
function endAfterQuotedLabel(c: Context, first: number, last: number): number {
  for (let k = first + 1; k <= last; k++) {
    if (!opensQuote(c, k)) continue;
    const r = c.regions[c.regionOf[k]!]!;
    const as = isWord(c, k - 1) && (word(c, k - 1) === 'as' || ((word(c, k - 1) === 'a' || word(c, k - 1) === 'an') && isWord(c, k - 2) && word(c, k - 2) === 'as'));
    // A day keeps its capital ("“disgrace” Wednesday on …"); another capitalised word is a name going on with the label.
    const next = r.close + 1;
    if (as && r.close < last && isWord(c, next) && (!c.t.cap[next] || DAYS.has(word(c, next))) && LABEL_ADJUNCTS.has(word(c, next))) return r.close;
    k = r.close;
  }
  return last;
}

const OPENING_PREPOSITIONS = new Set(['in', 'on', 'at', 'after', 'before', 'during', 'since', 'with', 'under', 'for', 'by', 'among']);
/** Words that open a phrase of place or time, never what was said, right after a cue; and "and" or "or", which open a
 *  second verb of the cue's subject ("The protester yelled and held up a banner", "Sanders endorsed and has fundraised
 *  for …", "credit cards in the mail they never asked for or just were confused": train 2 of 22 such contents right
 *  after "and", 0 of 3 after "or"). */
const NO_CONTENT_OPENERS = new Set(['from', 'before', 'during', 'earlier', 'later', 'here', 'and', 'or']);
/** Words that show a clause inside the words after "in": what was said may follow the adjunct. */
const CLAUSE_SIGNS = new Set(['that', 'whether', 'if', 'how', 'why', 'what', 'when', 'where', 'he', 'she', 'they', 'we', 'i', 'you', 'it']);

/** "wrote in his memo", "noted in The Intercept", "reported in 1991", "declared in Mexico City": words after the cue
 *  that are only an "in" phrase, with no clause, quotation or comma after which one could start, say where or when,
 *  not what (train: 26 such statements, 3 right; all contents opening with "in" after a cue were right 14 of 55 times). */
function onlyAnInPhrase(c: Context, first: number, last: number): boolean {
  if (first > last || !isWord(c, first) || c.t.cap[first] || word(c, first) !== 'in') return false;
  let end = last;
  while (end > first && EDGE_PUNCT.has(punct(c, end))) end--;
  for (let k = first + 1; k <= end; k++) if (!isWord(c, k) || CLAUSE_SIGNS.has(word(c, k))) return false;
  return true;
}

/** Cue verbs that also tell a change in an amount ("added 20 points"). */
const AMOUNT_VERBS = new Set(['add', 'adds', 'added', 'adding', 'decline', 'declines', 'declined', 'declining']);
/** Words that open the measure or place of a change ("declined by 0.2%", "declined in almost every state"). */
const CHANGE_MEASURES = new Set(['by', 'from', 'in', 'over', 'since']);
/** After a verb of change: an optional -ly adverb, then a measure's preposition or a quantity. */
function changeMeasured(c: Context, first: number, last: number): boolean {
  const k = isWord(c, first) && word(c, first).length > 4 && word(c, first).endsWith('ly') && first < last ? first + 1 : first;
  return isQuantity(c, k) || (isWord(c, k) && CHANGE_MEASURES.has(word(c, k)));
}

/** Connectives that open with a preposition but say nothing of the statement ("In addition, the campaign plans …"). */
const CONNECTIVE_NOUNS = new Set(['addition', 'fact', 'short', 'turn', 'contrast', 'other', 'response', 'meantime']);

/** Where a content before its tail starts: after a dateline, and after an opening connective or adverb, not after an
 *  opening prepositional phrase. */
function openingOf(c: Context, first: number, last: number): number {
  return keepsPrepositionalOpening(c, first, last) ? openingAfterDateline(c, first, last) : skipSentenceOpening(c, first, last);
}

/** Words that open a phrase of place, time or manner before a sentence's subject ("At a recent town hall meeting in
 *  New Hampshire, a young woman asked …", "Every year, at least one reader asks …"). */
const OPENING_PHRASE_LEADS = new Set(['in', 'on', 'at', 'after', 'before', 'during', 'since', 'with', 'under', 'for', 'by', 'among',
  'over', 'later', 'earlier', 'last', 'every', 'each', 'reached']);

/** "At a recent town hall meeting in New Hampshire, a young woman asked Mrs. Clinton about …", "Weighing in on the
 *  discussion, former Arkansas Gov. Mike Huckabee agreed …": a short phrase of place, time or manner (or a participle's)
 *  with no comma or quotation, right before the speaker's comma, is where or how the subject spoke, not what was said;
 *  what was said follows the cue (train: the engine's 4 such statements were none of them right; read after the cue, 3
 *  are right and the 4th makes none). */
function onlyAnOpeningPhrase(c: Context, first: number, last: number, speaker: number): boolean {
  if (first < last && punct(c, first) === '(') first++;
  if (last - first > 9 || speaker !== last + 2 || punct(c, last + 1) !== ',' || !isWord(c, first) || !c.t.cap[first]) return false;
  const w = word(c, first);
  // "(Indeed, I would not even be commenting on this issue if …)" (a saved blog page): a lone connective too.
  if (first === last && (CONNECTIVES.has(w) || w === 'indeed')) return true;
  if (!OPENING_PHRASE_LEADS.has(w) && !(w.endsWith('ing') && w.length > 5)) return false;
  for (let k = first; k <= last; k++) if (c.regionOf[k]! >= 0 || punct(c, k) === ',') return false;
  return true;
}

/** Sentence connectives that tie a sentence to the one before it. */
const CONNECTIVES = new Set(['and', 'but', 'so', 'yet', 'still', 'now', 'nevertheless', 'nonetheless', 'however', 'instead', 'also', 'plus', 'meanwhile']);

/** "And Mrs. Clinton now holds a gaping advantage …, according to …", "Even so, in February he raised $5.7 million …,
 *  according to …": a source cited by "according to" vouches for the facts, not for the writer's link to the sentence
 *  before, and PolNeAR's content starts after the connective (train: 7 such contents vs 3 that keep it; the other
 *  tails keep "And"/"But" more often than not). */
function afterConnective(c: Context, first: number, last: number): number {
  let k = first;
  if (k < last && isWord(c, k) && word(c, k) === 'even' && isWord(c, k + 1) && word(c, k + 1) === 'so') k++;
  else if (!(k < last && isWord(c, k) && CONNECTIVES.has(word(c, k)))) return first;
  k++;
  if (k < last && punct(c, k) === ',') k++;
  return k <= last && isWord(c, k) ? k : first;
}

/** "After some challenges, Mr. Clarke's reclamation work has been meeting regulatory standards …, he said", "In 2014,
 *  …": before a tail, an opening prepositional phrase (after a dateline) is part of what was said (train: 9251 → 9285
 *  exact contents). Connectives ("In addition, …") and adverbs ("However, …", "Meanwhile, …") are not. */
function keepsPrepositionalOpening(c: Context, first: number, last: number): boolean {
  const k = openingAfterDateline(c, first, last);
  return isWord(c, k) && OPENING_PREPOSITIONS.has(word(c, k)) && !(isWord(c, k + 1) && CONNECTIVE_NOUNS.has(word(c, k + 1)));
}

/** "These and other sources of authority, the lawyers said, “all command the same conclusion”": a tail set off by
 *  commas inside a sentence whose quotation goes on in lower case — the words before the tail are the start of
 *  what was said (train: 24 such contents start at the sentence vs 10 at the quotation; a capital after the mark
 *  opens a sentence of its own: 135 vs 10). Returns that start, or null. */
function midSentenceLead(c: Context, s: Sentence, cue: Cue, o: Orientation, open: number): number | null {
  const sp = o.speaker;
  if (!sp || sp.last >= cue.first || open !== cue.last + 2 || punct(c, cue.last + 1) !== ',' || punct(c, sp.first - 1) !== ',') return null;
  if (!isWord(c, open + 1) || c.t.cap[open + 1]) return null;
  const lead = skipSentenceOpening(c, s.from, sp.first - 2);
  let words = 0;
  for (let k = lead; k < sp.first - 1; k++) {
    if (c.regionOf[k]! >= 0 || c.t.kind[k] === 3) return null;
    if (isWord(c, k)) words++;
  }
  return words >= 2 ? c.t.start[lead]! : null;
}

/** After a tail that interrupts its sentence (", X said on Friday,"), the index of the auxiliary that resumes it, or -1. */
function verbAfterTail(c: Context, s: Sentence, from: number): number {
  for (let j = from; j < s.to && j < from + 10; j++) {
    if (c.regionOf[j]! >= 0) return -1;
    if (isWord(c, j)) continue;
    if (punct(c, j) !== ',') return -1;
    return j + 1 < s.to && isWord(c, j + 1) && FINITE_AUXILIARIES.has(word(c, j + 1)) ? j + 1 : -1;
  }
  return -1;
}

/** An auxiliary (or an adverb and one) that carries on a sentence after an interrupting tail. */
function resumesWithVerb(c: Context, k: number): boolean {
  if (!isWord(c, k)) return false;
  return FINITE_AUXILIARIES.has(word(c, k)) || (word(c, k).endsWith('ly') && isWord(c, k + 1) && FINITE_AUXILIARIES.has(word(c, k + 1)));
}

/** The start of the words before ", X said," (or ", as X noted,") in the sentence, or -1. */
function leadBefore(c: Context, s: Sentence, speakerFirst: number): number {
  let b = speakerFirst - 1;
  if (b > s.from && isWord(c, b) && word(c, b) === 'as') b--;
  if (b <= s.from || punct(c, b) !== ',') return -1;
  const lead = skipSentenceOpening(c, s.from, b - 1);
  for (let k = lead; k < b; k++) if (c.regionOf[k]! >= 0 || c.t.kind[k] === 3 || punct(c, k) === ',') return -1;
  return lead < b ? lead : -1;
}

/** "as much" at token `first`, then the sentence's end, a comma or an adjunct ("said as much in an interview", "Top
 *  Sanders strategists acknowledged as much in a New York Times article"): PolNeAR marks those words as the content
 *  (3 of 3 in train and dev); not a comparison ("did not announce as much stimulus as many had hoped"). */
function asMuch(c: Context, first: number, last: number): boolean {
  if (first >= last || !isWord(c, first) || word(c, first) !== 'as' || !isWord(c, first + 1) || word(c, first + 1) !== 'much') return false;
  const next = first + 2;
  return next > last || !isWord(c, next) || ADJUNCT_OPENERS.has(word(c, next));
}

function frame(cue: Cue, o: Orientation, start: number, end: number): Frame {
  return { cue, speaker: o.speaker, speakerEndTrim: o.trim, start, end, side: o.side, score: cue.score };
}


/** The first finite auxiliary followed by a lower-case word ("has been", "have reached") inside a subject span, after its
 *  first token and with no relative word or comma before it (a relative clause keeps its verb: "people who have
 *  battled …"); or -1. */
function finiteVerbInSubject(c: Context, sp: TokenSpan): number {
  for (let k = sp.first + 1; k < sp.last; k++) {
    if (!isWord(c, k)) { if (punct(c, k) === ',' || punct(c, k) === '—' || punct(c, k) === '(') return -1; continue; }
    const w = word(c, k);
    if (w === 'who' || w === 'that' || w === 'which' || w === 'whose' || w === 'whom') return -1;
    if (FINITE_AUX.has(w) && !c.t.cap[k] && isWord(c, k + 1) && !c.t.cap[k + 1]) {
      // "Neither John Kasich nor Mario Rubio has won a state and Cruz …": a clause coordinated after it has its own
      // subject, which may be the speaker; left as it was.
      for (let j = k + 1; j <= sp.last; j++) if (isWord(c, j) && (word(c, j) === 'and' || word(c, j) === 'but' || word(c, j) === 'or')) return -1;
      return k;
    }
  }
  return -1;
}
const FINITE_AUX = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were']);
