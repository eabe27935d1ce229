// What kind of entity a mention names: person, organization, government (a country, capital or
// state body standing for its government), media, unnamed (reports, sources, officials) or unknown.
import type { SpeakerType } from '../types';
import { CAPITAL_OF, COUNTRIES, COUNTRY_ALIASES, DEMONYMS } from '../data/entities/places';
import {
  GOVERNMENT_BODIES, GOVERNMENT_HEADS, MEDIA_HEADS, MEDIA_OUTLETS, ORGANIZATION_WORDS,
} from '../data/entities/institutions';
import { HONORIFICS, PERSON_ROLE_NOUNS, TITLES, UNNAMED_HEADS } from '../data/entities/people';

const COUNTRY_SET = new Set(COUNTRIES);
const DEMONYM_SET = new Set(DEMONYMS);
const GOVERNMENT_BODY_SET = new Set(GOVERNMENT_BODIES);
const MEDIA_SET = new Set(MEDIA_OUTLETS);
const ORGANIZATION_WORD_SET = new Set(ORGANIZATION_WORDS);
const GOVERNMENT_HEAD_SET = new Set(GOVERNMENT_HEADS);
const MEDIA_HEAD_SET = new Set(MEDIA_HEADS);
const PERSON_NOUN_SET = new Set(PERSON_ROLE_NOUNS);
const UNNAMED_HEAD_SET = new Set(UNNAMED_HEADS);
const TITLE_SET = new Set(TITLES);

export const isCountry = (name: string): boolean => COUNTRY_SET.has(name);
/** The country a capital or another name of it stands for: "Kyiv" → "Ukraine", "U.S." → "United States". */
export const governmentNameOf = (name: string): string | undefined => CAPITAL_OF[name] ?? COUNTRY_ALIASES[name];
export const isDemonym = (name: string): boolean => DEMONYM_SET.has(name);
export const isTitleWord = (word: string): boolean => TITLE_SET.has(word);
export const honorificGender = (word: string): 'm' | 'f' | '' | undefined => HONORIFICS[word];
export const isPersonNoun = (word: string): boolean => PERSON_NOUN_SET.has(word);
export const isUnnamedHead = (word: string): boolean => UNNAMED_HEAD_SET.has(word);

/** Type of a capitalized name (titles and honorifics already removed). */
export function typeOfName(name: string): SpeakerType {
  if (COUNTRY_SET.has(name) || CAPITAL_OF[name] !== undefined || GOVERNMENT_BODY_SET.has(name)) return 'government';
  if (MEDIA_SET.has(name)) return 'media';
  const words = name.split(' ');
  const last = words[words.length - 1]!;
  if (words.length > 1 && MEDIA_SET.has(words.slice(1).join(' '))) return 'media'; // "The Times"
  if (ORGANIZATION_WORD_SET.has(last)) {
    // "Ukrainian Defense Forces", "Russia's General Staff": state bodies; "Judicial Watch": an organization.
    return GOVERNMENT_HEAD_SET.has(last.toLowerCase()) && (DEMONYM_SET.has(words[0]!) || words.length <= 2)
      ? 'government' : 'organization';
  }
  if (DEMONYM_SET.has(name)) return 'unknown';
  // Acronyms (NATO, FBI handled above; others like "ISW") are organizations far more often than people.
  if (/^\p{Lu}[\p{Lu}.&-]+$/u.test(name)) return 'organization';
  if (words.length >= 2) return 'person';
  return 'unknown';
}

/**
 * Type of a description or common-noun mention, from its head (last word) and modifiers:
 * "reports" and "a senior official" are unnamed, "the defence ministry" a government,
 * "state media" media, "a top Russian general" a person.
 */
export function typeOfDescription(mention: string): SpeakerType {
  const words = mention.toLowerCase().replace(/[’']s\b/g, '').split(/[^\p{L}\p{N}.-]+/u).filter(Boolean);
  const head = headWord(words);
  if (!head) return 'unknown';
  if (GOVERNMENT_HEAD_SET.has(head)) return 'government';
  if (MEDIA_HEAD_SET.has(head)) return 'media';
  const determiner = words[0];
  const indefinite = determiner === 'a' || determiner === 'an' || determiner === 'one' || determiner === 'some'
    || determiner === 'several' || determiner === 'many' || determiner === 'two' || determiner === 'three';
  if (UNNAMED_HEAD_SET.has(head)) return 'unnamed';
  if (PERSON_NOUN_SET.has(head)) return indefinite && (head === 'official' || head === 'source') ? 'unnamed' : 'person';
  if (head.endsWith('s') && PERSON_NOUN_SET.has(head.slice(0, -1))) return 'unnamed'; // "commanders", "senators"
  return 'unknown';
}

/**
 * Head noun of a description: the last word before a post-modifier ("people familiar with …",
 * "officials in Kyiv", "a spokesman for the ministry").
 */
export function headWord(words: readonly string[]): string | undefined {
  const cut = words.findIndex((w, i) => i > 0 && (w === 'with' || w === 'in' || w === 'for' || w === 'of'
    || w === 'at' || w === 'from' || w === 'who' || w === 'close' || w === 'familiar' || w === 'on'));
  const core = cut > 0 ? words.slice(0, cut) : words;
  return core[core.length - 1];
}
