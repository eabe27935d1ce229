// The words the engine's own tables know (the lexicon's cues, speaker words, pairs and shapes; the function words),
// found by the tokenizer without making a string: a slice per word token was a tenth of all allocation per pass,
// and two thirds of the words of news text are these. The string handed back is the table's own, interned, so the
// lookups that follow (CUE_INFO, SPEAKER_SHARE, the word Sets) find its hash already computed.
import data from './data/lexicon.json';
import { CAPITALIZED_FUNCTION_WORDS } from './data/entities/function-words';

/** Open addressing: a slot holds 1 + the word's index in WORDS, 0 when empty; twice the words at least. */
const SLOTS = 8192;
const MASK = SLOTS - 1;
const slots = new Int32Array(SLOTS);
const hashes = new Int32Array(SLOTS);
const WORDS: string[] = [];

/**
 * One step of the hash of a word's lower-cased characters. `c | 32` lower-cases A–Z and leaves every other
 * character an ASCII word holds (a–z, 0–9, ' - .) as it is: those already have that bit set.
 */
export const hashStep = (h: number, c: number): number => (Math.imul(h, 31) + (c | 32)) | 0;

function add(word: string): void {
  let h = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    // Only what an ASCII word token can be, as the tokenizer sees it: lower-case letters, digits, inner ' - .
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 45 || c === 46)) return;
    h = hashStep(h, c);
  }
  let slot = h & MASK;
  while (slots[slot] !== 0) {
    if (WORDS[slots[slot]! - 1] === word) return;
    slot = (slot + 1) & MASK;
  }
  if (WORDS.length >= SLOTS >> 1) return; // keep the table at most half full
  WORDS.push(word);
  slots[slot] = WORDS.length;
  hashes[slot] = h;
}

const lexicon = data as unknown as Record<'cues' | 'speakers' | 'clauses' | 'pairs' | 'shapes', Record<string, unknown>>;
for (const part of ['cues', 'speakers', 'clauses', 'pairs', 'shapes'] as const) {
  for (const key of Object.keys(lexicon[part])) for (const word of key.split(' ')) add(word);
}
for (const word of CAPITALIZED_FUNCTION_WORDS) add(word.toLowerCase());

/**
 * The known word that text[from, to) spells, case aside, or undefined. `h` is the hash of its characters by hashStep;
 * the caller has made sure they are ASCII.
 */
export function knownWord(text: string, from: number, to: number, h: number): string | undefined {
  const length = to - from;
  for (let slot = h & MASK; slots[slot] !== 0; slot = (slot + 1) & MASK) {
    if (hashes[slot] !== h) continue;
    const word = WORDS[slots[slot]! - 1]!;
    if (word.length !== length) continue;
    let i = 0;
    while (i < length && (text.charCodeAt(from + i) | 32) === word.charCodeAt(i)) i++;
    if (i === length) return word;
  }
  return undefined;
}
