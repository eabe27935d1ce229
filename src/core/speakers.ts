// Source spans: the mention a statement is attributed to, as PolNeAR marks it — a pronoun alone,
// a name with its title ("Sen. Chuck Grassley"), a description ("a senior campaign official"),
// and an appositive or relative clause set off by commas ("Matt Latimer, another veteran speechwriter").
import { ARTICLES, BE_FORMS, type Context, closesQuote, isPossessive, isWord, opensQuote, POSSESSIVE_DETERMINERS, PRONOUN_CONTRACTION, punct, startsWithDigit, word } from './context';
import { AUX_ADV, CLAUSE_OPENERS, CUE_SHARE, PRONOUNS, SPEAKER_SHARE } from './lexicon';
import { TITLES_AND_INITIALS } from './titles';
import { isNumberWord } from './number-words';
import { DAYS, DURATIONS, MONTHS, PERIOD_OPENERS, PERIODS } from './time-words';
import { isCountry, isPersonNoun, isUnnamedHead } from './entities/types';
import { isAllCaps, SUBORDINATORS } from './content-edges';
import { stateAfterTownComma } from './state-places';

export interface TokenSpan { first: number; last: number }

/** "around" (training share 0.029, just under inNounPhrase's 0.03) as in "Political observers in Virginia and around the
 *  country say": PolNeAR train keeps it in all 5 subjects it follows ("others around the world"). */
const FUNCTION_IN_NP = new Set(['the', 'a', 'an', 'of', 'and', 'for', 'at', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'some', 'many',
  'other', 'another', 'several', 'two', 'three', 'four', 'both', 'most', 'more', 'top', 'senior', 'former', 'new', 'one', 'all', 'around']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'reporters', 'journalists', 'it', 'you']);
const MAX_NP = 14;
const NP_PREPOSITIONS = new Set(['on', 'of', 'at', 'for', 'from', 'with', 'in']);
const ADJUNCT_STARTS = new Set(['in', 'at', 'on', 'like', 'during', 'after', 'before', 'for', 'with', 'too', 'also', 'though',
  'however', 'meanwhile', 'speaking', 'writing', 'asked', 'when', 'while', 'unlike', 'by', 'from', 'as', 'then', 'later', 'earlier']);
const DETERMINERS = new Set(['the', 'a', 'an', 'another', 'his', 'her', 'their', 'its', 'our', 'my', 'one', 'some', 'many', 'several', 'both', 'two', 'three', 'most', 'other']);
/** A lower-case speaker head must have been inside this share of its training occurrences' speaker spans. */
export const HEAD_SHARE = { min: 0.05 };
const NOT_SPEAKER_START = new Set(['of', 'for', 'at', 'and', 'to', 'in', 'on', 'with', 'by', 'from', 'about', 'as', 'after', 'before', 'during', 'when', 'while', 'but', 'or']);

/** May token i sit inside a speaker noun phrase? */
function inNounPhrase(c: Context, i: number): boolean {
  if (isWord(c, i)) {
    const w = word(c, i);
    if (PRONOUNS.has(w)) return false;
    if (c.t.cap[i]) return true;
    // A possessor inside the phrase: "the ad’s narrator", "the state’s campaign chairman".
    if (isPossessive(w)) return true;
    return FUNCTION_IN_NP.has(w) || (SPEAKER_SHARE.get(w) ?? 0) >= 0.03 || startsWithDigit(w);
  }
  const p = punct(c, i);
  if (p === '.') return titlePeriod(c, i);
  // A slash joins two names into one ("The Reuters/Ipsos poll", "a New York Times/CBS News poll").
  if (p === '/') return i > 0 && c.t.cap[i - 1] === 1 && c.t.cap[i + 1] === 1 && c.t.end[i - 1] === c.t.start[i] && c.t.end[i] === c.t.start[i + 1];
  // A spaced dash ("WASHINGTON -- President Obama") ends a dateline, not part of a name.
  return p === '&' || p === "'" || p === '’';
}

/** A period glued to a title or an initial ("Sen.", "J."): part of the name. */
function titlePeriod(c: Context, i: number): boolean {
  return i > 0 && isWord(c, i - 1) && c.t.end[i - 1] === c.t.start[i] && TITLES_AND_INITIALS(c, i - 1);
}

/** Auxiliaries that open a yes/no question; not "Will", a given name ("Will Estrada, the chairman …, said"). */
const ADJUNCT_AUXILIARIES = new Set(['did', 'does', 'do', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must']);
const QUESTION_AUXILIARIES = new Set(['does', 'did', 'do', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'can', 'could', 'would', 'should']);

/** Drop words at the left edge that open a clause rather than a name ("But", "In", "of"). */
function trimLeft(c: Context, first: number, last: number): number {
  while (first < last) {
    if (isWord(c, first)) {
      const w = word(c, first);
      // "Last week State Department official David Holmes": the time phrase goes with its opener.
      if (PERIODS.has(w) && first > 0 && isWord(c, first - 1) && PERIOD_OPENERS.has(word(c, first - 1))) { first++; continue; }
      // "for years the United States has imposed …".
      if (DURATIONS.has(w) && first > 0 && isWord(c, first - 1) && word(c, first - 1) === 'for') { first++; continue; }
      // "Does Israel Refuse to …", "Did the Clinton Foundation refuse …": a question's auxiliary opens the sentence.
      if (!CLAUSE_OPENERS.has(w) && w !== 'and' && w !== 'of' && !(c.t.cap[first] && QUESTION_AUXILIARIES.has(w))) break;
    }
    first++;
  }
  return first;
}



/** Words for a part of a group before "of you" ("Many of you"). */
const PART_OF_WORDS = new Set(['many', 'some', 'most', 'all', 'none', 'each', 'both', 'few', 'several', 'one', 'two', 'three', 'half']);

/** Plurals of nouns for people by their endings ("forecasters", "confidants", "proponents", "economists", "historians",
 *  "executives", "critics"). */
const PEOPLE_PLURAL = /[a-z](?:ers|ors|ists|ants|ents|ians|ives|ics|ees)$/;

/** The noun phrase whose last token is `last`, not reaching before token `from`. With `peopleHead`, a plural noun
 *  for people heads it even when training seldom saw it in a speaker (the subject of a verb of saying, orient.ts). */
export function nounPhraseEndingAt(c: Context, last: number, from: number, peopleHead = false): TokenSpan | null {
  if (last < from || !isWord(c, last)) return null;
  const w = word(c, last);
  if (PRONOUNS.has(w)) {
    // "Many of you have noted", "Some of you just plain don't like me": the quantity is the subject (PolNeAR train keeps
    // it in all 14 mentions of the shape "many of them", "all of whom", "some of you").
    if (w === 'you' && last - 2 >= from && isWord(c, last - 1) && word(c, last - 1) === 'of' && isWord(c, last - 2) && PART_OF_WORDS.has(word(c, last - 2))) return { first: last - 2, last };
    return { first: last, last };
  }
  // A day or a period is when, not who ("Wells Fargo just this month announced", "tweets early Friday saying").
  if (isDay(c, last) || PERIODS.has(w)) return null;
  // "Zucker, who in the past has voiced …": so is "the past".
  if (w === 'past' && last - 1 >= from && isWord(c, last - 1) && word(c, last - 1) === 'the') return null;
  // "a source close to him": an object pronoun after "close to" ends the phrase of the noun before it.
  if (OBJECT_PRONOUNS.has(w) && last - 3 >= from && isWord(c, last - 1) && word(c, last - 1) === 'to' && isWord(c, last - 2) && word(c, last - 2) === 'close') {
    const holder = nounPhraseEndingAt(c, last - 3, from);
    return holder && !c.t.cap[holder.last] ? { first: holder.first, last } : null;
  }
  // "Let me just say …", "let me tell you": the pronoun alone is who speaks, as PolNeAR marks it.
  if (w === 'me' && last - 1 >= from && isWord(c, last - 1) && word(c, last - 1) === 'let') return { first: last, last };
  // A determiner never ends a speaker ("In a widely read column": "a" is no one).
  if (DETERMINERS.has(w) || FUNCTION_IN_NP.has(w)) return null;
  if (CLAUSE_OPENERS.has(w) && !c.t.cap[last]) return null;
  // The head must be something that can speak: a name, or a word seen in training speakers.
  if (!c.t.cap[last] && !isPossessive(w) && (SPEAKER_SHARE.get(w) ?? 0) < HEAD_SHARE.min && !(peopleHead && PEOPLE_PLURAL.test(w))) {
    // "his often-repeated vow that …", "their smug assurances", "his most eloquent passion for": an adjective after a
    // possessive pronoun modifies the noun cue, and the pronoun alone is whose words they are.
    const owner = possessorOfAdjective(c, last, from);
    if (owner >= 0) return { first: owner, last: owner };
    // An unseen noun still heads a phrase right after a determiner ("the announcer said"), an adjective does not: in
    // "came with a tough warning", "her initial statement", "the debunked claim" the cue word is a noun.
    if (last - 1 >= from && isWord(c, last - 1) && DETERMINERS.has(word(c, last - 1)) && looksAdjectival(w)) return null;
    // …
    if (!(last - 1 >= from && isWord(c, last - 1) && DETERMINERS.has(word(c, last - 1)))) {
      // …or ends a prepositional phrase on a speaker ("Experts on North Korea and nuclear nonproliferation said").
      for (let k = last - 1; k > from && last - k <= 8; k--) {
        if (!isWord(c, k)) break;
        if (NP_PREPOSITIONS.has(word(c, k))) {
          const head = nounPhraseEndingAt(c, k - 1, from);
          return head && (SPEAKER_SHARE.get(word(c, head.last)) ?? 0) >= 0.3 ? { first: head.first, last } : null;
        }
      }
      return null;
    }
  }
  // A possessor ("Donald Trump’s claim that …") is a name with its titles, not a clause: in PolNeAR train
  // 171 of 173 possessor speakers hold no lower-case preposition and almost no lower-case word but "the".
  // Without this, "Politifact seized on Trump’s claim" made "Politifact seized on Trump’s" the speaker.
  if (isPossessive(w)) return possessorEndingAt(c, last, from);
  let first = last;
  for (;;) {
    while (first - 1 >= from && last - first < MAX_NP && inNounPhrase(c, first - 1) && !objectBeforeAnd(c, first - 1, from)) first--;
    // Up to two unseen lower-case modifiers join when a determiner or a name stands before them
    // ("Several cast members", "Connecticut’s tax commissioner").
    let k = first - 1, unseen = 0;
    // Not a word of saying before a name: "a claim Hamas disputed" is Hamas's dispute, not a claim's.
    while (k >= from && unseen < 2 && isWord(c, k) && !c.t.cap[k] && !PRONOUNS.has(word(c, k)) && !CLAUSE_OPENERS.has(word(c, k)) && !inNounPhrase(c, k) &&
      !(c.t.cap[k + 1] && (CUE_SHARE.get(word(c, k)) ?? 0) >= CUE_BEFORE_NAME && !looksAdjectival(word(c, k)))) { k--; unseen++; }
    // Not an -ed word right after a name: that is the name's verb ("The United States faced stiff international and
    // Palestinian criticism": the criticism is not the United States'). "a super PAC started by" is a participle.
    const verbAfterName = c.t.cap[k] === 1 && !DETERMINERS.has(word(c, k)) && word(c, k + 1).endsWith('ed') && !(isWord(c, k + 2) && word(c, k + 2) === 'by');
    // A pronoun capitalized because it opens the sentence is no name ("She came out of the meeting knowing …").
    if (unseen > 0 && k >= from && isWord(c, k) && !verbAfterName && (DETERMINERS.has(word(c, k)) || (c.t.cap[k] && !PRONOUNS.has(word(c, k))) || isPossessive(word(c, k)))) { first = k + 1; continue; }
    if (unseen === 1 && articleAdjectiveBefore(c, k, first, last, from)) { first = k - 1; break; }
    // "where restructuring experts say", "The family, protesters and civic leaders have been demanding", "…, and human
    // rights groups warned": one unseen noun before a plural head (or a compound with no determiner), after a clause
    // opener or conjunction, modifies it; after a comma too when the head is lower-case ("While he was in a Texas county
    // jail …, immigration officials told him", "One after another, mining companies, including Patriot, declared"),
    // not a name a participle takes ("…, featuring Hispanics telling …").
    if (unseen === 1 && bareNouns(c, first, last) && word(c, last).endsWith('s') && (k < from || (punct(c, k) === ',' && !c.t.cap[last]) || (isWord(c, k) && CLAUSE_OPENERS.has(word(c, k))))) { first = k + 1; break; }
    break;
  }
  // "China’s ambassador to Britain", "a senior adviser to the president": "to" after a noun for a person joins the
  // phrase whose head that noun is (the walk above stops at "to", and "Britain" alone was the speaker). Only a short
  // object: in "special envoy to Ukraine Kurt Volker" the name after the place is the speaker.
  const shortObject = last === first || (last === first + 1 && !c.t.cap[first] && !c.t.cap[last]);
  if (shortObject && first - 2 >= from && isWord(c, first - 1) && word(c, first - 1) === 'to' && isWord(c, first - 2) && !c.t.cap[first - 2] && isPersonNoun(word(c, first - 2))) {
    const holder = nounPhraseEndingAt(c, first - 2, from);
    if (holder) first = holder.first;
  } else if (countryBeforeName(c, first, last, from)) {
    // "China’s ambassador to Britain Liu Xiaming has said": the country is the title's object, not part of the name.
    first++;
  } else if (peopleInPlaceBefore(c, first, last, from)) {
    const holder = nounPhraseEndingAt(c, word(c, first) === 'in' ? first - 1 : first - 2, from, true);
    if (holder) first = holder.first;
  } else if (pluralPeopleBefore(c, first, last, from)) {
    // "Aides to Mr. Sanders have been pressing", "Attorneys for Clinton appeared to oppose": the plural noun for people
    // is the head and the name after "to"/"for" its object; a plural has no name in apposition after it.
    const holder = nounPhraseEndingAt(c, first - 2, from);
    if (holder) first = holder.first;
  } else if (first - 2 >= from && isWord(c, first - 1) && word(c, first - 1) === 'to' && isWord(c, first - 2) && !c.t.cap[first - 2]) {
    // "Her submission to the court noted", "The GOP’s complaint to the D.C. Court of Appeals’ Board … says", "A letter to
    // platform committee members calls": a document addressed to someone, with its determiner, is the subject. Not the
    // object of a preposition ("wrote in an email to supporters").
    const holder = nounPhraseEndingAt(c, first - 2, from);
    const afterPreposition = holder !== null && holder.first - 1 >= from && isWord(c, holder.first - 1) && NOT_SPEAKER_START.has(word(c, holder.first - 1));
    if (holder && !afterPreposition && holder.first < first - 2 && isWord(c, holder.first) && DETERMINERS.has(word(c, holder.first))) first = holder.first;
  }
  // "a person close to the company", "sources close to the investigation": the phrase before "close to" is the head.
  if (first - 3 >= from && isWord(c, first - 1) && word(c, first - 1) === 'to' && isWord(c, first - 2) && word(c, first - 2) === 'close') {
    const holder = nounPhraseEndingAt(c, first - 3, from);
    if (holder && !c.t.cap[holder.last]) first = holder.first;
  }
  first = gappedObjectSubject(c, first, last);
  const opened = trimLeft(c, first, last);
  first = opened > first && c.t.cap[first] && OPENING_PREPOSITIONS.has(word(c, first)) ? nameAfterOpening(c, opened, last) : opened;
  if (isWord(c, first) && CLAUSE_OPENERS.has(word(c, first)) && first === last) return null;
  // Train "This group recognizes", "That person said", a saved MSN page's "That report found": a demonstrative before
  // a lone common noun is its determiner, which PolNeAR's mention keeps (train: 2 mentions made exact, none lost).
  if (demonstrativeBefore(c, first, last, from)) first--;
  return { first: quantityModifierBefore(c, first, from), last };
}

/** The possessive pronoun before an adjective that ends a phrase at `last` ("his often-repeated", "their smug", "his
 *  most eloquent"), or -1. Only asked of words training seldom saw in speakers; nouns for people are no adjectives. */
function possessorOfAdjective(c: Context, last: number, from: number): number {
  let k = last - 1;
  if (k - 1 >= from && isWord(c, k) && INTENSIFIERS.has(word(c, k))) k--;
  if (k < from || !isWord(c, k) || !POSSESSIVE_DETERMINERS.has(word(c, k))) return -1;
  const w = word(c, last);
  if (isPersonNoun(w) || PEOPLE_PLURAL.test(w)) return -1;
  return looksAdjectival(w) || (k < last - 1 && !w.endsWith('s')) || POSSESSED_ADJECTIVE_ENDINGS.test(w) ? k : -1;
}
const INTENSIFIERS = new Set(['most', 'more', 'very', 'often', 'so', 'less', 'least']);
const POSSESSED_ADJECTIVE_ENDINGS = /(?:est|ive|ent|ous|-\w+ed)$/;

/** Does a one-word country after "to" and a noun for a person open the capitalized run first..last, with a name of two
 *  words or more after it ("ambassador to Britain Liu Xiaming", "special envoy to Ukraine Kurt Volker")? */
function countryBeforeName(c: Context, first: number, last: number, from: number): boolean {
  if (last - first < 2 || first - 2 < from || !c.t.cap[first] || !isWord(c, first - 1) || word(c, first - 1) !== 'to' || !isWord(c, first - 2) ||
    c.t.cap[first - 2] || !isPersonNoun(word(c, first - 2))) return false;
  for (let k = first + 1; k <= last; k++) if (!c.t.cap[k]) return false;
  return isCountry(c.text.slice(c.t.start[first], c.t.end[first]));
}

/** "an offer the leadership rebuffed", "an arrangement the Sanders campaign has criticized", "the coronation many
 *  pundits initially forecast": a noun with an article or quantity word right after it, no comma between, is the object
 *  of a relative clause whose subject is the second phrase, and that one speaks (PolNeAR train marks the second phrase in
 *  all such mentions); so with a possessive pronoun ("some ways his campaign hopes"). Returns where the subject starts,
 *  or `first`. */
function gappedObjectSubject(c: Context, first: number, last: number): number {
  const named = gappedNameSubject(c, first, last);
  if (named > first) return named;
  for (let k = last - 1; k > first + 1; k--) {
    if (!isWord(c, k) || c.t.cap[k] || !GAP_SUBJECT_OPENERS.has(word(c, k)) || !gapObjectHead(c, k - 1)) continue;
    // The object is a determiner and at most one more lower-case word before its noun ("an offer", "the vain hope").
    for (let d = k - 2; d >= first && d >= k - 3; d--) {
      if (isWord(c, d) && DETERMINERS.has(word(c, d))) return k;
      if (!gapObjectHead(c, d)) break;
    }
  }
  return first;
}
/** A lower-case word that may be a noun or adjective of the object before the gapped clause: not a function word,
 *  a preposition, a verb form or an adverb. */
function gapObjectHead(c: Context, k: number): boolean {
  if (!isWord(c, k) || c.t.cap[k]) return false;
  const w = word(c, k);
  return !(isPossessive(w) || FUNCTION_IN_NP.has(w) || NP_PREPOSITIONS.has(w) || CLAUSE_OPENERS.has(w) || NOT_SPEAKER_START.has(w) ||
    AUX_ADV.has(w) || w.endsWith('ed') || w.endsWith('ing') || w.endsWith('ly'));
}
/** Is token k a lower-case noun whose article stands one or two words before it ("a photo", "the companies", "a
 *  deal"), so that a clause right after it may be a relative one with its object gapped? Not a comparative ("the more
 *  she has shown"), nor a word of time ("the day he said"): those open clauses of their own. */
export function gappedObjectBefore(c: Context, k: number, from: number): boolean {
  if (k - 1 < from || !gapObjectHead(c, k) || startsWithDigit(word(c, k)) || NOT_GAP_OBJECTS.has(word(c, k)) || DURATIONS.has(word(c, k)) || PERIODS.has(word(c, k))) return false;
  for (let d = k - 1; d >= from && d >= k - 2; d--) {
    if (isWord(c, d) && !c.t.cap[d] && GAP_OBJECT_DETERMINERS.has(word(c, d))) return true;
    if (!gapObjectHead(c, d)) return false;
  }
  return false;
}
// Not a possessive: "in the course of their report they could not resist pointing out …" (dev) is a phrase without
// its comma, and its pronoun the possessor's.
const GAP_OBJECT_DETERMINERS = new Set(['a', 'an', 'the', 'these', 'those']);
const NOT_GAP_OBJECTS = new Set(['more', 'less', 'most', 'least', 'time', 'times', 'way', 'moment', 'reason', 'first', 'last', 'next', 'same',
  'extent', 'point', 'place', 'kind', 'sort', 'type', 'one', 'ones']);
const GAP_SUBJECT_OPENERS = new Set(['the', 'a', 'an', 'many', 'some', 'his', 'her', 'their', 'its', 'our']);

/** "the massive purchases Mr. Trump requested", "a prospect Vindman denied", "a tactic Democrats hope", "the photo Trump
 *  posted": the gapped clause's subject is a name, right after an object noun that has a determiner. The noun must not
 *  name a person ("spokesman Jeff Bechdel", "columnist Jonathan Chait" are titles) nor look like an adjective ("an
 *  angry Hollande retaliated", "the younger Mr. Trump", "a still-struggling HP"). Returns where the name starts, or
 *  `first`. */
function gappedNameSubject(c: Context, first: number, last: number): number {
  if (!c.t.cap[last]) return first;
  let k = last;
  while (k - 1 > first && (c.t.cap[k - 1] || punct(c, k - 1) === '.')) k--;
  if (!isWord(c, k) || !c.t.cap[k] || PRONOUNS.has(word(c, k)) || k - 2 < first) return first;
  const noun = word(c, k - 1);
  if (!gapObjectHead(c, k - 1) || startsWithDigit(noun) || isPersonNoun(noun) || (SPEAKER_SHARE.get(noun) ?? 0) >= GAP_NOUN_SPEAKER_SHARE || ADJECTIVE_ENDINGS.test(noun) || looksAdjectival(noun)) return first;
  for (let d = k - 2; d >= first && d >= k - 3; d--) {
    if (isWord(c, d) && DETERMINERS.has(word(c, d))) return objectPosition(c, d - 1) || summaryAfterComma(c, d, k - 1) ? k : first;
    if (!gapObjectHead(c, d)) break;
  }
  return first;
}
/** "…, a prospect Vindman denied earlier in the day", "…, a point Feinstein also acknowledged to Bloomberg": after a
 *  comma, "a"/"an" and a noun that sums up what was said is an apposition to the clause before it, and the name after
 *  the noun its relative clause's subject. Only such nouns: after a comma an adjective is the subject's own ("Contacted
 *  by POLITICO, a terse Miller agreed"). */
function summaryAfterComma(c: Context, det: number, noun: number): boolean {
  return noun === det + 1 && det - 1 >= 0 && punct(c, det - 1) === ',' && (word(c, det) === 'a' || word(c, det) === 'an') && SUMMARY_NOUNS.has(word(c, noun));
}
/** Nouns that sum up a statement or an idea in an apposition after it ("…, a claim Hamas disputed"). */
export const SUMMARY_NOUNS = new Set(['prospect', 'point', 'claim', 'charge', 'allegation', 'accusation', 'assertion', 'contention',
  'notion', 'idea', 'view', 'sentiment', 'characterization', 'description', 'suggestion', 'possibility', 'argument',
  'assessment', 'conclusion', 'position', 'theory']);
/** Does the phrase after token `k` stand where an object does: after a verb, a preposition or an adverb ("translating
 *  the massive purchases Mr. Trump requested", "in the world Uber seeks", "even the ones State now says")? A phrase
 *  that opens the sentence or follows a comma is its subject, and its name a title's ("The venture capitalist Marc
 *  Andreessen said", "Contacted by POLITICO, a terse Miller agreed"); a participle before it is its own clause's verb
 *  ("He then adopted a fake Southern accent and joked"); after a subordinator it opens a clause ("although the photo
 *  Trump posted didn't show a grab"), whose content PolNeAR's statement holds whole. */
function objectPosition(c: Context, k: number): boolean {
  return k >= 0 && isWord(c, k) && !c.t.cap[k] && !word(c, k).endsWith('ed') && !SUBORDINATORS.has(word(c, k));
}
const GAP_NOUN_SPEAKER_SHARE = 0.1;
// Endings of adjectives, and of nouns for people the person-noun list may lack ("the comedian", "the cartoonist").
const ADJECTIVE_ENDINGS = /(?:y|er|est|al|ous|ful|ive|ate|ent|ant|less|able|ible|ish|or|ist|ian|ee|-.*)$/;

/** "Only 52 percent of registered voters agreed", "about half of Democratic primary voters said", "Not everyone finds":
 *  a modifier of the quantity that opens the subject is part of it in PolNeAR (train: about 21 of 24, nearly 12 of
 *  12, more than 15 of 21, only 15 of 20). Returns the modifier's first token, or `first` when there is none. */
function quantityModifierBefore(c: Context, first: number, from: number): number {
  // "At least half of voters in each state say", "at least a dozen members of Congress told": PolNeAR train keeps "at
  // least" in 10 of 11 such mentions; the walk takes "least" (a speaker word) and trims "at" (a clause opener).
  if (isWord(c, first) && word(c, first) === 'least' && first - 1 >= from && isWord(c, first - 1) && word(c, first - 1) === 'at') return first - 1;
  if (!isWord(c, first) || !(/^\d/.test(word(c, first)) || QUANTITY_WORDS.has(word(c, first)))) return first;
  // "About four out of 10 voters say", "Nearly nine out of 10 said": the share is one quantity.
  if (first - 3 >= from && isWord(c, first - 3) && word(c, first - 2) === 'out' && word(c, first - 1) === 'of' &&
    isNumberWord(word(c, first - 3))) return quantityModifierBefore(c, first - 3, from);
  const k = first - 1;
  if (k < from || !isWord(c, k)) return first;
  if (QUANTITY_MODIFIERS.has(word(c, k))) return k;
  // "more than", "fewer than", "less than"
  if (word(c, k) === 'than' && k - 1 >= from && isWord(c, k - 1) && ['more', 'fewer', 'less'].includes(word(c, k - 1))) return k - 1;
  return first;
}
const QUANTITY_WORDS = new Set(['half', 'a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozen',
  'everyone', 'everybody', 'many', 'most', 'twice', 'third', 'quarter']);
const QUANTITY_MODIFIERS = new Set(['only', 'about', 'nearly', 'almost', 'just', 'roughly', 'not', 'some', 'approximately', 'around']);

/** "In a Bloomberg interview Trump declared", "During the debate Clinton said": an opening phrase without its comma
 *  ran into the subject; the name after the phrase's last lower-case noun is the subject. */
function nameAfterOpening(c: Context, first: number, last: number): number {
  if (!c.t.cap[last]) return first;
  for (let k = last - 1; k >= first; k--) {
    if (!isWord(c, k)) continue;
    if (c.t.cap[k]) continue;
    const w = word(c, k);
    // A title stays with its name ("In a statement press secretary Josh Earnest"): a word often inside speakers.
    if (FUNCTION_IN_NP.has(w) || isPossessive(w) || (SPEAKER_SHARE.get(w) ?? 0) >= 0.1) return first;
    return k + 1;
  }
  return first;
}
const OPENING_PREPOSITIONS = new Set(['in', 'at', 'on', 'during', 'after', 'before', 'with', 'from', 'over', 'under', 'among', 'despite', 'since', 'until', 'like', 'unlike']);

/** "A federal appeals court ruled", "the self-described democratic socialist said": an article and a modifier seen in
 *  speakers (token `k`) before one unseen noun and a lower-case head word `first` (= `last`). Not a verb-like unseen
 *  word (-ed, -ing, an auxiliary: "the poll was conducted"), and not a name as head ("the third time AROS said"). */
function articleAdjectiveBefore(c: Context, k: number, first: number, last: number, from: number): boolean {
  if (first !== last || c.t.cap[last] || k - 1 < from || !isWord(c, k) || c.t.cap[k] || FUNCTION_IN_NP.has(word(c, k)) || !inNounPhrase(c, k)) return false;
  const unseen = word(c, k + 1);
  if (unseen.endsWith('ed') || unseen.endsWith('ing') || AUX_ADV.has(unseen)) return false;
  return isWord(c, k - 1) && ['a', 'an', 'the'].includes(word(c, k - 1));
}

/** Adjectives by their endings ("political", "journalistic", "dangerous", "reasonable") or a few common ones without
 *  one ("recent", "tough", "initial"): words that modify a noun and never head one. Only asked of words training never
 *  saw as speakers; nouns of people with these endings are not adjectives. Endings shared with many nouns are left
 *  out: -ing "the ruling", -ed "the accused", -al "the deal", -ive "the missive", -ic "her music", "the critic". */
function looksAdjectival(w: string): boolean {
  if (ADJECTIVES.has(w)) return true;
  if (!/(?:ical|istic|ial|ous|ful|less|able|ible)$/.test(w)) return false;
  return !isPersonNoun(w) && !isUnnamedHead(w);
}
const ADJECTIVES = new Set(['recent', 'tough', 'early', 'stern', 'strong', 'harsh', 'blunt', 'frank', 'latest', 'initial', 'final',
  'formal', 'informal', 'verbal', 'personal', 'annual', 'original', 'opening', 'closing', 'repeated', 'heated', 'prepared', 'debunked']);

/** Is first..last one word, or lower-case words with no determiner ("rights groups", not "the pro-business rulings",
 *  not "comment and Senate aides")? */
function bareNouns(c: Context, first: number, last: number): boolean {
  if (first === last) return true;
  for (let k = first; k <= last; k++) if (!isWord(c, k) || c.t.cap[k] || DETERMINERS.has(word(c, k)) || DEMONSTRATIVES.has(word(c, k))) return false;
  return true;
}
const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those']);

/** Is the lone lower-case noun at first..last led by "this", "these", "those" or a capitalized "That"? A lower-case
 *  "that" is too often the clause's complementizer ("said that officials …"). */
function demonstrativeBefore(c: Context, first: number, last: number, from: number): boolean {
  if (first !== last || c.t.cap[first] || first - 1 < from || !isWord(c, first - 1)) return false;
  const d = word(c, first - 1);
  return d === 'this' || d === 'these' || d === 'those' || (d === 'that' && c.t.cap[first - 1] === 1);
}

/** A possessor phrase ending at `last` ("the Trump campaign’s", "Sen. Chuck Grassley’s"): capitalized words,
 *  titles, a leading determiner, and lower-case words that head speakers in training ("the nominee’s"). */
function possessorEndingAt(c: Context, last: number, from: number): TokenSpan | null {
  let first = last;
  while (first - 1 >= from && last - first < MAX_NP) {
    const k = first - 1;
    if (isWord(c, k)) {
      const w = word(c, k);
      if (PRONOUNS.has(w) || isPossessive(w)) break;
      if (!c.t.cap[k] && !DETERMINERS.has(w) && (SPEAKER_SHARE.get(w) ?? 0) < 0.3) break;
      first = k;
      if (!c.t.cap[k] && DETERMINERS.has(w)) break;
    } else if (punct(c, k) === '.' && titlePeriod(c, k)) {
      first = k;
    } else break;
  }
  first = trimLeft(c, first, last);
  return { first, last };
}

/**
 * The speaker ending just before token `end` (exclusive), subject position: "X said", "X, a Y, said",
 * "X, who …, said". Returns null when nothing there can be a speaker.
 */
export function subjectBefore(c: Context, end: number, from: number): TokenSpan | null {
  const j = end - 1;
  if (j < from) return null;
  if (punct(c, j) === ')') {
    // "Rep. Gwen Moore (D-Wis.) said": the party tag belongs to the name.
    for (let k = j - 1; k >= from && j - k < 10; k--) {
      if (punct(c, k) === '(') {
        const head = subjectBefore(c, k, from);
        return head ? { first: head.first, last: j } : null;
      }
    }
    return null;
  }
  // "Barack Obama Just Nominated …", "Donald Trump Is Now Calling …": in a title-case headline the adverb and the
  // auxiliary before the verb are capitalized like the name, but are not part of it (PolNeAR train: 0 of 27 speakers
  // before "just" hold it).
  if (j > from && c.t.cap[j] && isWord(c, j) && isWord(c, j - 1) && HEADLINE_VERB_WORDS.has(word(c, j))) return subjectBefore(c, j, from);
  const dashed = dashedAppositive(c, j, from);
  if (dashed) return dashed;
  // "Marcel Lazăr Lehel, the hacker known as “Guccifer,” stated", "Dana Perino, a host of ''The Five,'' refused": an
  // appositive ending in a short quoted name has its closing comma inside the marks; read from that comma (train: 5
  // statements found by nothing before, all right; after a verb the title is its object, "went on to promote “…,”").
  if (closesQuote(c, j) && punct(c, j - 1) === ',') {
    const open = c.regions[c.regionOf[j]!]!.open;
    return open > from + 2 && j - open <= MAX_QUOTED_IN_APPOSITIVE && namesTitle(c, open - 1) ? subjectBefore(c, j, from) : null;
  }
  if (punct(c, j) === ',') {
    const listed = includingBefore(c, j, from);
    if (listed) return listed;
    // An appositive or relative clause: find the comma that opens it and the name before that.
    for (let k = j - 1; k > from && j - k < 30; k--) {
      const p = punct(c, k);
      // "Sandy Phillips, who lost her daughter … in Aurora, Colorado, in July 2012, said": the comma before a town's
      // state opens no appositive; the mention starts at the comma before it, when there is one ("Federal officials
      // familiar with the server … in Chappaqua, N.Y., speaking …, said" has none, and its mention ends at the state).
      if (p === ',' && stateAfterTownComma(c, k) >= 0 && commaWithin(c, k - 1, Math.max(from + 1, j - 29))) continue;
      if (p === ',') {
        // A comma inside a relative clause ("Mr. Slinker, whose latest start-up, Paradata, uses …, said") gives way to
        // the one that opens it.
        k = relativeCommaBefore(c, k, Math.max(from, j - 30));
        // "Michael Mulgrew, president of the UFT, which represents …, said": the relative clause is dropped. With no
        // appositive before it ("The USC Dornsife/Los Angeles Times Daybreak tracking poll, which tracks …, showed") the
        // clause stays in the mention, as PolNeAR's does (train and dev: 26 subjects keep ", which …", 15 end before it);
        // before, such a subject was not found at all.
        if (isWord(c, k + 1) && word(c, k + 1) === 'which') {
          const named = subjectBefore(c, k + 1, from);
          if (named) return named;
          const np = nounPhraseEndingAt(c, k - 1, from);
          return np ? { first: np.first, last: j - 1 } : null;
        }
        // "During the call, he asked about the Muslim Brotherhood, called Omar a “terrorist”": an appositive never opens
        // with a subject pronoun; the pronoun's clause is the first of coordinated verbs, and it is their subject.
        if (isWord(c, k + 1) && CLAUSE_SUBJECTS.has(word(c, k + 1)) && k + 2 < j && isWord(c, k + 2)) return { first: k + 1, last: k + 1 };
        // "Clinton, at Monday’s debate, said" / "Cummings, the top Democrat …, in a statement, said":
        // an adjunct set off by commas is not part of the mention.
        if (isWord(c, k + 1) && !c.t.cap[k + 1] && ADJUNCT_STARTS.has(word(c, k + 1))) {
          // "Sondland did, in fact, discuss", "Trump, the front-runner, has, in recent days, argued": the auxiliary
          // before the adjunct is the verb's, and the subject ends before it (the mention ran back over the
          // auxiliary to the comma before: "Kurt Volker, shifted his own account … to say Sondland did").
          if (k - 2 >= from && isWord(c, k - 1) && ADJUNCT_AUXILIARIES.has(word(c, k - 1))) return subjectBefore(c, k - 1, from);
          return subjectBefore(c, k + 1, from) ?? nounPhraseEndingAt(c, k - 1, from);
        }
        // The name before the appositive may carry a party tag: "Rep. Jim Jordan (R-Ohio), an oversight panel member, said".
        let head = punct(c, k - 1) === ')' ? subjectBefore(c, k, from) : nounPhraseEndingAt(c, k - 1, from);
        if (head) head = nameBeforeAgeOrPlace(c, head, from);
        if (!head) return null;
        // "In a reflection of the confusion, the Electoral Commission, which regulates …, issued": a prepositional
        // phrase that opens the sentence is an adjunct, not a subject; the subject follows its comma.
        // After it a clause may open ("During the call, Smith asked about …, called …"): its subject ends before its verb.
        if (isWord(c, k + 1) && opensWithPreposition(c, head.first - 1, from)) return endBeforeVerb(c, { first: k + 1, last: j - 1 });
        // "Trump, speaking to a veterans group, said": a participle clause is not part of the name.
        if (isWord(c, k + 1) && word(c, k + 1).endsWith('ing')) return head;
        // "Clinton, clearly frustrated, responded", "The mayor, still stinging …, agreed": an aside opening with a word
        // training never saw in a speaker (an adverb, adjective or participle) is not part of the mention; "also a GOP
        // presidential hopeful", "now a paid CNN commentator" are, so not before a determiner or a number.
        if (unseenAsideOpens(c, k + 1, j)) return head;
        // "Barkley, who said he typically votes democratic, said": a relative clause that is a statement of its own.
        if (saysRelative(c, k + 1, j)) return head;
        // "Ramos, who lives in Miami, said": after a bare name (someone already introduced) a relative clause is an
        // aside, and PolNeAR's mention ends before it (train: 61 of 89 such subjects; a fuller name keeps it, 88 of 139).
        if (bareNameBeforeRelative(c, head, k, from)) return head;
        // "The company that runs the AMAs, Dick Clark Productions, denies": the phrase before the comma is the
        // tail of a relative clause (a verb stands before it), so the name in apposition is the speaker.
        if (c.t.cap[k + 1] && relativeClauseTail(c, head.first, from)) return { first: k + 1, last: j - 1 };
        return { first: nameBeforeAppositive(c, head.first, from), last: j - 1 };
      }
      // A slash, a dollar or a percent sign stands inside an appositive or a relative clause ("Trump, appearing … at the
      // NBC/MSNBC forum, cited", "Executives for Mondelez, which generated more than $30 billion …, say", "A third of
      // independents, 33%, say"): without them the subject was left to loose-subjects.ts, or not found.
      // A short quoted phrase inside the appositive is stepped over whole ("Mr. Manafort, citing ''the unique magic of
      // Trump,'' said").
      // The opening mark of the quoted name whose comma this is (above).
      if (k + 1 < j && opensQuote(c, k) && closesQuote(c, j + 1) && c.regionOf[k] === c.regionOf[j + 1]) continue;
      if (closesQuote(c, k)) {
        const open = c.regions[c.regionOf[k]!]!.open;
        if (open > from + 1 && k - open <= MAX_QUOTED_IN_APPOSITIVE) { k = open; continue; }
        return null;
      }
      if (c.t.kind[k] !== 1 && p !== '.' && p !== '-' && p !== "'" && p !== '’' && p !== '(' && p !== ')' && p !== '&' && p !== '/' && p !== '$' && p !== '%') return null;
    }
    return null;
  }
  // "The St. Paul City Council on Wednesday said", "Wells Fargo just this month announced", "who in 2010 said":
  // the subject stands before the time phrase.
  const time = timePhraseStart(c, j, from);
  if (time >= 0) {
    const sp = subjectBefore(c, time, from);
    // "A Government Accountability Office report released last year found": the time belongs to the participle that
    // ends the subject, and PolNeAR's mention keeps it.
    // "A CNN/ORC poll of South Carolina released on Tuesday showed", "A Quinnipiac University poll released in late
    // August": with a preposition before the time, PolNeAR's mention ends before the participle (train 3 of 3, dev 1).
    if (sp && sp.last === time - 1 && sp.last > sp.first && word(c, sp.last) === 'released' && (word(c, time) === 'on' || word(c, time) === 'in')) return { first: sp.first, last: sp.last - 1 };
    if (sp && sp.last === time - 1 && sp.last > sp.first && !c.t.cap[sp.last] && word(c, sp.last).endsWith('ed')) return { first: sp.first, last: j };
    // "A CNN/ORC poll in January shows", "A memorable Hillary Clinton ad in 2008 questioned": "in" and a month or a
    // year after a poll, survey or ad dates it, and PolNeAR's mention keeps it.
    // So does "last week" / "this month" ("a WBUR poll last week showed", "A Quinnipiac University poll this month
    // found": train gold keeps it 4 times of 5 before a verb); a day ("a new ad Thursday") splits evenly and is left out.
    if (sp && sp.last === time - 1 && DATED_DOCUMENTS.has(word(c, sp.last)) && (word(c, time) === 'in' || lastOrThisPeriod(c, time, j))) return { first: sp.first, last: j };
    return sp ?? (isDay(c, j) || PERIODS.has(word(c, j)) ? null : nounPhraseEndingAt(c, j, from));
  }
  // "As Steven M. Rosenthal, a tax lawyer …, recently put it": an adverb between the subject and its verb is neither.
  if (j > from && isWord(c, j) && !c.t.cap[j] && isMannerOrTimeAdverb(word(c, j)) && (punct(c, j - 1) === ',' || isWord(c, j - 1))) return subjectBefore(c, j, from);
  return restrictiveRelativeSubject(c, j, from) ?? nounPhraseEndingAt(c, j, from);
}

/** "last week", "this month": two words, the second a period (not a day). */
function lastOrThisPeriod(c: Context, time: number, j: number): boolean {
  return j === time + 1 && (word(c, time) === 'last' || word(c, time) === 'this') && PERIODS.has(word(c, j));
}

/** Documents whose date after "in" belongs to their mention. */
const DATED_DOCUMENTS = new Set(['poll', 'survey', 'ad', 'study', 'report', 'analysis']);

/** Words before a quoted title inside an appositive: "author of ''…''", "known as “…”", "the reality TV show "…"". */
const BEFORE_TITLES = new Set(['of', 'as', 'called', 'named', 'dubbed', 'titled', 'show', 'book', 'film', 'movie', 'series',
  'program', 'novel', 'column']);

/** Does word `k` introduce a quoted name ("host of", "MSNBC’s"), not end a clause's verb ("went on to promote “…,”")? */
function namesTitle(c: Context, k: number): boolean {
  return isWord(c, k) && (BEFORE_TITLES.has(word(c, k)) || isPossessive(word(c, k)));
}

/** The comma that opens the relative clause holding the comma at `k`, or `k`: "Mr. Slinker, whose latest start-up,
 *  Paradata, uses big data …, said", "Westmacott, who will retire soon after also serving in Iran, Turkey and France,
 *  praised": the comma nearest the verb sits inside a ", who"/", whose" clause after a name (or a noun for a person,
 *  "the star journalist, who is promoting his 12th book, “Sin Miedo” (Without Fear), downplayed"), and the subject is
 *  the name before that clause, not the appositive or list inside it. So for a participle aside with its object
 *  ("Sen. Chuck Grassley, facing a spirited Democratic challenge in Iowa, a swing state, said"; not "Dan Alpert,
 *  managing partner of …", a noun). Train: 5 statements in 5 documents made right, none lost; dev unchanged. Only
 *  words, commas, parentheses and quotation marks may stand between (back to `from`); a
 *  comma before "and"/"but" coordinates verbs ("Beck, who supported Sen. Ted Cruz, R-Texas, and virulently opposed
 *  Trump …") and is left alone. */
function relativeCommaBefore(c: Context, k: number, from: number): number {
  if (isWord(c, k + 1) && (word(c, k + 1) === 'and' || word(c, k + 1) === 'but')) return k;
  for (let m = k - 1; m > from + 1; m--) {
    if (isWord(c, m)) {
      const w = word(c, m);
      if ((w === 'who' || w === 'whose' || (w.endsWith('ing') && !c.t.cap[m] && isWord(c, m + 1) && DETERMINERS.has(word(c, m + 1)))) && punct(c, m - 1) === ',') return isWord(c, m - 2) && (c.t.cap[m - 2] || isPersonNoun(word(c, m - 2))) ? m - 1 : k;
      continue;
    }
    const p = punct(c, m);
    if (p !== ',' && p !== '(' && p !== ')' && p !== '.' && p !== '-' && p !== "'" && p !== '’' && !closesQuote(c, m) && !opensQuote(c, m)) return k;
  }
  return k;
}

/** Is there a comma among the words of tokens from..k, scanning back from k (names' marks may stand between)? */
function commaWithin(c: Context, k: number, from: number): boolean {
  for (let m = k; m >= from; m--) {
    const p = punct(c, m);
    if (p === ',') return true;
    if (!isWord(c, m) && p !== '.' && p !== '-' && p !== "'" && p !== '’') return false;
  }
  return false;
}

/** Does the aside after a subject's comma open at token `k` (before `end`) with a lower-case word training never saw
 *  in a speaker, not followed by a determiner or a number? Nor by a participle of saying ("One message, apparently
 *  referring to air strikes …, said"): cut there, the participle would be read as a cue of its own. */
function unseenAsideOpens(c: Context, k: number, end: number): boolean {
  if (k + 1 >= end || !isWord(c, k) || c.t.cap[k] || SPEAKER_SHARE.has(word(c, k)) || !isWord(c, k + 1)) return false;
  const next = word(c, k + 1);
  return !(DETERMINERS.has(next) || isNumberWord(next) || (next.endsWith('ing') && (CUE_SHARE.get(next) ?? 0) >= SAYING_PARTICIPLE_SHARE));
}
/** "referring" 0.72, "saying" …; "stinging" is no cue word. */
const SAYING_PARTICIPLE_SHARE = 0.5;

/** Adverbs and auxiliaries that stand between a headline's subject and its verb ("Just", "Finally", "Is Now"); none
 *  is a name's word ("Will" and "May" are, so they are not here). */
const HEADLINE_VERB_WORDS = new Set(['just', 'finally', 'now', 'also', 'still', 'already', 'again', 'officially', 'actually', 'really',
  'quietly', 'reportedly', 'is', 'was', 'has', 'had', 'are', 'were', 'does', 'did']);

/** "Dascha Polanco Opened Up About …", "31 Latinos Share Their Most Honest Thoughts On …": in a title-case headline
 *  the verb is capitalized like the name, and a subject read back from a capitalized cue runs over it. The mention
 *  ends before the first capitalized word after its first that is a headline's verb, auxiliary or preposition: a word
 *  training saw as a cue and never in a speaker ("Opened", "Share", "Stands"), or one of the closed lists (PolNeAR
 *  train: 7 such subjects in 7 documents made exact, none lost). A mention with a lower-case word is no headline's. */
export function headlineSubject(c: Context, sp: TokenSpan): TokenSpan {
  for (let k = sp.first; k <= sp.last; k++) if (isWord(c, k) && !c.t.cap[k] && !startsWithDigit(word(c, k))) return sp;
  for (let k = sp.first + 1; k <= sp.last; k++) {
    if (!isWord(c, k)) continue;
    const w = word(c, k);
    const verb = HEADLINE_VERB_WORDS.has(w) || HEADLINE_AUXILIARIES.has(w) || HEADLINE_PREPOSITIONS.has(w) ||
      ((CUE_SHARE.get(w) ?? 0) >= HEADLINE_CUE_SHARE && !SPEAKER_SHARE.has(w));
    if (!verb) continue;
    // "Megyn Kelly Was Just Spotted Walking Into …": a passive says nothing of its subject's; the cue is someone else's.
    if (BE_FORMS.has(w) && passiveAfter(c, k + 1, sp.last)) return sp;
    return isWord(c, k - 1) ? { first: sp.first, last: k - 1 } : sp;
  }
  return sp;
}
/** Is there an -ed word from token `k` to `last`, after adverbs only ("Just Spotted")? */
function passiveAfter(c: Context, k: number, last: number): boolean {
  while (k <= last && isWord(c, k) && HEADLINE_VERB_WORDS.has(word(c, k))) k++;
  return k <= last && isWord(c, k) && word(c, k).endsWith('ed');
}
/** "Should", "Be", "Have": not "Will" or "May", which are names too. */
const HEADLINE_AUXILIARIES = new Set(['should', 'would', 'could', 'can', 'must', 'be', 'have', 'not']);
/** Not "of", "for", "in" or "and", which join the words of a name ("Medal Of Honor Winner", "Citizens For Trump",
 *  "Exit Polls In West Virginia"). */
const HEADLINE_PREPOSITIONS = new Set(['on', 'at', 'under', 'over', 'about', 'against', 'to']);
/** "Stands" (0.087) is a headline's verb; "Figure" (0.067: "Another GOP Figure Endorses") and "Got" are not told apart. */
const HEADLINE_CUE_SHARE = 0.08;

/** The longest quoted phrase (in tokens, marks included) the search for a subject's appositive steps over. */
const MAX_QUOTED_IN_APPOSITIVE = 12;

/** An adverb in -ly ("recently", "publicly"), not a noun with that ending ("the family said", "a rally"). */
function isMannerOrTimeAdverb(w: string): boolean {
  return w.length > 5 && w.endsWith('ly') && !LY_NOUNS.has(w) && !isPersonNoun(w) && !isUnnamedHead(w);
}
const LY_NOUNS = new Set(['family', 'assembly', 'monopoly', 'anomaly', 'supply', 'rally', 'bully', 'belly', 'homily', 'weekly', 'daily', 'quarterly', 'monthly']);

/** A lower-case word this often a cue does not modify the name after it. */
const CUE_BEFORE_NAME = 0.3;

/** How far back from the cue a restrictive relative clause's "who" is looked for. */
const MAX_RELATIVE = 24;
const RELATIVE_STOPS = new Set(['as', 'when', 'while', 'but', 'and', 'if', 'although', 'though', 'whereas', 'unless', 'where', 'whether',
  'because', 'said', 'says', 'say', 'told', 'that']);

/** "A senior official who spoke on condition of anonymity said", "people who have battled other online threats say":
 *  a relative clause with no commas belongs to the subject, as in PolNeAR's mentions; the noun before "who" is its
 *  head. Without this the clause's last noun ("anonymity", "agency policy") was the speaker. Returns null when no
 *  "who" opens the words before the cue. */
function restrictiveRelativeSubject(c: Context, j: number, from: number): TokenSpan | null {
  // The clause ends on a noun or a name, not inside a phrase ("a family who has its sights", "someone who had to reject").
  // Nor on a pronoun, the subject itself ("… recalled that he said"), or an adverb ("Those who only learned").
  if (!isWord(c, j) || DETERMINERS.has(word(c, j)) || FUNCTION_IN_NP.has(word(c, j)) || word(c, j) === 'to') return null;
  if (PRONOUNS.has(word(c, j)) || AUX_ADV.has(word(c, j)) || word(c, j).endsWith('ly')) return null;
  for (let k = j; k > from && j - k < MAX_RELATIVE; k--) {
    if (c.regionOf[k]! >= 0) return null;
    if (!isWord(c, k)) {
      if (punct(c, k) === '.' && titlePeriod(c, k)) continue;
      return null;
    }
    const w = word(c, k);
    // "… gathered steam this past week as a number of writers suggested": a clause opened between "who" and the cue
    // has its own subject. So has a statement of its own ("… who relayed the exchange said Reid …, telling").
    if (w === 'that' && !c.t.cap[k] && thatOpensRelative(c, k, j)) {
      // "A 2014 study that appeared in the British Medical Journal found": "that" after a noun that can speak, with a
      // verb after it, opens a relative clause as "who" does.
      const head = nounPhraseEndingAt(c, k - 1, from);
      if (head && !PRONOUNS.has(word(c, head.last))) return { first: head.first, last: j };
      return null;
    }
    if (RELATIVE_STOPS.has(w) && !(w === 'because' && k + 1 <= j && word(c, k + 1) === 'of')) return null;
    if (SUBORDINATORS.has(w) && k < j && opensOwnSubject(c, k + 1, j)) return null;
    if (w !== 'who' || c.t.cap[k]) continue;
    if (k === j) return null;
    const head = nounPhraseEndingAt(c, k - 1, from);
    return head && !PRONOUNS.has(word(c, head.last)) ? { first: head.first, last: j } : null;
  }
  return null;
}

/**
 * "… issued a statement that appeared to … after Swift publicly scolded": after a subordinator, a name or a subject
 * pronoun that is all there is up to the cue is the cue's own subject, and the relative clause ends before it. A
 * phrase with a verb of its own ("before his right knee blew out") or a time ("before Tuesday's primary") stays inside.
 */
function opensOwnSubject(c: Context, first: number, j: number): boolean {
  if (!isWord(c, first)) return false;
  const w = word(c, first);
  if (CLAUSE_SUBJECTS.has(w)) return first === j;
  if (!c.t.cap[first] || DAYS.has(w) || MONTHS.has(w)) return false;
  const np = nounPhraseEndingAt(c, j, first - 1);
  if (np?.first !== first) return false;
  for (let k = first; k <= j; k++) if (isPossessive(word(c, k))) return false;
  return true;
}

/** "Proponents, including the United States Conference of Mayors, have urged", "Several Republican leaders, including
 *  Sens. John McCain (Ariz.), Kelly Ayotte (N.H.) …, have": the members named after "including" belong to the mention
 *  (PolNeAR train: 35 speakers keep such a list, 4 end before it). The list may hold commas of its own, so the
 *  search runs back from the comma before the verb (`j`) to ", including". Returns null when there is none. */
function includingBefore(c: Context, j: number, from: number): TokenSpan | null {
  for (let k = j - 1; k > from + 1 && j - k < 40; k--) {
    if (c.t.kind[k] === 3 || c.regionOf[k]! >= 0) return null;
    if (!isWord(c, k)) continue;
    if (word(c, k) !== 'including') continue;
    if (punct(c, k - 1) !== ',' || k + 1 >= j) return null;
    const head = punct(c, k - 2) === ')' ? subjectBefore(c, k - 1, from) : nounPhraseEndingAt(c, k - 2, from);
    return head ? { first: head.first, last: j - 1 } : null;
  }
  return null;
}

/** A relative clause whose verb is a cue word ("who said he typically votes democratic", "who has endorsed Clinton",
 *  "who noted that …"), opening at token `k`: PolNeAR leaves a verb of saying's clause out of the mention (train: 24
 *  of 26, while other relative clauses are kept about half the time), as it is a statement of its own. The learned
 *  cue share (>= 0.4, the cue finder's threshold) measured better than a list of verbs of saying (train +18 exact
 *  speakers vs +15). */
function saysRelative(c: Context, k: number, to: number): boolean {
  if (!isWord(c, k) || word(c, k) !== 'who') return false;
  let v = k + 1;
  while (v < to && v < k + 4 && isWord(c, v) && AUX_ADV.has(word(c, v))) v++;
  return v < to && isWord(c, v) && (CUE_SHARE.get(word(c, v)) ?? 0) >= 0.4;
}

/** Is token `k` a dash that sets off an aside: an em, horizontal or en dash, the second of two hyphens ("--"), or a
 *  hyphen with a space on each side ("Deborah Jordan Reynolds - Santilli's girlfriend … - told")? */
function asideDash(c: Context, k: number): boolean {
  const p = punct(c, k);
  if (p !== '-') return p === '—' || p === '―' || p === '–';
  return punct(c, k - 1) === '-' || (k + 1 < c.t.n && c.t.start[k]! > c.t.end[k - 1]! && c.t.start[k + 1]! > c.t.end[k]!);
}

/** Tokens from..k-1 are a dateline: a few capitalised words, brackets and commas ("CLEVELAND", "WASHINGTON (AP)"). */
function datelineBefore(c: Context, from: number, k: number): boolean {
  if (k <= from || k - from > 6) return false;
  for (let d = from; d < k; d++) if (isWord(c, d) ? !isAllCaps(c, d) : !(punct(c, d) === '(' || punct(c, d) === ')' || punct(c, d) === ',')) return false;
  return true;
}

/** "John Dickey, the chief executive of Ora Media -- the production company that owns … -- told me", "The cable news
 *  networks — MSNBC, CNN, Fox Business Network and Fox News — said": an appositive between dashes right before the
 *  verb belongs to the subject (PolNeAR train: 35 subjects hold one); a clause or adjunct there does not
 *  (asideOutsideMention). Returns the subject (through the aside or not) when `j` closes one, else null. */
function dashedAppositive(c: Context, j: number, from: number): TokenSpan | null {
  if (!asideDash(c, j)) return null;
  const close = punct(c, j);
  for (let k = j - 2; k > from && j - k < 40; k--) {
    if (c.t.kind[k] === 3 && c.regionOf[k]! < 0) return null;
    if (punct(c, k) !== close || !asideDash(c, k)) continue;
    // "--" opens with its first hyphen.
    const open = punct(c, k - 1) === '-' ? k - 1 : k;
    // "CLEVELAND - When the opening night … ended here, …": a dateline's hyphen opens no aside.
    if (open === k && datelineBefore(c, from, k)) return null;
    const head = subjectBefore(c, open, from);
    if (head && asideOutsideMention(c, k + 1) && !cueWordBetween(c, k + 2, j)) return head;
    // "John Dickey, the chief executive of Ora Media -- …": the name before the appositive that the aside follows.
    return head ? { first: nameBeforeAppositive(c, head.first, from), last: j - (punct(c, j - 1) === '-' ? 2 : 1) } : null;
  }
  return null;
}

/** "Murphy — after a knock-on-wood-gesture — told me", "the State Department - before, during and after Mrs. Clinton's
 *  time as secretary - criticized", "Mrs. Clinton -- whose husband signed … -- has publicly derided": an aside between
 *  dashes that opens with a relative pronoun, an adjunct's preposition or a subordinator is no part of the mention,
 *  which ends before the first dash (PolNeAR train: 10 such subjects end there, 3 run on; dev "The film ― which weaves
 *  together … ― explains" ends there too). Appositives stay ("Jason Sims — a teacher from Mount Pleasant —", "Democrats
 *  -- including Clinton --", "Rep. Lois Frankel — like Reid, a supporter …"); so do participles ("Gingrich — mentioned
 *  by Newsmax as … —": out of the mention, "mentioned" made a statement of its own). */
function asideOutsideMention(c: Context, k: number): boolean {
  if (!isWord(c, k) || c.t.cap[k]) return false;
  const w = word(c, k);
  return w === 'who' || w === 'whose' || w === 'which' || w === 'now' || (w !== 'like' && ADJUNCT_STARTS.has(w));
}

/** Does a word between `from` and `to` (exclusive) sit in cues more often than not? An aside holding one ("Sanders -
 *  who digested … and discussed a path ahead … - has vowed") stays in the mention: out of it, its verb would frame a
 *  statement of its own and take the sentence's from the main verb (train: 2 right statements lost without this). */
function cueWordBetween(c: Context, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isWord(c, k) && (CUE_SHARE.get(word(c, k)) ?? 0) >= 0.5) return true;
  return false;
}

/** Is token `k` a preposition that opens the sentence (after "But" and the like at most)? */
function opensWithPreposition(c: Context, k: number, from: number): boolean {
  if (!(k === from || (k === from + 1 && isWord(c, from) && SENTENCE_CONJUNCTIONS.has(word(c, from))))) return false;
  return isWord(c, k) && OPENING_PREPOSITIONS.has(word(c, k));
}

/** A sentence subject read forward runs into its verb when the verb is also seen inside speaker mentions ("Hillary
 *  Clinton spoke out Tuesday …, arguing", "Trump issued a statement saying"): the mention ends before the first
 *  lower-case word after a name (or any -ed word: "The New York Times and the Gannett newspaper chain filed a motion
 *  …, arguing") that is more often a cue than a speaker word. (Any word after any word: train −1 exact.) */
export function endBeforeVerb(c: Context, np: TokenSpan | null): TokenSpan | null {
  if (!np) return np;
  const verb = likelyVerbIn(c, np.first + 1, np.last);
  const sp = verb < 0 ? np : { first: np.first, last: verb - 1 };
  // "Dean, a medical doctor, then appeared …": an adverb after the appositive's comma opens the predicate.
  const k = sp.last;
  if (k - 1 > sp.first && isWord(c, k) && !c.t.cap[k] && AUX_ADV.has(word(c, k)) && punct(c, k - 1) === ',') return { first: sp.first, last: k - 2 };
  return sp;
}

/** The first token in from..to that reads as the clause's verb where a subject was read too far: a lower-case word
 *  right after a name (or any -ed word) more often a cue than a speaker word; or -1. */
export function likelyVerbIn(c: Context, from: number, to: number): number {
  for (let k = from; k <= to; k++) {
    if (!isWord(c, k) || c.t.cap[k] || !(c.t.cap[k - 1] || word(c, k).endsWith('ed'))) continue;
    const w = word(c, k);
    if ((CUE_SHARE.get(w) ?? 0) > (SPEAKER_SHARE.get(w) ?? 0)) return k;
  }
  return -1;
}

/** Personal pronouns that are the subject of their clause. */
export const CLAUSE_SUBJECTS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i']);

/** Words that lead a time phrase before a verb: "just this month", "early Friday", "during a Sunday", "had last month". */
const TIME_LEADS = new Set(['this', 'last', 'next', 'earlier', 'later', 'early', 'late', 'just', 'on', 'only', 'that', 'in', 'during',
  'a', 'has', 'had', 'have', 'was', 'were', 'is', 'are', 'will', 'would']);

/** A day, not a name: "Today" after a capitalized word is one ("a reporter for USA Today"). */
function isDay(c: Context, i: number): boolean {
  const w = word(c, i);
  if (!DAYS.has(w)) return false;
  return !((w === 'today' || w === 'tonight') && c.t.cap[i] && i > 0 && isWord(c, i - 1) && c.t.cap[i - 1]);
}

/** The first token of a time phrase that ends at token `j` before a verb ("on Tuesday", "earlier Tuesday",
 *  "just this month", "in late August"), or -1 when `j` ends none. */
function timePhraseStart(c: Context, j: number, from: number): number {
  if (!isWord(c, j)) return -1;
  const w = word(c, j);
  if (isDay(c, j) || PERIODS.has(w)) {
    let k = j - 1;
    while (k >= from && k >= j - 4 && isWord(c, k) && !c.t.cap[k] && TIME_LEADS.has(word(c, k))) k--;
    return k < j - 1 || isDay(c, j) ? k + 1 : -1;
  }
  // A year or a month only after "in" ("who in 2010 said", "in late August"): "A Quinnipiac University poll released
  // in late August found" keeps its own words.
  const year = w.length === 4 && w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57;
  if (!year && !MONTHS.has(w)) return -1;
  let k = j - 1;
  if (k > from && isWord(c, k) && (word(c, k) === 'late' || word(c, k) === 'early')) k--;
  return k > from && isWord(c, k) && word(c, k) === 'in' ? k : -1;
}

/** A one- to three-digit number: an age set off by commas after a name. */
function isAge(w: string): boolean {
  if (w.length === 0 || w.length > 3) return false;
  for (let k = 0; k < w.length; k++) if (w.charCodeAt(k) < 48 || w.charCodeAt(k) > 57) return false;
  return true;
}

/** Does a noun phrase starting at `first` close a relative clause ("… that runs the AMAs", "… who owns most of her music")? */
function relativeClauseTail(c: Context, first: number, from: number): boolean {
  // The verb is either the phrase's own first word ("runs the AMAs") or the word before it ("owns | most of her music").
  for (let v = first; v >= from + 1 && first - v <= 1; v--) {
    if (!isWord(c, v) || c.t.cap[v] || DETERMINERS.has(word(c, v))) continue;
    const w = word(c, v - 1);
    if (isWord(c, v - 1) && (w === 'that' || w === 'who' || w === 'which')) return true;
  }
  return false;
}

/** The speaker right after a cue in inverted order: `“…,” said Matt Latimer, a speechwriter.` */
export function speakerAfter(c: Context, begin: number, to: number, addressee = false): TokenSpan | null {
  if (begin >= to || !isWord(c, begin)) return null;
  const w = word(c, begin);
  // "said of Mrs. Clinton's plan": a preposition starts an adjunct, never a speaker.
  if (!c.t.cap[begin] && NOT_SPEAKER_START.has(w)) return null;
  // "…,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.": a day after the cue is not who spoke.
  if (isDay(c, begin) || PERIODS.has(w)) return null;
  if (PRONOUNS.has(w)) return w === 'that' || w === 'which' || w === 'it' ? null : { first: begin, last: begin };
  if (!c.t.cap[begin] && !FUNCTION_IN_NP.has(w) && (SPEAKER_SHARE.get(w) ?? 0) < 0.1) return null;
  let last = begin;
  while (last + 1 < to && last - begin < MAX_NP && inNounPhrase(c, last + 1) && !(isWord(c, last + 1) && word(c, last + 1) === 'and' && !namedConjunct(c, last + 2)) &&
    !(addressee && (articleAfterNoun(c, last + 1) || contractedSubject(c, last + 1))) && !mediumAfter(c, last + 1)) last++;
  // "A group of doctors", "a number of tax experts": a plural new to the lexicon completes an "of" phrase.
  // Not in an addressee: "reminded voters of comments Trump made" names what was said.
  if (!addressee && isWord(c, last) && word(c, last) === 'of' && last + 1 < to && pluralNoun(c, last + 1)) {
    last++;
    while (last + 1 < to && last - begin < MAX_NP && inNounPhrase(c, last + 1) && !(isWord(c, last + 1) && word(c, last + 1) === 'and' && !c.t.cap[last + 2])) last++;
  }
  // "said one GOP source in the room.": a noun training never saw in a speaker still closes the mention after an
  // article when the sentence ends after it (the walk stopped at "room", and "one GOP source in" was no mention).
  if (!addressee && isWord(c, last) && ARTICLES.has(word(c, last)) && !c.t.cap[last] && last + 2 <= to && isWord(c, last + 1) && !c.t.cap[last + 1] &&
    (last + 2 === to || SENTENCE_END_MARKS.has(punct(c, last + 2)))) {
    const nw = word(c, last + 1);
    if (!FUNCTION_IN_NP.has(nw) && !PRONOUNS.has(nw) && !CLAUSE_OPENERS.has(nw) && !AUX_ADV.has(nw) && (CUE_SHARE.get(nw) ?? 0) < 0.3 && !nw.endsWith('ly')) last++;
  }
  if (!addressee) last = personToEnd(c, last, to);
  if (!addressee) last = titledNameEnd(c, last, to);
  // "42 percent of those responding": a participle after "those" is what makes them someone.
  if (isWord(c, last) && word(c, last) === 'those' && last + 1 < to && isWord(c, last + 1) && !c.t.cap[last + 1] && /(?:ing|ed)$/.test(word(c, last + 1))) last++;
  // Trailing lower-case function words belong to what follows ("Smith of").
  // A number after "of" is not one ("the mother of two said").
  while (last > begin && isWord(c, last) && FUNCTION_IN_NP.has(word(c, last)) && !c.t.cap[last] && !countedAfterOf(c, last)) last--;
  if (isWord(c, last) && word(c, last) === 'by' && !c.t.cap[last]) last = agentEnd(c, last, to, begin);
  // "were rejected by the Human Rights Council in 2015", "echoed Japan on Saturday": a time phrase is when, not who.
  // An addressee keeps it, so that the content starts after it ("he told Bloomberg News in October, “…”").
  const time = addressee ? -1 : timePhraseStart(c, last, begin + 1);
  if (time > begin && (isDay(c, last) || PERIODS.has(word(c, last)) || /^\d/.test(word(c, last)) || word(c, time) === 'in') && isWord(c, time - 1)) last = time - 1;
  // A party tag: "Rep. G.K. Butterfield (D-N.C.)".
  if (last + 1 < to && punct(c, last + 1) === '(') {
    for (let k = last + 2; k < to && k - last < 10; k++) if (punct(c, k) === ')') { last = k; break; }
  }
  // Appositive up to the end of the sentence or the next quotation.
  if (last + 2 < to && punct(c, last + 1) === ',' && isWord(c, last + 2)) {
    const nw = word(c, last + 2);
    // A relative clause after an inverted speaker is not part of the mention ("said Mr. Kamin, who emphasized …").
    // An adjunct is not ("said O'Neill, on what was his first full day on the job").
    if ((((FUNCTION_IN_NP.has(nw) || c.t.cap[last + 2] || SPEAKER_SHARE.has(nw)) && (c.t.cap[last + 2] || !NOT_SPEAKER_START.has(nw))) || placeOrAge(c, last + 2)) && !saysRelative(c, last + 2, to)) {
      return { first: begin, last: appositiveEnd(c, last, to) };
    }
  }
  return { first: begin, last };
}

/** "said a Mexican official who was not authorized to speak publicly on this issue", "said the man who built his
 *  political career on his blue collar credentials": a relative clause with no comma before its "who" identifies the
 *  inverted speaker, and PolNeAR's mention runs on to the clause's end (the next comma or the sentence's end); train:
 *  7 such mentions, in 7 documents, were cut at "who". Not a clause about anonymity ("said one former executive who
 *  requested anonymity …", "a Democratic strategist who spoke on the condition of anonymity": gold leaves all 3 out),
 *  nor one whose verb is a cue ("who said he …"), a statement of its own. Returns the clause's last token, or `last`. */
export function withRestrictiveRelative(c: Context, sp: TokenSpan | null, to: number): TokenSpan | null {
  if (!sp) return sp;
  const last = restrictiveRelativeEnd(c, sp.last, to);
  return last === sp.last ? sp : { first: sp.first, last };
}
function restrictiveRelativeEnd(c: Context, last: number, to: number): number {
  const rel = last + 1;
  if (rel + 1 >= to || !isWord(c, rel) || c.t.cap[rel] || word(c, rel) !== 'who' || !isWord(c, last) || !isWord(c, rel + 1)) return last;
  if (saysRelative(c, rel, to)) return last;
  let k = rel + 1;
  for (; k < to && k - rel <= MAX_APPOSITIVE; k++) {
    if (isWord(c, k)) {
      if (ANONYMITY_WORDS.has(word(c, k))) return last;
      // "who oversaw counterintelligence investigations and described the email controversy as …": a second verb of
      // saying after "and" is the sentence's own, not the clause's.
      if (word(c, k) === 'and' && isWord(c, k + 1) && (CUE_SHARE.get(word(c, k + 1)) ?? 0) >= 0.4) break;
      continue;
    }
    const p = punct(c, k);
    if (p === '.' && inNounPhrase(c, k)) continue;
    if (CLAUSE_INNER_MARKS.has(p)) continue;
    break;
  }
  if (k - rel > MAX_APPOSITIVE) return last;
  k--;
  while (k > rel && !isWord(c, k)) k--;
  return k > rel ? k : last;
}
const ANONYMITY_WORDS = new Set(['anonymity', 'anonymously', 'anonymous']);
/** Marks inside a relative clause's words ("Trump's", "@WomenForTrump", "$46,344"). */
const CLAUSE_INNER_MARKS = new Set(['-', '/', "'", '’', '$', '%', '&', '@', '#']);

/** "said a longtime adviser to Trump", "said the former top aide to President George W. Bush", "said a person close to
 *  the Clintons": after a noun for a person (or "close"), "to" and a name or a phrase with "the"/"both" belong to the
 *  inverted mention, as nounPhraseEndingAt reads them before a cue; the walk stopped at "to". Returns the mention's
 *  new last token, or `last`. */
function personToEnd(c: Context, last: number, to: number): number {
  if (last + 2 >= to || !isWord(c, last + 1) || word(c, last + 1) !== 'to' || !isWord(c, last) || c.t.cap[last]) return last;
  const w = word(c, last);
  if (w !== 'close' && !isPersonNoun(w)) return last;
  const k = last + 2;
  if (!isWord(c, k) || !(c.t.cap[k] || word(c, k) === 'the' || word(c, k) === 'both')) return last;
  let end = k;
  while (end + 1 < to && end - k < MAX_NP && inNounPhrase(c, end + 1) && !(isWord(c, end + 1) && !c.t.cap[end + 1] && NOT_SPEAKER_START.has(word(c, end + 1)))) end++;
  return isWord(c, end) && (c.t.cap[end] || SPEAKER_SHARE.has(word(c, end)) || end > k) ? end : last;
}

/** "said Idaho nutritional-supplement executive Frank VanderSloot", "said Latino Decisions researcher
 *  Sylvia Manzano": one or two lower-case words (not function words, not cues) ending in a noun for a person, between
 *  a name and a person's first and last name, are a title; the walk stopped at them. Returns the name's last token, or `last`. */
function titledNameEnd(c: Context, last: number, to: number): number {
  if (!c.t.cap[last] || !isWord(c, last)) return last;
  let k = last + 1;
  while (k < to && k - last <= 2 && titleWord(c, k)) k++;
  if (k === last + 1 || k + 1 >= to || !c.t.cap[k] || !c.t.cap[k + 1] || !isWord(c, k) || !isWord(c, k + 1)) return last;
  // The title's head names a person ("researcher", "executive"): "won South Dakota", "included Sean Hannity" are verbs.
  if (!isPersonNoun(word(c, k - 1)) && !SPEAKER_SHARE.has(word(c, k - 1))) return last;
  let end = k + 1;
  while (end + 1 < to && end - k < 4 && c.t.cap[end + 1] && (isWord(c, end + 1) || titlePeriod(c, end + 1))) end++;
  return end;
}
function titleWord(c: Context, k: number): boolean {
  if (!isWord(c, k) || c.t.cap[k]) return false;
  const w = word(c, k);
  return !FUNCTION_IN_NP.has(w) && !PRONOUNS.has(w) && !CLAUSE_OPENERS.has(w) && !AUX_ADV.has(w) && !NOT_SPEAKER_START.has(w) && (CUE_SHARE.get(w) ?? 0) < 0.3 && !w.endsWith('ly');
}

/** Does "in a"/"in an" open at token `k` ("said House Speaker Paul Ryan in a statement", "said Atlantic City Mayor Don
 *  Guardian in a telephone interview")? That is where and how the speaker spoke, not who: PolNeAR train ends 13 mentions
 *  before such a phrase and holds one inside a mention (in a relative clause, which this walk does not read). */
function mediumAfter(c: Context, k: number): boolean {
  if (!isWord(c, k) || c.t.cap[k] || word(c, k) !== 'in' || !isWord(c, k + 1)) return false;
  const next = word(c, k + 1);
  return next === 'a' || next === 'an';
}

/** "mother of two", "father of three": a number that ends a phrase after "of" counts what the head has. */
function countedAfterOf(c: Context, k: number): boolean {
  return isNumberWord(word(c, k)) && isWord(c, k - 1) && word(c, k - 1) === 'of';
}

/** "says the letter signed by seven physicians": the agent after "by" completes the mention (numbers and a plural
 *  noun new to the lexicon included). Without one the mention ends before the participle and its "by". Returns the
 *  mention's last token; `by` is the token "by". */
function agentEnd(c: Context, by: number, to: number, begin: number): number {
  let k = by;
  while (k + 1 < to && k - by < MAX_NP && isWord(c, k + 1) && (inNounPhrase(c, k + 1) || isNumberWord(word(c, k + 1)))) k++;
  if (k + 1 < to && pluralNoun(c, k + 1)) k++;
  if (k > by) return k;
  const participle = by - 1 > begin && isWord(c, by - 1) && word(c, by - 1).endsWith('ed') ? by - 2 : by - 1;
  return Math.max(begin, participle);
}

/** "told The Huffington Post he’s not planning an appeal": a pronoun and "is" after an addressee opens the content;
 *  it ends with 's like a possessor, which the addressee would otherwise read on through. */
const contractedSubject = (c: Context, k: number): boolean => isWord(c, k) && !c.t.cap[k] && isPossessive(word(c, k)) && PRONOUN_CONTRACTION.test(word(c, k));

/** "told Reuters the company would cut 1,000 jobs": after an addressee, a lower-case article right after a noun or a
 *  name (not after "of", "for" …) opens another noun phrase, the content's subject. */
function articleAfterNoun(c: Context, k: number): boolean {
  if (!isWord(c, k) || c.t.cap[k] || !ARTICLES.has(word(c, k)) || !isWord(c, k - 1)) return false;
  return !FUNCTION_IN_NP.has(word(c, k - 1)) && !NP_PREPOSITIONS.has(word(c, k - 1));
}
const SENTENCE_END_MARKS = new Set(['.', '!', '?']);

/** Does a name open a conjunct at token `k` ("and Bernie Sanders", "and the Gannett newspaper chain")? */
function namedConjunct(c: Context, k: number): boolean {
  return c.t.cap[k] === 1 || (isWord(c, k) && word(c, k) === 'the' && c.t.cap[k + 1] === 1);
}

/** A lower-case plural that is no function word or pronoun ("doctors", "researchers"). */
function pluralNoun(c: Context, k: number): boolean {
  if (!isWord(c, k) || c.t.cap[k]) return false;
  const w = word(c, k);
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !FUNCTION_IN_NP.has(w) && !PRONOUNS.has(w) && !CLAUSE_OPENERS.has(w) && !OBJECT_PRONOUNS.has(w);
}

/** The last token of the appositives after an inverted speaker ending at `last` (a comma follows it): up to the end
 *  of the sentence or the next quotation, through further commas that open another appositive ("said Carmel Martin,
 *  executive vice president …, a liberal think tank", "said Ryan Leenders, 30, a member of …", "said Rita Katz, the
 *  director of SITE Intelligence Group, which tracks …"). PolNeAR train: 542 inverted speakers with a comma run to the
 *  sentence end, 99 stop at a comma. */
function appositiveEnd(c: Context, last: number, to: number): number {
  let k = last + 2;
  while (k + 1 < to && k - last < MAX_APPOSITIVE) {
    const p = punct(c, k + 1);
    if (p === '.' && !inNounPhrase(c, k + 1)) break;
    if (p === ',' && k + 2 < to && (continuesAppositive(c, k + 2, to) || adjectiveBeforeComma(c, k))) { k += 2; continue; }
    if (p === ';' || p === ':' || p === ',' || c.t.kind[k + 1] === 3) break;
    k++;
  }
  while (k > last && !isWord(c, k)) k--;
  return k;
}
/** "…, a conservative, pro-growth advocacy group": a lower-case word right after an article, then a comma and another
 *  lower-case word, is the first of two adjectives, not the end of the appositive. */
function adjectiveBeforeComma(c: Context, k: number): boolean {
  return isWord(c, k) && !c.t.cap[k] && isWord(c, k - 1) && ARTICLES.has(word(c, k - 1)) && isWord(c, k + 2) && !c.t.cap[k + 2] &&
    !FUNCTION_IN_NP.has(word(c, k + 2)) && !PRONOUNS.has(word(c, k + 2)) && !CLAUSE_OPENERS.has(word(c, k + 2));
}

/** As before the further appositives: 45 tokens took "…, an E.U. institution whose efforts face … the European
 *  reluctance to …" into Nick Witney's mention, hiding that cue's frame (dev −1 matched). */
const MAX_APPOSITIVE = 30;

/** "Matthew Prince, chief executive of CloudFlare, a San Francisco company, said": the search for the comma that opens
 *  the appositive stops at the last one, inside a second appositive; the names and appositives before it belong to the
 *  subject when they open the clause (the sentence's start, after "But" and the like). Returns the subject's first
 *  token. */
function nameBeforeAppositive(c: Context, first: number, from: number): number {
  for (let steps = 0; steps < 3 && punct(c, first - 1) === ','; steps++) {
    const np = punct(c, first - 2) === ')' ? subjectBefore(c, first - 1, from) : nounPhraseEndingAt(c, first - 2, from);
    if (!np || !opensClause(c, np.first, from)) break;
    first = np.first;
  }
  return first;
}

/** Does a subject starting at token `k` open its sentence (after "But" and the like at most)? Not an opening phrase
 *  ("In a statement, one of the family's attorneys, Justin Bamberg, said", "Moreover, …", "Alarmed by …, …"). */
function opensClause(c: Context, k: number, from: number): boolean {
  if (!(k === from || (k === from + 1 && isWord(c, from) && SENTENCE_CONJUNCTIONS.has(word(c, from))))) return false;
  if (!isWord(c, k)) return false;
  const w = word(c, k);
  return !CLAUSE_OPENERS.has(w) && !SENTENCE_ADVERBS.has(w) && !w.endsWith('ed') && !w.endsWith('ing') && !w.endsWith('ly');
}
const SENTENCE_CONJUNCTIONS = new Set(['but', 'and', 'yet', 'so', 'still']);
const SENTENCE_ADVERBS = new Set(['moreover', 'furthermore', 'nevertheless', 'nonetheless', 'besides', 'likewise', 'otherwise', 'consequently', 'therefore']);

/** "Schiff, 56, who has served …, told", "Dewayne Smithy, 33, of Baldwin, Miss., dismisses": an age between commas,
 *  or a home town after ", of", belongs to the name before it. */
function nameBeforeAgeOrPlace(c: Context, head: TokenSpan, from: number): TokenSpan {
  for (let steps = 0; steps < 2; steps++) {
    // The age alone, or opening the home town already joined ("33, of Baldwin, Miss.").
    const age = (head.first === head.last || steps > 0) && isAge(word(c, head.first)) && punct(c, head.first - 1) === ',';
    const place = !age && isWord(c, head.first - 1) && word(c, head.first - 1) === 'of' && c.t.cap[head.first] === 1 && punct(c, head.first - 2) === ',';
    const end = age ? head.first - 2 : place ? head.first - 3 : -1;
    if (end < from) break;
    const name = isWord(c, end) && isAge(word(c, end)) ? { first: end, last: end } : nounPhraseEndingAt(c, end, from);
    if (!name || !(c.t.cap[name.last] || isAge(word(c, name.last)))) break;
    head = { first: name.first, last: head.last };
  }
  return head;
}

/** An age or a home town after a name's comma ("said Rachel Woolard, 20, of Jacksonville, Fla.", "said the Rev. Peter
 *  Wherry, of Mayfield Memorial Missionary Baptist Church"): part of the mention in PolNeAR. */
function placeOrAge(c: Context, k: number): boolean {
  return isWord(c, k) && (isAge(word(c, k)) || (word(c, k) === 'of' && c.t.cap[k + 1] === 1));
}

/** Does token `k`, after a comma inside an inverted speaker's appositive, open another one? Not a participle
 *  (", referring to …", ", citing …"), an adjunct (", in an interview"), or a relative clause that is a statement of its
 *  own (", who also said …"). */
function continuesAppositive(c: Context, k: number, to: number): boolean {
  if (!isWord(c, k)) return false;
  const w = word(c, k);
  if (c.t.cap[k] || placeOrAge(c, k)) return true;
  if (NOT_SPEAKER_START.has(w) || (w.endsWith('ing') && w.length > 4) || saysRelative(c, k, to)) return false;
  return FUNCTION_IN_NP.has(w) || w === 'who' || w === 'which' || w === 'whose' || (SPEAKER_SHARE.get(w) ?? 0) >= 0.03;
}

/** The speaker of an inverted tail (`“…,” said an appeals court in Richmond.`): speakerAfter stops at a determiner
 *  followed by words new to the lexicon, and a determiner alone is no one; up to two such words join it. */
export function invertedSpeaker(c: Context, begin: number, to: number): TokenSpan | null {
  return withRestrictiveRelative(c, invertedHead(c, begin, to), to);
}
function invertedHead(c: Context, begin: number, to: number): TokenSpan | null {
  const sp = withoutWhichClause(c, speakerAfter(c, begin, to) ?? describedName(c, begin, to));
  if (!sp || sp.last !== begin || c.t.cap[begin] || !DETERMINERS.has(word(c, begin))) return sp;
  let k = begin + 1;
  while (k < to && k - begin <= 2 && isWord(c, k) && !c.t.cap[k] && !PRONOUNS.has(word(c, k)) && !CLAUSE_OPENERS.has(word(c, k)) && !NOT_SPEAKER_START.has(word(c, k))) k++;
  if (k === begin + 1) return null;
  let last = k - 1;
  while (last + 1 < to && last - begin < MAX_NP && inNounPhrase(c, last + 1)) last++;
  while (last > begin && isWord(c, last) && FUNCTION_IN_NP.has(word(c, last)) && !c.t.cap[last]) last--;
  return { first: begin, last };
}

/** "said the agency, which fell about 2,000 pages short of the target": a "which" clause right after an inverted
 *  speaker's head is not part of the mention (PolNeAR train leaves it out of 10 of 12 such mentions; after an
 *  appositive, "said Rita Katz, the director of SITE Intelligence Group, which tracks …", it keeps 6 of 9). */
function withoutWhichClause(c: Context, sp: TokenSpan | null): TokenSpan | null {
  if (!sp) return sp;
  for (let k = sp.first + 1; k < sp.last; k++) {
    if (punct(c, k) !== ',') continue;
    return isWord(c, k + 1) && word(c, k + 1) === 'which' ? { first: sp.first, last: k - 1 } : sp;
  }
  return sp;
}

/** Skip an addressee after "told"/"asked": a pronoun or a short noun phrase. Returns the next token. */
export function skipAddressee(c: Context, begin: number, to: number): number {
  if (begin >= to || !isWord(c, begin)) return begin;
  if (OBJECT_PRONOUNS.has(word(c, begin))) return begin + 1;
  const np = speakerAfter(c, begin, to, true);
  if (!np) return begin;
  // The appositive extension of speakerAfter would swallow the content; keep just the head.
  let k = np.first;
  while (k + 1 <= np.last && punct(c, k + 1) !== ',') k++;
  // A short quoted title closes the addressee when "that" follows it: 'told MSNBC's "Morning Joe" that …'.
  const q = k + 1;
  if (q < to && opensQuote(c, q)) {
    const close = c.regions[c.regionOf[q]!]!.close;
    if (close > q && close - q <= 8 && close + 1 < to && isWord(c, close + 1) && word(c, close + 1) === 'that') return close + 1;
  }
  return k + 1;
}

/** A conjunct of a coordinated subject ending right before token `end`: a name with its party tag, a noun
 *  phrase, or a personal pronoun ("he and Brafman"). */
function conjunctBefore(c: Context, end: number, from: number): TokenSpan | null {
  if (end - 1 < from) return null;
  if (punct(c, end - 1) === ')') return subjectBefore(c, end, from);
  const np = nounPhraseEndingAt(c, end - 1, from);
  if (!np || !c.t.cap[np.last] && !PRONOUNS.has(word(c, np.last))) return null;
  if (np.first === np.last && PRONOUNS.has(word(c, np.first)) && !CLAUSE_SUBJECTS.has(word(c, np.first))) return null;
  return np;
}

/** A subject coordinated with "and" and commas: "Sens. Jon Tester (D-Mont.) and David Vitter (R-La.)",
 *  "the United States, Britain and France", "he and Brafman" — the whole list speaks. */
export function extendCoordinatedSubject(c: Context, sp: TokenSpan, from: number): TokenSpan {
  let first = sp.first;
  // "She and her aides have vowed", "They and their supporters argue": a subject pronoun joins any conjunct after it
  // (PolNeAR train: 17 mentions open with "she and", "they and" …; none starts after one).
  const and = first - 1;
  if (and - 1 >= from && isWord(c, and) && word(c, and) === 'and' && isWord(c, and - 1) && CLAUSE_SUBJECTS.has(word(c, and - 1))) return { first: and - 1, last: sp.last };
  // "Politicians and even some technologists say", "nearly all congressional Democrats and even some Republicans would
  // resist them": "and even" adds the last of a list, and the whole list speaks (PolNeAR train: 4 of 4 mentions).
  if (and - 2 >= from && isWord(c, and) && word(c, and) === 'even' && isWord(c, and - 1) && word(c, and - 1) === 'and') {
    const left = nounPhraseEndingAt(c, and - 2, from);
    if (left) return { first: left.first, last: sp.last };
  }
  if (!c.t.cap[sp.last] && punct(c, sp.last) !== ')') return sp;
  let hasAnd = false;
  for (let k = sp.first; k <= sp.last; k++) if (isWord(c, k) && word(c, k) === 'and') { hasAnd = true; break; }
  for (let steps = 0; steps < 6; steps++) {
    const k = first - 1;
    if (k <= from) break;
    const isAnd = isWord(c, k) && !c.t.cap[k] && word(c, k) === 'and';
    if (!isAnd && !(hasAnd && punct(c, k) === ',')) break;
    // ", and" closes a list: step over the comma too.
    const end = isAnd && punct(c, k - 1) === ',' ? k - 1 : k;
    const left = conjunctBefore(c, end, from);
    if (!left) break;
    first = left.first;
    hasAnd = true;
  }
  return first === sp.first ? sp : { first, last: sp.last };
}

/** "who is Muslim", "who was lieutenant governor of Maryland …", "who was once a pitchman for the Oreo": "is"/"was"
 *  at `k` and what the person is (not an -ing verb, an age or a preposition: "who was speaking to …", "who is 28",
 *  "who was under questioning …"). */
function copularDescription(c: Context, k: number): boolean {
  if (!isWord(c, k) || (word(c, k) !== 'is' && word(c, k) !== 'was') || !isWord(c, k + 1)) return false;
  let n = k + 1;
  if (word(c, n) === 'once' || word(c, n) === 'also' || word(c, n) === 'now') n++;
  if (!isWord(c, n)) return false;
  const w = word(c, n);
  return !w.endsWith('ing') && !startsWithDigit(w) && !NOT_SPEAKER_START.has(w) && !isNumberWord(w);
}

/** Is `head` one capitalized word, with no title or name before it, and does the comma at `comma` open a "who" or
 *  "whose" clause after it ("Ramos, who lives in Miami, said")? */
function bareNameBeforeRelative(c: Context, head: TokenSpan, comma: number, from: number): boolean {
  if (head.first !== head.last || head.last !== comma - 1 || !c.t.cap[head.first] || !isWord(c, comma + 1)) return false;
  const rel = word(c, comma + 1);
  if (rel !== 'who' && rel !== 'whose') return false;
  if (rel === 'who' && copularDescription(c, comma + 2)) return false;
  // "Sen. Cruz", "Donald Trump": a title's period or another name before it makes it more than a bare name.
  const k = head.first - 1;
  return !(k >= from && (punct(c, k) === '.' || (isWord(c, k) && c.t.cap[k])));
}

/** Do "to" or "for" and a plural noun for people ("aides", "attorneys") stand before the phrase first..last, a name or
 *  a short phrase (at most five tokens)? */
function pluralPeopleBefore(c: Context, first: number, last: number, from: number): boolean {
  if (first - 2 < from || last - first > 4 || !isWord(c, first - 1) || !isWord(c, first - 2)) return false;
  const link = word(c, first - 1);
  if (link !== 'to' && link !== 'for') return false;
  const noun = word(c, first - 2);
  return noun.length > 3 && noun.endsWith('s') && isPersonNoun(noun.slice(0, -1));
}

/** "John Kerry’s dear negotiating partners in Tehran", "Clinton's biggest boosters in New Hampshire", "that tweeter in
 *  Sydney suggested": a noun for people before "in" and a place heads the phrase; PolNeAR train marks the whole phrase
 *  in all such mentions (none is the place alone). */
function peopleInPlaceBefore(c: Context, first: number, last: number, from: number): boolean {
  // The walk may have taken "in" already (a word common in speakers: "Republicans in Congress").
  const place = isWord(c, first) && word(c, first) === 'in' ? first + 1 : first;
  if (place - 2 < from || last - place > 3 || place > last || !c.t.cap[place] || !isWord(c, place - 1) || word(c, place - 1) !== 'in' || !isWord(c, place - 2) || c.t.cap[place - 2]) return false;
  const noun = word(c, place - 2);
  return isPersonNoun(noun) || PEOPLE_PLURAL.test(noun) || (noun.length > 3 && noun.endsWith('s') && isPersonNoun(noun.slice(0, -1)));
}

/** Does "that" at token `k` open a subject relative clause ending before token `j`: a lower-case noun that can speak
 *  before it and a verb-like word after it ("study that appeared", "companies that had insured"; not "said that the
 *  poll", "the claim that he", "rule that defunct mines")? */
function thatOpensRelative(c: Context, k: number, j: number): boolean {
  if (k + 1 >= j || !isWord(c, k - 1) || !isWord(c, k + 1) || c.t.cap[k + 1]) return false;
  const next = word(c, k + 1);
  if (DETERMINERS.has(next) || FUNCTION_IN_NP.has(next) || DEMONSTRATIVES.has(next) || PRONOUNS.has(next) || CLAUSE_OPENERS.has(next)) return false;
  // The word after "that" must look like a verb: "would rule that defunct mines posed …" opens a clause with its subject.
  if (!AUX_ADV.has(next) && !next.endsWith('ed') && !next.endsWith('s')) return false;
  // A noun, not a year ("exchanges from 2013 that were not reported until Reuters …").
  const noun = word(c, k - 1);
  return !c.t.cap[k - 1] && /^[a-z]/.test(noun) && (SPEAKER_SHARE.get(noun) ?? 0) >= HEAD_SHARE.min;
}

/** "said 9/11 widow Terry Strada", "said election lawyer Joe Birkenstock": one or two lower-case words training never
 *  saw in a speaker describe the name right after them (a number glued by a slash included). Returns the whole
 *  mention, or null when no name follows within five tokens. */
function describedName(c: Context, begin: number, to: number): TokenSpan | null {
  let k = begin, words = 0;
  while (k < to && k - begin < 5) {
    if (isWord(c, k)) {
      if (c.t.cap[k]) break;
      const w = word(c, k);
      // The second half of "9/11" is no word of its own.
      const glued = k > begin && punct(c, k - 1) === '/';
      if ((!glued && ++words > 2) || PRONOUNS.has(w) || CLAUSE_OPENERS.has(w) || NOT_SPEAKER_START.has(w) || FUNCTION_IN_NP.has(w) || AUX_ADV.has(w) ||
        w.endsWith('ly') || w.endsWith('ing') || w.endsWith('ed')) return null;
    } else if (!(punct(c, k) === '/' && c.t.end[k - 1] === c.t.start[k] && c.t.end[k] === c.t.start[k + 1])) return null;
    k++;
  }
  if (k === begin || k >= to || !c.t.cap[k] || !isWord(c, k)) return null;
  const name = speakerAfter(c, k, to);
  return name ? { first: begin, last: name.last } : null;
}

/** Below this speaker share a lower-case noun before "and" + a name is an object ("the investigation", 0.09), not a
 *  conjunct of the subject ("the report", 0.34; "the study", 0.54). */
const OBJECT_BEFORE_AND_SHARE = 0.15;

/** Is token `k` an "and" between a lower-case noun seldom a training speaker and a name ("mishandled the
 *  investigation and Democrats accused", "called him a liar and NBC News …")? The noun ends the verb's object before
 *  a new clause, and the name alone is the subject. */
function objectBeforeAnd(c: Context, k: number, from: number): boolean {
  if (!isWord(c, k) || word(c, k) !== 'and' || k - 1 < from || !c.t.cap[k + 1] || !isWord(c, k - 1) || c.t.cap[k - 1]) return false;
  const noun = word(c, k - 1);
  return !FUNCTION_IN_NP.has(noun) && (SPEAKER_SHARE.get(noun) ?? 0) < OBJECT_BEFORE_AND_SHARE && !isPersonNoun(noun) && !PEOPLE_PLURAL.test(noun) &&
    !(noun.endsWith('s') && isPersonNoun(noun.slice(0, -1)));
}
