// The analysed text as the later stages see it: tokens, quote regions, sentences, and helpers
// that answer small questions about one token in O(1).
import type { QuoteRegion } from './quotes';
import type { Sentence } from './sentences';
import { PUNCT, QMARK, WORD, type Tokens } from './tokens';
import { classOf, wordClass } from './word-classes';

export interface Context {
  text: string;
  t: Tokens;
  regions: QuoteRegion[];
  /** Quote region of each token (marks included), or -1. */
  regionOf: Int32Array;
  sentences: Sentence[];
  /** Each token's word-class bits (word-classes.ts). */
  classes: Int32Array;
}

export const isWord = (c: Context, i: number): boolean => c.t.kind[i] === WORD;
export const isQuoteMark = (c: Context, i: number): boolean => c.t.kind[i] === QMARK;
/** The single character of a punctuation token, or ''. */
export const punct = (c: Context, i: number): string => (c.t.kind[i] === PUNCT ? c.text[c.t.start[i]!]! : '');
export const word = (c: Context, i: number): string => c.t.lower[i]!;
/** Whether token i's word is in any of the word classes `bits` (word-classes.ts): an array read, not a Set lookup. */
export const inClass = (c: Context, i: number, bits: number): boolean => (classOf(c.classes, c.t, i) & bits) !== 0;
/** /^\d/.test(w) by the first character's code: a regex call cost more than the Set and Map lookups beside it. */
export const startsWithDigit = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57;
};
/** True when token i is the opening mark of a quote region. */
export const opensQuote = (c: Context, i: number): boolean => c.t.kind[i] === QMARK && c.regionOf[i]! >= 0 && c.regions[c.regionOf[i]!]!.open === i;
/** True when token i is the closing mark of a quote region. */
export const closesQuote = (c: Context, i: number): boolean => c.t.kind[i] === QMARK && c.regionOf[i]! >= 0 && c.regions[c.regionOf[i]!]!.close === i;
/** A possessor ("Trump's", "Obama’s"): it names whose thing follows, and never is a clause's subject itself. */
export const isPossessive = (w: string): boolean => w.endsWith("'s") || w.endsWith('’s');
/** A pronoun with a contraction ("he’s", "They're", "I've", "who’d"): the pronoun and an auxiliary, not a possessor.
 *  Short, anchored, no backtracking: run on one token. Group 1 is the pronoun. */
export const PRONOUN_CONTRACTION = /^(he|she|it|i|we|they|you|who)['’][a-z]+$/;
/** A dash as a punctuation token: the four marks news text writes for one (a hyphen standing alone is one too). */
export const DASHES: ReadonlySet<string> = new Set(['―', '—', '–', '-']);
/** The articles, which several stages test for at a noun phrase's start. */
export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
/** "and", "but", "or": the conjunctions that join a second clause or phrase. */
export const COORDINATORS: ReadonlySet<string> = new Set(['and', 'but', 'or']);
/** "his", "her", "their" …: the possessive determiners. */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);
/** Articles and the possessives that open a thing's noun phrase ("continued his push", "the massive purchases"). */
export const ARTICLES_AND_POSSESSIVES: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my']);
/** ARTICLES_AND_POSSESSIVES as a word class, for inClass. */
export const ARTICLE_OR_POSSESSIVE = wordClass(ARTICLES_AND_POSSESSIVES);
/** The forms of "be", which a passive participle follows. */
export const BE_FORMS: ReadonlySet<string> = new Set(['was', 'were', 'been', 'be', 'being', 'is', 'are']);
