// Short texts (a speaker mention, a role, a statement's content) cut into lower-cased words by a character loop:
// nearly all are ASCII, curly apostrophes and dashes aside, and a Unicode regex split per call was most of the cost
// of the stages that read words. Each caller gives its word characters as a table; a character the table does not
// settle ends the fast path (undefined), and the caller's own Unicode regex decides for that text.

/**
 * String.prototype.charCodeAt, for character loops over strings of many kinds: `s.charCodeAt(i)` at a site that has
 * met more than four kinds of string (one- and two-byte; flat, sliced, joined or internalized: the article, slices of
 * it, names and roles built from pieces) is megamorphic in V8, and each call looks the method up in a stub cache
 * instead of being inlined: about 4× slower per character, measured in a loop. `charCodeAt.call(s, i)` calls one
 * known function whatever the string, and optimized code inlines it.
 */
export const charCodeAt = String.prototype.charCodeAt;

/** What a character is to a caller: part of a word, a break between words, or a reason to use the regex. */
export const WORD = 1;
export const BREAK = 0;
export const BAIL = 2;

export interface WordChars {
  /** By code for U+0000–U+00FF, then U+2000–U+20FF (general punctuation: curly quotes, dashes) at 256 + code - 0x2000;
   *  any character outside both ranges bails. */
  table: Uint8Array;
}

const GENERAL_PUNCTUATION = 0x2000;

/** A word-character table: ASCII letters are word characters, `word` adds others, `bail` sends to the regex, and
 *  `beyond` says what some characters past ASCII are (only U+0080–U+00FF and U+2000–U+20FF); all others bail. */
export function wordChars(word: string, bail = '', beyond: ReadonlyMap<number, number> = new Map()): WordChars {
  const table = new Uint8Array(512).fill(BAIL);
  for (let c = 0; c < 128; c++) table[c] = BREAK;
  for (let c = 65; c <= 90; c++) table[c] = table[c + 32] = WORD;
  for (const ch of word) table[ch.charCodeAt(0)] = WORD;
  for (const ch of bail) table[ch.charCodeAt(0)] = BAIL;
  for (const [c, kind] of beyond) {
    if (c >= 128 && c < 256) table[c] = kind;
    else if (c >= GENERAL_PUNCTUATION && c < GENERAL_PUNCTUATION + 256) table[256 + c - GENERAL_PUNCTUATION] = kind;
  }
  return { table };
}

/** The lower-cased words of text[start, end), or undefined when a character needs the caller's regex. */
export function asciiWords(text: string, start: number, end: number, chars: WordChars): string[] | undefined {
  // The first two words wait in locals and the list is made at the third, or at the end as a literal of their number:
  // most texts cut here (a cue, a speaker mention, a role) hold one or two words, and a list grown by push from empty
  // took room for 16.
  let one: string | undefined, two: string | undefined, words: string[] | undefined;
  let from = -1;
  // Whether the word so far holds a capital or a character past ASCII. Most words hold neither and are their own
  // lower case: toLowerCase is skipped, which for a slice of a two-byte text (news text, with its curly quotes) was
  // a call into the runtime per word.
  let mixed = false;
  // One step past the end, which breaks the last word: a word is made in one place.
  for (let i = start; i <= end; i++) {
    let kind = BREAK;
    if (i < end) {
      const c = charCodeAt.call(text, i);
      kind = c < 256 ? chars.table[c]! : c >= GENERAL_PUNCTUATION && c < GENERAL_PUNCTUATION + 256 ? chars.table[256 + c - GENERAL_PUNCTUATION]! : BAIL;
      if (kind === BAIL) return undefined;
      if (kind === WORD) {
        if (from < 0) { from = i; mixed = false; }
        if ((c >= 65 && c <= 90) || c >= 128) mixed = true;
      }
    }
    if (kind !== WORD && from >= 0) {
      const w = lowerCased(text.slice(from, i), mixed);
      from = -1;
      if (words !== undefined) words.push(w);
      else if (one === undefined) one = w;
      else if (two === undefined) two = w;
      else words = [one, two, w];
    }
  }
  return words ?? (two !== undefined ? [one!, two] : one !== undefined ? [one] : []);
}

const lowerCased = (word: string, mixed: boolean): string => (mixed ? word.toLowerCase() : word);

/** word.toLowerCase(), without the call for a word already in lower-case ASCII (most words): on a slice of a two-byte
 *  text it is a call into the runtime. */
export function lowerCase(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return word.toLowerCase();
  }
  return word;
}
