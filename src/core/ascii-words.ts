// Short texts (a speaker mention, a role, a statement's content) cut into lower-cased words by a character loop:
// nearly all are ASCII, curly apostrophes and dashes aside, and a Unicode regex split per call was most of the cost
// of the stages that read words. Each caller gives its word characters as a table; a character the table does not
// settle ends the fast path (undefined), and the caller's own Unicode regex decides for that text.

/** What a character is to a caller: part of a word, a break between words, or a reason to use the regex. */
export const WORD = 1;
export const BREAK = 0;
export const BAIL = 2;

export interface WordChars {
  /** By ASCII code. */
  ascii: Uint8Array;
  /** Characters past ASCII the caller knows; any other bails. */
  beyond: ReadonlyMap<number, number>;
}

/** A word-character table: ASCII letters are word characters, `word` adds others, `bail` sends to the regex. */
export function wordChars(word: string, bail = '', beyond: ReadonlyMap<number, number> = new Map()): WordChars {
  const ascii = new Uint8Array(128);
  for (let c = 65; c <= 90; c++) ascii[c] = ascii[c + 32] = WORD;
  for (const ch of word) ascii[ch.charCodeAt(0)] = WORD;
  for (const ch of bail) ascii[ch.charCodeAt(0)] = BAIL;
  return { ascii, beyond };
}

/** The lower-cased words of text[start, end), or undefined when a character needs the caller's regex. */
export function asciiWords(text: string, start: number, end: number, chars: WordChars): string[] | undefined {
  const words: string[] = [];
  let from = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const kind = c < 128 ? chars.ascii[c]! : chars.beyond.get(c) ?? BAIL;
    if (kind === BAIL) return undefined;
    if (kind === WORD) { if (from < 0) from = i; }
    else if (from >= 0) { words.push(text.slice(from, i).toLowerCase()); from = -1; }
  }
  if (from >= 0) words.push(text.slice(from, end).toLowerCase());
  return words;
}
