// Word classes per token, read once per text: the rules ask of a token "is it an auxiliary, a clause opener, an
// article …?" far more often than there are tokens (withNounPairCues alone asked five Sets of every lower-case word),
// and each Set lookup of a token's string compared strings. A class is a bit; each token's bits are found with one
// Map lookup when the text is read, and a rule's question becomes an array read and a mask.
//
// A word list becomes a class where it is defined (`const AUX = wordClass(CUE_AUX)`), so the list stays beside the
// rule and its comment; the table is complete once the modules have loaded, before any text is read.
import type { Tokens } from './tokens';
import { WORD } from './tokens';

/** Each word's bits, across every class defined so far. */
const CLASSES_OF_WORD = new Map<string, number>();
let nextBit = 0;

/** A new class holding `words`; returns its bit. At most 31 classes (an Int32Array holds a token's bits). */
export function wordClass(words: Iterable<string>): number {
  if (nextBit === 31) throw new Error('word-classes: no bit left for another class');
  const bit = 1 << nextBit++;
  for (const w of words) CLASSES_OF_WORD.set(w, (CLASSES_OF_WORD.get(w) ?? 0) | bit);
  return bit;
}

/** The class bits of every token (0 for a word in no class and for punctuation). */
export function classesOfTokens(t: Tokens): Int32Array {
  const classes = new Int32Array(t.n);
  for (let k = 0; k < t.n; k++) if (t.kind[k] === WORD) classes[k] = CLASSES_OF_WORD.get(t.lower[k]!) ?? 0;
  return classes;
}
