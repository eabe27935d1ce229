// What kind of entity a mention names: person, organization, government (a country, capital or
// state body standing for its government), media, unnamed (reports, sources, officials) or unknown.
import type { SpeakerType } from '../types';
import { CAPITAL_OF, COUNTRIES, COUNTRY_ALIASES, DEMONYMS, PLACE_WORDS, US_STATES } from '../data/entities/places';
import {
  GOVERNMENT_BODIES, GOVERNMENT_HEADS, MEDIA_HEADS, MEDIA_OUTLETS, NAMEPLATE_WORDS, ORGANIZATION_HEADS, ORGANIZATION_NAMES,
  ORGANIZATION_WORDS, THING_NAME_WORDS,
} from '../data/entities/institutions';
import { CAPITALIZED_FUNCTION_WORDS } from '../data/entities/function-words';
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from '../data/entities/given-names';
import { COUNTED_PEOPLE_WORDS, DESCRIBED_PERSON_NOUNS, DOCUMENT_NOUNS, HONORIFICS, PERSON_ROLE_NOUNS, TITLES, UNNAMED_HEADS, WRITING_NOUNS } from '../data/entities/people';
import { codeAt } from './names';
import { asciiWords, wordChars } from '../ascii-words';
import { isNumberWord } from '../number-words';
import { startsWithDigit } from '../context';

// Maps, not the records themselves: looking an arbitrary string up in an object literal interns
// the string first, which cost more than everything else in typing a name.
const CAPITALS = new Map(Object.entries(CAPITAL_OF));
const ALIASES = new Map(Object.entries(COUNTRY_ALIASES));
const HONORIFIC_MAP = new Map(Object.entries(HONORIFICS));
const COUNTRY_SET = new Set(COUNTRIES);
const STATE_SET = new Set(US_STATES);
const PLACE_WORD_SET = new Set(PLACE_WORDS);
const DEMONYM_SET = new Set(DEMONYMS);
const GOVERNMENT_BODY_SET = new Set(GOVERNMENT_BODIES);
const MEDIA_SET = new Set(MEDIA_OUTLETS);
const ORGANIZATION_WORD_SET = new Set(ORGANIZATION_WORDS);
const THING_WORD_SET = new Set(THING_NAME_WORDS);
const GOVERNMENT_HEAD_SET = new Set(GOVERNMENT_HEADS);
const MEDIA_HEAD_SET = new Set(MEDIA_HEADS);
const NAMEPLATE_SET = new Set(NAMEPLATE_WORDS);
const ORGANIZATION_HEAD_SET = new Set(ORGANIZATION_HEADS);
const PERSON_NOUN_SET = new Set(PERSON_ROLE_NOUNS);
const UNNAMED_HEAD_SET = new Set(UNNAMED_HEADS);
const TITLE_SET = new Set(TITLES);
const FUNCTION_WORD_SET = new Set(CAPITALIZED_FUNCTION_WORDS);
export const isFunctionWord = (word: string): boolean => FUNCTION_WORD_SET.has(word);

export const isCountry = (name: string): boolean => COUNTRY_SET.has(name);
/** The country a capital or another name of it stands for: "Kyiv" → "Ukraine", "U.S." → "United States". */
export const governmentNameOf = (name: string): string | undefined => CAPITALS.get(name) ?? ALIASES.get(name);
export const isDemonym = (name: string): boolean => DEMONYM_SET.has(name);
export const isTitleWord = (word: string): boolean => TITLE_SET.has(word);
// First words of titles, honorifics and the adjectives before them: a name opening with none of
// these has no title to split off.
const TITLE_OPENERS = new Set([...TITLES.map((t) => t.split(' ')[0]!), ...Object.keys(HONORIFICS), ...DEMONYMS, ...COUNTRIES]);
export const mayOpenTitle = (word: string): boolean => TITLE_OPENERS.has(word);
export const honorificGender = (word: string): 'm' | 'f' | '' | undefined => HONORIFIC_MAP.get(word);
const GIVEN_NAME_GENDER = new Map<string, 'm' | 'f'>([
  ...MALE_GIVEN_NAMES.map((n) => [n, 'm'] as const), ...FEMALE_GIVEN_NAMES.map((n) => [n, 'f'] as const)]);
/** The gender a given name usually takes ("Hillary" → f), or undefined when it tells nothing. */
export const genderOfGivenName = (given: string): 'm' | 'f' | undefined => GIVEN_NAME_GENDER.get(given);
/** Whether a name's first word (the whole name if it has one word) is a known given name: "Dick Clark", not "Big Machine". */
export function opensWithGivenName(name: string): boolean {
  const space = name.indexOf(' ');
  return GIVEN_NAME_GENDER.has(space < 0 ? name : name.slice(0, space));
}
export const isPersonNoun = (word: string): boolean => PERSON_NOUN_SET.has(word);
/** "supporters", "officials", "men", "unionists"?: a lower-case plural naming people (no document, no thing). */
export function isPeoplePluralNoun(word: string): boolean {
  const one = singular(word);
  if (one === word) return word === 'people';
  return PERSON_NOUN_SET.has(one) || DESCRIBED_PERSON_SET.has(one) || PEOPLE_HEADS.has(word) || namesPeopleBySuffix(word);
}
/**
 * "terrorists", "biologists", "misogynists", "politicians", "civilians": a plural in -ists or -ians names people
 * whatever its stem (GUM and PolNeAR "they" antecedents no list held). Not a verb ("insists", "persists") nor a list
 * ("checklists", "playlists").
 */
function namesPeopleBySuffix(word: string): boolean {
  if (word.length < 7) return false;
  if (word.endsWith('ians')) return true;
  return word.endsWith('ists') && !word.endsWith('sists') && !LIST_COMPOUND.test(word);
}
const LIST_COMPOUND = /(?:check|play|short|black|white|wait|wish|set|track|hit|price|word)lists$/;
const PEOPLE_HEADS = new Set(['officials', 'critics', 'observers', 'insiders', 'residents', 'voters', 'supporters',
  'opponents', 'protesters', 'lawmakers', 'members', 'allies', 'staffers', 'investigators', 'prosecutors', 'organizers',
  'workers', 'delegates', 'activists', 'intellectuals', 'unionists', 'economists', 'democrats', 'republicans']);
const DESCRIBED_PERSON_SET = new Set(DESCRIBED_PERSON_NOUNS);
const WRITING_SET = new Set(WRITING_NOUNS);
/** "editorial", "memoir", "investigation": a writing or inquiry (WRITING_NOUNS) or a document (DOCUMENT_NOUNS). */
export const isWriting = (word: string): boolean => WRITING_SET.has(word) || DOCUMENT_HEAD_SET.has(word);
const DOCUMENT_HEAD_SET = new Set(DOCUMENT_NOUNS);
/** "clip of McCain", "FBI summary": one writing, which no "they" stands for ("the book and the movie" may be). */
export const isOneWriting = (name: string): boolean => {
  if (name.includes(' and ') || name.endsWith('s')) return false;
  const head = headWord(wordsOf(name.toLowerCase())) ?? '';
  return WRITING_SET.has(head) || DOCUMENT_HEAD_SET.has(head);
};
/** "neurosurgeon", "front-runner": a person, named only by a fitting role (see DESCRIBED_PERSON_NOUNS). */
export const isDescribedPersonNoun = (word: string): boolean => DESCRIBED_PERSON_SET.has(word);
/** "Fort", "San", "County", "Street": words of place names. */
export const isPlaceWord = (word: string): boolean => PLACE_WORD_SET.has(word);
export const isUsState = (name: string): boolean => STATE_SET.has(name);
/** "Party", "University", "News": words that end the names of bodies. */
export const isOrganizationWord = (word: string): boolean => ORGANIZATION_WORD_SET.has(word);
export const isUnnamedHead = (word: string): boolean => UNNAMED_HEAD_SET.has(word);

/** Type of a capitalized name (titles and honorifics already removed). Called per name: no regex, no split, and each
 *  part of the name sliced once (a slice is a new string to build and hash at its first lookup). */
export function typeOfName(name: string): SpeakerType {
  const listed = LISTED_NAME_TYPES.get(name);
  if (listed !== undefined) return listed;
  const firstSpace = name.indexOf(' ');
  if (firstSpace < 0) {
    if (isGroupPlural(name)) return 'unnamed'; // "Democrats", "Ukrainians"
    // "Doctors offer free flu shots", "Experts say": a plural of people capitalized by a headline or a sentence's start
    // is typed as the same words in lower case ("Prosecutors" as "prosecutors": a government's).
    if (isPeoplePlural(name)) return typeOfDescription(name.toLowerCase());
    // Acronyms (NATO, FBI are listed; others like "ISW") are organizations far more often than people.
    return isAcronym(name) && (name.length <= 5 || name.includes('.')) ? 'organization' : 'unknown';
  }
  // "Project Jonah", "Operation Warp Speed"; "Doctors for Camp Closure", "Americans for Prosperity": a body's name may
  // open with what it is or with the people it gathers and what for.
  const opener = name.slice(0, firstSpace);
  if (BODY_OPENERS.has(opener)) return 'organization';
  const secondEnd = name.indexOf(' ', firstSpace + 1);
  const rest = name.slice(firstSpace + 1);
  const second = secondEnd < 0 ? rest : name.slice(firstSpace + 1, secondEnd);
  if ((isPeoplePlural(opener) || isGroupPlural(opener)) && GATHERING_PARTICLES.has(second)) return 'organization';
  // "The Times", "Breitbart News"; not "Michael Bloomberg", "Fiona Hill": a given name opens a person's name.
  if (MEDIA_SET.has(rest) && !GIVEN_NAME_GENDER.has(opener)) return 'media';
  const last = secondEnd < 0 ? rest : name.slice(name.lastIndexOf(' ') + 1);
  if (NAMEPLATE_SET.has(last) && !GIVEN_NAME_GENDER.has(opener)) return 'media';
  // "US Congress", "Russian Foreign Ministry": a state body named with its country.
  if (GOVERNMENT_BODY_SET.has(rest) && (COUNTRY_SET.has(opener) || DEMONYM_SET.has(opener) || ALIASES.has(opener))) return 'government';
  if (endsWithStateBody(name, firstSpace)) return 'government';
  // "Commission on Presidential Debates", "Bank of America": the head sits before the particle.
  const particle = secondEnd < 0 ? -1 : particlePosition(name);
  if (particle > 0) {
    const head = name.slice(name.lastIndexOf(' ', particle - 1) + 1, particle);
    if (ORGANIZATION_WORD_SET.has(head)) return GOVERNMENT_HEAD_SET.has(head.toLowerCase()) ? 'government' : 'organization';
  }
  if (ORGANIZATION_WORD_SET.has(last)) {
    // "Ukrainian Defense Forces", "General Staff": state bodies; "Judicial Watch": an organization.
    const twoWords = secondEnd < 0;
    return GOVERNMENT_HEAD_SET.has(last.toLowerCase()) && (twoWords || DEMONYM_SET.has(opener))
      ? 'government' : 'organization';
  }
  if (DEMONYM_SET.has(name)) return 'unknown';
  if (isGroupPlural(last)) return 'unnamed'; // "Virginia Democrats", "Senate Republicans"
  if (PLACE_WORD_SET.has(last) || PLACE_WORD_SET.has(opener) || STATE_SET.has(name)) return 'unknown';
  // "Boxer Indemnity Scholarship", "Affordable Care Act", "Sean Hannity Show": a thing, however its name opens.
  if (THING_WORD_SET.has(last)) return 'unknown';
  // A title-case headline ("Stealth Over Health", "Trump Says He Will Win") holds function words.
  // Not "Ian Read", "Mark Will": a known given name and one word more is a person's name.
  if (secondEnd < 0 ? FUNCTION_WORD_SET.has(rest) && !GIVEN_NAME_GENDER.has(opener) : hasFunctionWordAfter(name, firstSpace)) return 'unknown';
  return 'person';
}

/** "Democratic Party-controlled House of Representatives", "Tennessee Supreme Court": a name ending in a state body
 *  of two or more words ("House" alone would make "Random House" a government). */
function endsWithStateBody(name: string, firstSpace: number): boolean {
  for (let space = name.indexOf(' ', firstSpace + 1), from = firstSpace; space > 0; from = space, space = name.indexOf(' ', space + 1)) {
    if (GOVERNMENT_BODY_SET.has(name.slice(from + 1))) return true;
  }
  return false;
}

/** Whether a word after the space at `space` is a function word ("Trump Says He Will Win"): the words are cut
 *  with indexOf, not slice().split(' '), which cost a runtime call and an array per name. */
function hasFunctionWordAfter(name: string, space: number): boolean {
  for (let from = space + 1; ; ) {
    const next = name.indexOf(' ', from);
    if (FUNCTION_WORD_SET.has(next < 0 ? name.slice(from) : name.slice(from, next))) return true;
    if (next < 0) return false;
    from = next + 1;
  }
}

const BODY_OPENERS = new Set(['Project', 'Operation']);
const GATHERING_PARTICLES = new Set(['for', 'against', 'of', 'Against', 'For']);

/** "Doctors", "Physicians", "Experts": the capitalized plural of a noun for people ("Sanders", "Banks" are not). */
function isPeoplePlural(word: string): boolean {
  // "People briefed on the move said", "None has …", "Both think …": people counted at a sentence's start.
  if (COUNTED_PEOPLE.has(word)) return true;
  if (word.length < 4 || !word.endsWith('s') || word.endsWith('ss')) return false;
  const lower = word.toLowerCase();
  return UNNAMED_HEAD_SET.has(lower) || PERSON_NOUN_SET.has(singular(lower));
}


/** "Democrats", "Republicans", "Ukrainians": a group named by the plural of a party or nationality. */
function isGroupPlural(word: string): boolean {
  return word.length > 3 && word.endsWith('s') && DEMONYM_SET.has(word.slice(0, -1));
}

/** Where " of ", " on " or " for " first joins a name's words, or -1. */
function particlePosition(name: string): number {
  let at = -1;
  for (const p of [' of ', ' on ', ' for ']) {
    const i = name.indexOf(p);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  return at;
}

/**
 * "Fort Wayne, Indiana", "Kharkiv, Ukraine": a name followed by its state or country is a place. Not when a
 * lower-case noun follows the country: in "Lotfi Azzouz, Tunisia country director for Amnesty International" the
 * country opens the person's role.
 */
export function followedByPlace(text: string, end: number): boolean {
  if (codeAt(text, end) !== 44) return false;
  const m = /^, ((?:\p{Lu}\p{L}+ ?){1,3})((?:\p{Ll}+ ?){0,3})/u.exec(text.slice(end, end + 80));
  if (!m) return false;
  const place = m[1]!.trim();
  if (!(STATE_SET.has(place) || COUNTRY_SET.has(place))) return false;
  return !(m[1]!.endsWith(' ') && m[2]!.split(' ').some((w) => PERSON_NOUN_SET.has(w)));
}

/** "NATO", "U.N.", "AT&T": two or more characters, all capitals or dots, ampersands, hyphens. */
/** An acronym our lists know (NATO, CNN, FBI): never a shouted surname. */
export const isKnownAcronym = (word: string): boolean =>
  GOVERNMENT_BODY_SET.has(word) || MEDIA_SET.has(word) || COUNTRY_SET.has(word);

export function isAcronym(word: string): boolean {
  if (word.length < 2) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || c === 46 || c === 38 || c === 45)) return false;
  }
  return true;
}

/**
 * Type of a description or common-noun mention, from its head (last word) and modifiers:
 * "reports" and "a senior official" are unnamed, "the defence ministry" a government,
 * "state media" media, "a top Russian general" a person.
 */
/** Capitalized words that alone stand for a state's government or one of its arms. */
const STATE_WORDS = new Set(['Government', 'Cabinet', 'Parliament', 'Administration', 'Presidency', 'Police', 'Army',
  'Navy', 'Military', 'Legislature']);

/**
 * The type of a name the lists give whole, in one lookup where typeOfName made one in each list: a country, capital or
 * state body is a government, before an outlet, before an organization. Then single words: one that alone stands for a
 * government ("the Government said", as British and Australian papers write it), and a nationality or a word that
 * ends the names of bodies, which say nothing of their type alone. (Keys without a space only ever match one word.)
 */
const LISTED_NAME_TYPES = new Map<string, SpeakerType>([
  ...[...DEMONYMS, ...ORGANIZATION_WORDS].filter((w) => !w.includes(' ')).map((w) => [w, 'unknown'] as const),
  ...[...STATE_WORDS].map((w) => [w, 'government'] as const),
  ...ORGANIZATION_NAMES.map((n) => [n, 'organization'] as const),
  ...MEDIA_OUTLETS.map((n) => [n, 'media'] as const),
  ...[...COUNTRIES, ...CAPITALS.keys(), ...GOVERNMENT_BODIES].map((n) => [n, 'government'] as const),
]);

const LOCAL_GOVERNMENT_HEADS = new Set(['city', 'state', 'county', 'town']);
/** A number word, or a number as digits ("43", "42%"), not a year ("2013") or a time glued to a name ("12PMTrump"). */
const isCount = (word: string): boolean => (isNumberWord(word) && !startsWithDigit(word)) || (COUNT.test(word) && !YEAR.test(word));
const COUNT = /^\d[\d,.]*%?$/;
const YEAR = /^(?:1[89]|20)\d\d$/;

/** "Few would argue …", "Many of us have noticed …", "Most of them", "just about everyone": people counted, not named. */
const PEOPLE_COUNTED = new Set(['few', 'us', 'them', 'everyone', 'everybody', 'nobody', 'most']);

const AGE_NOUN = /^\d+-year-old$/;
/** "56-year-old": a person named by age ("The 56-year-old said …"). */
export const isAgeNoun = (word: string): boolean => AGE_NOUN.test(word);

export function typeOfDescription(mention: string): SpeakerType {
  const words = descriptionWords(mention);
  const head = headWord(words);
  if (!head) return 'unknown';
  if (GOVERNMENT_HEAD_SET.has(head)) return 'government';
  if (MEDIA_HEAD_SET.has(head)) return 'media';
  const determiner = words[0];
  // "The city of Phoenix is demanding …", "The state said …": a place that speaks is its government.
  if (determiner === 'the' && LOCAL_GOVERNMENT_HEADS.has(head)) return 'government';
  // "59 percent say …", "46 percent of voters", "Nine said", "Hundreds were …": people counted, not named.
  if (head === 'percent' || isCount(head)) return 'unnamed';
  // "the Chinese have been reluctant to commit to a meeting": a nationality with no plural ending, after "the", is a
  // country's side, its government ("the Americans", with one, is a group: see isGroupPlural).
  if (determiner === 'the' && words.length === 2 && !head.endsWith('s') && DEMONYM_SET.has(capitalized(head))) return 'government';
  const indefinite = determiner === 'a' || determiner === 'an' || determiner === 'one' || determiner === 'some'
    || determiner === 'several' || determiner === 'many' || determiner === 'two' || determiner === 'three' || determiner === 'another';
  if (ORGANIZATION_HEAD_SET.has(head) || ORGANIZATION_HEAD_SET.has(singular(head))) return 'organization'; // "the company", "both companies"
  if (UNNAMED_HEAD_SET.has(head) || PEOPLE_COUNTED.has(head) || WRITING_SET.has(head)) return 'unnamed';
  // "Parata and his family" (a saved Guardian page), "the family": people together, as "Sanders and his aides" are.
  if (head === 'family' || head === 'household') return 'unnamed';
  // "a spokeswoman for Hillary Clinton", "a commander": someone the article does not name.
  if (PERSON_NOUN_SET.has(head) || isAgeNoun(head)) return indefinite ? 'unnamed' : 'person'; // "the 56-year-old" 
  if (PERSON_NOUN_SET.has(singular(head))) return 'unnamed'; // "commanders", "senators"
  if (DESCRIBED_PERSON_SET.has(head)) return indefinite ? 'unnamed' : 'person'; // "a conference organizer", "the retired neurosurgeon"
  if (DESCRIBED_PERSON_SET.has(singular(head))) return 'unnamed'; // "rivals"
  // Any other group named by a plural common noun ("participants", "libertarians", "the two sides") is a source
  // the article does not name.
  if (singular(head) !== head && writtenInLowerCase(mention, head)) return 'unnamed';
  return 'unknown';
}

/**
 * The lower-cased words of a description, possessive 's dropped: runs of letters, digits, periods and hyphens.
 * A mention in ASCII without an apostrophe (nearly all: "the spokesman", "officials") is cut by a character loop;
 * any other by the regexes it stands for, whose replace and Unicode split were most of typeOfDescription.
 */
function descriptionWords(mention: string): string[] {
  return asciiWords(mention, 0, mention.length, DESCRIPTION_WORDS)
    ?? nonEmpty(mention.toLowerCase().replace(/[’']s\b/g, '').split(/[^\p{L}\p{N}.-]+/u));
}

// Letters, digits, periods and hyphens; an apostrophe goes to the regex, which drops a possessive 's.
const DESCRIPTION_WORDS = wordChars('0123456789.-', "'");

/** Is the head word written in lower case in the mention ("participants", not "Reuters")? */
function writtenInLowerCase(mention: string, head: string): boolean {
  const at = mention.toLowerCase().lastIndexOf(head);
  return at >= 0 && mention[at] === head[0];
}

const capitalized = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
/** The unnamed heads of people counted, capitalized as a sentence's first word. */
const COUNTED_PEOPLE = new Set(COUNTED_PEOPLE_WORDS.map((w) => capitalized(w)));

/** "companies" → "company", "unions" → "union": enough to look a plural head up in the singular lists. */
function singular(word: string): string {
  if (word === 'men' || word === 'women') return word === 'men' ? 'man' : 'woman';
  if (word.length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/**
 * The non-empty strings of `parts`, pushed into a new array literal. Word lists handed to headWord are made
 * here so they share one array map: an empty filter() or map() result has another map than a full one, and
 * each new map met by optimized code deoptimized it (and the callers it was inlined in) mid-benchmark.
 */
export function nonEmpty(parts: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of parts) if (p) out.push(p);
  return out;
}

/**
 * The words of a name, as name.split(' ') gives them, cut with indexOf into an array literal: split() went
 * through the runtime (its cache lookup hashes each new name) and cost most of shapeOf; and a split served
 * from V8's split cache is a HOLEY array, another map than a fresh one, for code reading `words`.
 */
export function wordsOf(name: string): string[] {
  // One or two words (most names) as a literal of their size: an array grown by push from empty took room for 17.
  const first = name.indexOf(' ');
  if (first < 0) return [name];
  if (name.indexOf(' ', first + 1) < 0) return [name.slice(0, first), name.slice(first + 1)];
  const words: string[] = [];
  let from = 0;
  for (let space = name.indexOf(' '); space >= 0; space = name.indexOf(' ', from)) {
    words.push(name.slice(from, space));
    from = space + 1;
  }
  words.push(name.slice(from));
  return words;
}

/**
 * Head noun of a description: the last word before a post-modifier ("people familiar with …",
 * "officials in Kyiv", "a spokesman for the ministry").
 */
export function headWord(words: readonly string[]): string | undefined {
  const cut = words.findIndex((w, i) => i > 0 && (HEAD_ENDS.has(w) || participleAfterPlural(words, i)));
  const core = cut > 0 ? words.slice(0, cut) : words;
  const head = core[core.length - 1];
  // "a number of analysts", "a group of black parents": the head is what the quantity counts.
  if (cut > 0 && words[cut] === 'of' && head !== undefined && QUANTITY_NOUNS.has(head)) return headWord(words.slice(cut + 1)) ?? head;
  return head;
}

/** "The doctors offering to operate the flu vaccination clinic", "reports emerging in the news media": an -ing word
 *  right after a plural noun for people or writings opens a reduced relative clause, after the head. */
function participleAfterPlural(words: readonly string[], i: number): boolean {
  const w = words[i]!, before = words[i - 1]!;
  if (i < 2 || w.length <= 5 || !w.endsWith('ing') || !before.endsWith('s')) return false;
  // Only after a plural of people or writings: "the RealClearPolitics polling average", "Fox News's reporting" are one
  // noun phrase.
  const one = singular(before);
  return one !== before && (PERSON_NOUN_SET.has(one) || DESCRIBED_PERSON_SET.has(one) || UNNAMED_HEAD_SET.has(before) || WRITING_SET.has(before));
}

/** Words after which a description's head has been said: "officials familiar with …", "executives across the world". */
const HEAD_ENDS = new Set(['with', 'in', 'for', 'of', 'at', 'from', 'who', 'close', 'familiar', 'on', 'across', 'around',
  'among', 'including', 'like', 'both', 'that', 'which', 'whose', 'based', 'representing',
  // "a new report released on Monday by …", "a letter signed by …", "answers posted on Quora".
  'by', 'released', 'published', 'posted', 'signed', 'issued', 'sent', 'written', 'obtained', 'filed',
  // "two people briefed on the plans", "officials involved in the talks", "people knowledgeable about the deal".
  'briefed', 'involved', 'knowledgeable', 'aware',
  // "China's ambassador to Britain", "a senior adviser to the president".
  'to']);
const QUANTITY_NOUNS = new Set(['number', 'group', 'majority', 'handful', 'lot', 'couple', 'dozens', 'hundreds',
  'thousands', 'millions', 'most', 'some', 'many', 'few', 'several', 'all', 'none', 'one', 'two', 'three', 'each']);
