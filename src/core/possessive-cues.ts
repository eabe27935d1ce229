// Nouns of saying after a possessor: "Clinton's claim that …", "his attacks on …", "her promise to …". The possessor
// is the source, the noun (with its preposition) the cue, the clause, infinitive or object after it the content.
// Which nouns make such a cue is learned per noun and opener (`npm run train`, data/lexicon.json `possessed`):
// PolNeAR marks "attacks on" after a possessor 14 times in 23, "plan to" 2 in 19, "handling of" never.
import { type Context, word } from './context';
import type { Cue } from './cues';
import data from './data/lexicon.json';
import type { Sentence } from './sentences';
import { QMARK, type Tokens, WORD } from './tokens';

const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** "he’s talking about", "it's hard to", "that’s …": a contraction, not a possessor. */
const CONTRACTED = /^(he|she|it|i|we|they|you|who|that|there|here|what|where|let)['’][a-z]+$/;

/** A possessive determiner or a possessor in 's ("Trump's", "the senator’s"), not a contracted pronoun. */
export const isPossessor = (w: string): boolean =>
  POSSESSIVE_DETERMINERS.has(w) || ((w.endsWith("'s") || w.endsWith('’s')) && !CONTRACTED.test(w));

/** Words that open a noun of saying's content after it. */
const OPENERS = new Set(['that', 'to', 'for', 'of', 'on', 'about', 'against', 'over', 'with']);

/** The opener at token k ('that', 'to', a preposition, 'quote' for a quotation mark), or ''. */
export const possessedOpener = (t: Tokens, k: number): string =>
  k >= t.n ? '' : t.kind[k] === QMARK ? 'quote' : OPENERS.has(t.lower[k]!) ? t.lower[k]! : '';

/** "noun opener" → share of its occurrences after a possessor that PolNeAR marks as a cue. */
const POSSESSED_SHARE = new Map<string, number>();
for (const [key, [share]] of Object.entries(data.possessed as unknown as Record<string, [number, number]>)) {
  POSSESSED_SHARE.set(key, share / 1000);
}

/** Minimum learned share of a noun + opener after a possessor. */
export const POSSESSED_THRESHOLD = 0.5;

/** A cue for the noun at token i after a possessor, or null. A preposition joins the cue (PolNeAR marks "criticism
 *  of"); "that" and "to" open the content ("claim that …", "promise to …"). */
export function possessedCue(c: Context, s: Sentence, i: number): Cue | null {
  if (i + 1 >= s.to || c.t.cap[i]) return null;
  const owner = possessorBefore(c.t, i, s.from);
  if (owner < 0 || c.regionOf[owner]! >= 0 || c.regionOf[i - 1]! >= 0) return null;
  const opener = possessedOpener(c.t, i + 1);
  if (!opener || (opener !== 'quote' && c.regionOf[i + 1]! >= 0)) return null;
  const share = POSSESSED_SHARE.get(`${word(c, i)} ${opener}`) ?? 0;
  if (share < POSSESSED_THRESHOLD) return null;
  const prep = opener !== 'that' && opener !== 'to' && opener !== 'quote';
  return { first: owner + 1, last: prep ? i + 1 : i, head: i, score: share, according: false, prep, possessed: true };
}

/** The possessor's token before the noun at i, right before it or before one lower-case modifier ("Trump's repeated
 *  attacks on", "the police’s earlier claim that"), or -1. */
export function possessorBefore(t: Tokens, i: number, from: number): number {
  for (let k = i - 1; k >= from && k >= i - 2; k--) {
    if (t.kind[k] !== WORD || (t.cap[k] && !isPossessor(t.lower[k]!))) return -1;
    if (isPossessor(t.lower[k]!)) return k;
  }
  return -1;
}
