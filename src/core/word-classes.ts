// Word classes per token, read once per text: the rules ask of a token "is it an auxiliary, a clause opener, an
// article …?" far more often than there are tokens (withNounPairCues alone asked five Sets of every lower-case word),
// and each Set lookup of a token's string compared strings. A class is a bit; each token's bits are found with one
// Map lookup, at the first question about the token, and a rule's question becomes an array read and a mask.
//
// A word list becomes a class where it is defined (`const AUX = wordClass(CUE_AUX)`), so the list stays beside the
// rule and its comment; the table is complete once the modules have loaded, before any text is read.
import { SLOTS, slotOfWord, type Tokens } from './tokens';

/** Each word's bits, across every class defined so far. */
const CLASSES_OF_WORD = new Map<string, number>();
let nextBit = 0;
/** One bit per slot (tokens.ts) that holds a word of some class: a clear bit answers "no class" for a token without
 *  reading its string (half the first questions are of words in no class, and the Map lookup hashed each fresh string). */
const CLASS_SLOTS = new Uint32Array(SLOTS >> 5);

/** A new class holding `words`; returns its bit. At most 31 classes (an Int32Array holds a token's bits). */
export function wordClass(words: Iterable<string>): number {
  if (nextBit === 31) throw new Error('word-classes: no bit left for another class');
  const bit = 1 << nextBit++;
  for (const w of words) {
    CLASSES_OF_WORD.set(w, (CLASSES_OF_WORD.get(w) ?? 0) | bit);
    const slot = slotOfWord(w);
    CLASS_SLOTS[slot >> 5]! |= 1 << (slot & 31);
  }
  return bit;
}

/** A text's class bits per token, not yet read: each is read at the first question about its token (classOf), since
 *  many tokens (in quotations, capitalised) are never asked about. */
export function unreadClasses(t: Tokens): Int32Array {
  return new Int32Array(t.n).fill(UNREAD);
}
const UNREAD = -1;

/** Token i's class bits (0 for a word in no class and for punctuation), read once and kept in `classes`. */
export function classOf(classes: Int32Array, t: Tokens, i: number): number {
  const bits = classes[i]!;
  if (bits !== UNREAD) return bits;
  const slot = t.slot[i]!;
  const read = (CLASS_SLOTS[slot >> 5]! & (1 << (slot & 31))) === 0 ? 0 : CLASSES_OF_WORD.get(t.lower[i]!) ?? 0;
  classes[i] = read;
  return read;
}
