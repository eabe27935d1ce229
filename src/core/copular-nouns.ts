// "Rubio’s response was that it’s unfair for the federal tax code to …", "Their fear is that by the time their moment
// arrives, it could be too late", "But Podliska’s most explosive claim is that the House Select Committee …": a
// possessed noun of saying or thinking, then "is/was that" and a clause. PolNeAR makes the possessor the source and the
// "that" clause the content; no cue word of these sentences was proposed (the noun is followed by "is", not "that").
import { type Context, isPossessive, isWord, POSSESSIVE_DETERMINERS, word } from './context';
import type { Cue } from './cues';
import type { Sentence } from './sentences';

/** Nouns of saying or thinking whose "is that" clause says what the possessor said or holds. */
const COPULAR_NOUNS = new Set(['response', 'answer', 'reply', 'point', 'message', 'argument', 'claim', 'contention',
  'assertion', 'view', 'position', 'belief', 'fear', 'worry', 'concern', 'hope', 'suggestion', 'explanation',
  'impression', 'assumption', 'conclusion', 'prediction', 'expectation', 'complaint', 'criticism', 'charge', 'theory']);
const COPULAS = new Set(['is', 'was']);
/** Modifiers between the possessor and the noun ("most explosive", "main", "biggest"): lower-case words only. */
const MAX_MODIFIERS = 3;

/** For a noun at token i: the cue "<modifiers> noun is/was" when a possessor stands right before its modifiers and
 *  "that" follows the copula outside quotations, else null. */
export function copularNounCue(c: Context, s: Sentence, i: number, w: string): Cue | null {
  if (!COPULAR_NOUNS.has(w) || i + 2 >= s.to || !COPULAS.has(word(c, i + 1)) || word(c, i + 2) !== 'that' || c.regionOf[i + 1]! >= 0 || c.regionOf[i + 2]! >= 0) return null;
  for (let p = i - 1; p >= s.from && p >= i - 1 - MAX_MODIFIERS; p--) {
    if (!isWord(c, p)) return null;
    const v = word(c, p);
    if (isPossessive(v) || POSSESSIVE_DETERMINERS.has(v)) {
      return { first: p + 1, last: i + 1, head: i, score: 0.5, according: false, copular: true };
    }
    if (c.t.cap[p]) return null;
  }
  return null;
}
