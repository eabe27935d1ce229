// Stage 1: a single linear scan that cuts the text into tokens (words, punctuation, quote marks,
// paragraph breaks). Everything downstream works on token indexes, never on regexes over the text,
// so the cost stays linear and per-token work stays tiny.

export const WORD = 1;
export const PUNCT = 2;
/** A quotation mark; quotes.ts decides whether it opens or closes. */
export const QMARK = 3;
/** A line break: a blank line between paragraphs is the engine's input format, and corpora also
 *  break paragraphs with a single newline; neither ever sits inside a sentence. */
export const PARA = 4;
/** A single quotation mark ('…' or ‘…’) that may open or close a quote; quotes.ts decides. */
export const SQMARK = 5;

export interface Tokens {
  n: number;
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  /** Lower-cased text of word tokens ('' for others). */
  lower: string[];
  /** 1 when the word starts with an upper-case letter. */
  cap: Uint8Array;
  /** Each word's slot (slotOfWord of its lower-cased text; 0 for other tokens), read in the scan from characters it has
   *  at hand. The tables keyed by slot (cues.ts, word-classes.ts) then turn most words away without reading their
   *  string: a word's slot was computed per sentence from its string's length (a load of each word's string, which
   *  sits elsewhere in memory) and three of the text's characters. */
  slot: Uint16Array;
}

/** Size of a table keyed by slot. */
export const SLOTS = 0x10000;
/** A hash of a word's length and its first, middle and last characters, in [0, SLOTS): words of one slot are found by
 *  comparing the few words a table holds there, without hashing the token's string. */
export const slotOf = (length: number, first: number, middle: number, last: number): number =>
  (((length * 31 + first) * 31 + middle) * 31 + last) & (SLOTS - 1);
export const slotOfWord = (w: string): number => slotOf(w.length, w.charCodeAt(0), w.charCodeAt(w.length >> 1), w.charCodeAt(w.length - 1));
/** ASCII upper case folded to lower, for a character known to be ASCII. */
const foldAscii = (ch: number): number => (ch >= 65 && ch <= 90 ? ch + 32 : ch);

const isLetterOrDigit = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000);

/** U+0080–U+00BF but the no-break space and the guillemets: inside a word only as bytes of a mis-decoded letter. */
const isMisdecodedByte = (c: number): boolean => c >= 0x80 && c <= 0xbf && c !== 0xa0 && c !== 0xab && c !== 0xbb;

const isUpper = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);

// Invisible joiners and byte-order marks count as spaces: they must not split or glue words.
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || (c >= 0x2000 && c <= 0x200f) ||
  c === 0x3000 || c === 0x2060 || c === 0xfeff || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f;

// Double quotation marks: " “ ” „ « ». Comparisons, not a Set: they run once per token.
const isDoubleMark = (c: number): boolean =>
  c === 0x22 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0xab || c === 0xbb || c === 0x201f;
const isApostrophe = (c: number): boolean => c === 0x27 || c === 0x2019 || c === 0x2018;

/** Three marks `c` from i close a single quotation and then a double one: glued after a word or punctuation and
 *  followed by no letter or digit (`one of us,'''`), where `'''College Bowl` opens the double one first. */
const closesTwoQuotations = (text: string, i: number, c: number): boolean => i + 2 < text.length && text.charCodeAt(i + 2) === c &&
  i > 0 && !isSpace(text.charCodeAt(i - 1)) && (i + 3 >= text.length || !isLetterOrDigit(text.charCodeAt(i + 3)));

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** The comma at `i` separates thousands: a digit before it, exactly three digits after it, and no letter or digit
 *  after those ("34,000 people", not "in 2014,2015" or "1,23"). */
const thousandsGroupAt = (text: string, i: number): boolean => i > 0 && isDigit(text.charCodeAt(i - 1)) && i + 3 < text.length &&
  isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 3)) &&
  (i + 4 >= text.length || !isLetterOrDigit(text.charCodeAt(i + 4)));

/**
 * The scan's character tests as bits per UTF-16 code unit, tabled once at load (64 KB): the scan reads one byte per
 * character instead of running isLetterOrDigit's and isSpace's chains of comparisons, which were a third of
 * tokenize's time. INNER: a mark kept inside a word when a letter or digit follows (see the word loop).
 */
const LETTER_OR_DIGIT = 1, SPACE = 2, INNER = 4;
const CLASS = ((): Uint8Array => {
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (isLetterOrDigit(c)) table[c]! |= LETTER_OR_DIGIT;
    if (isSpace(c)) table[c]! |= SPACE;
    if (isApostrophe(c) || c === 45 || c === 46 || isMisdecodedByte(c)) table[c]! |= INNER;
  }
  return table;
})();

/**
 * The whole text lower-cased in one call, when that keeps every offset (only U+0130 "İ" grows, to two
 * code units; no character shrinks), else null. Slicing an ASCII word out of it gives the same string as
 * lower-casing the word's slice, at a fraction of the cost: a toLowerCase call per word was a third of
 * tokenize (news text holds curly quotes, so it is a two-byte string and each call took the slow path).
 * Words with other characters are still lower-cased one by one: Greek final sigma depends on context.
 */
function lowerCasedText(text: string): string | null {
  const lowered = text.toLowerCase();
  return lowered.length === text.length ? lowered : null;
}

/** Tokens as they are appended: typed arrays with room to spare, and the count so far. */
interface TokenBuffer { n: number; start: Int32Array; end: Int32Array; kind: Uint8Array; cap: Uint8Array; slot: Uint16Array; lower: string[] }

/** Typed arrays for `size` tokens, all views of one buffer: one allocation (zero-filled, outside the heap) rather than five. */
function arraysFor(size: number): Pick<TokenBuffer, 'start' | 'end' | 'kind' | 'cap' | 'slot'> {
  const buffer = new ArrayBuffer(size * 12);
  return { start: new Int32Array(buffer, 0, size), end: new Int32Array(buffer, size * 4, size),
    slot: new Uint16Array(buffer, size * 8, size), kind: new Uint8Array(buffer, size * 10, size), cap: new Uint8Array(buffer, size * 11, size) };
}

/** Doubles the buffer's room (only when the text holds more tokens than a quarter of its length). */
function grow(b: TokenBuffer): void {
  const { start, end, kind, cap, slot } = arraysFor(b.start.length * 2);
  start.set(b.start); end.set(b.end); kind.set(b.kind); cap.set(b.cap); slot.set(b.slot);
  b.start = start; b.end = end; b.kind = kind; b.cap = cap; b.slot = slot;
}

/**
 * Appends a token; `w` is its lower-cased text for a word, '' for any other token, `slot` the word's slot (0 for others). A function of the buffer,
 * not a closure over tokenize's variables: the closure kept the count and the arrays in a heap context, which
 * every character of the scan then read and wrote through.
 */
function push(b: TokenBuffer, s: number, e: number, k: number, c: number, w: string, slot: number): void {
  const n = b.n;
  if (n === b.start.length) grow(b);
  b.start[n] = s; b.end[n] = e; b.kind[n] = k; b.cap[n] = c; b.slot[n] = slot;
  b.lower[n] = w;
  b.n = n + 1;
}

export function tokenize(text: string): Tokens {
  const cap0 = Math.max(16, text.length >> 2);
  const { start, end, kind, cap, slot } = arraysFor(cap0);
  const b: TokenBuffer = {
    n: 0, start, end, kind, cap, slot,
    // Sized like the typed arrays: grown by push from empty it was copied a dozen times (a tenth of all allocation).
    lower: new Array<string>(cap0),
  };
  const lowered = lowerCasedText(text);
  const len = text.length;
  let i = 0;
  let newlines = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (CLASS[c]! & SPACE) {
      if (c === 10) newlines++;
      i++;
      continue;
    }
    if (newlines >= 1 && b.n > 0 && b.kind[b.n - 1] !== PARA) push(b, i, i, PARA, 0, '', 0);
    newlines = 0;
    if (CLASS[c]! & LETTER_OR_DIGIT) {
      const s = i;
      let bits = c; // OR of the word's characters: below 128 means ASCII
      i++;
      while (i < len) {
        const d = text.charCodeAt(i);
        const k = CLASS[d]!;
        if (k & LETTER_OR_DIGIT) { bits |= d; i++; continue; }
        // Keep apostrophes, hyphens and inner periods ("Clinton’s", "U.S", "well-known", "3.5") inside a word, and the
        // Latin-1 signs and C1 controls of a mis-decoded letter ("FranÃ§ois", "GuantÃ¡namo": UTF-8 read as Latin-1).
        if ((k & INNER) && i + 1 < len && (CLASS[text.charCodeAt(i + 1)]! & LETTER_OR_DIGIT)) {
          bits |= d | text.charCodeAt(i + 1);
          i += 2;
          continue;
        }
        // A thousands separator stays inside its number ("1,409 teachers said", "at least 21,000 said"): split there,
        // the subject walk stopped at the comma and the mention began at "409".
        if (d === 44 && thousandsGroupAt(text, i)) { i += 4; continue; }
        break;
      }
      if (bits < 128 && lowered !== null) {
        // An ASCII word: its slot from the text's characters, folded, as they stand in the lower-cased word.
        const slot = slotOf(i - s, foldAscii(c), foldAscii(text.charCodeAt((s + i) >> 1)), foldAscii(text.charCodeAt(i - 1)));
        push(b, s, i, WORD, isUpper(c) ? 1 : 0, lowered.slice(s, i), slot);
      } else {
        const w = text.slice(s, i).toLowerCase();
        push(b, s, i, WORD, isUpper(c) ? 1 : 0, w, slotOfWord(w));
      }
      continue;
    }
    if (isDoubleMark(c)) {
      // An inch or seconds sign after a number (6" wide) is not a quotation mark.
      const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
      push(b, i, i + 1, c === 0x22 && prev >= 48 && prev <= 57 ? PUNCT : QMARK, 0, '', 0);
      i++;
      continue;
    }
    // Two apostrophes in a row stand for a double mark (''cultural war''). Three that close a quotation close the single
    // one inside first (''… 'Hey, he's one of us,''' Mr. English said): the first is read as a single mark below.
    if ((c === 0x27 || c === 0x2019 || c === 0x2018) && i + 1 < len && text.charCodeAt(i + 1) === c && !closesTwoQuotations(text, i, c)) { push(b, i, i + 2, QMARK, 0, '', 0); i += 2; continue; }
    if (c === 0x60 && i + 1 < len && text.charCodeAt(i + 1) === 0x60) { push(b, i, i + 2, QMARK, 0, '', 0); i += 2; continue; }
    if (c === 0x27 || c === 0x2018 || c === 0x2019) {
      // Single marks outside words: word-initial ones may open a quote, word-final ones may close it.
      const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
      const next = i + 1 < len ? text.charCodeAt(i + 1) : 32;
      const opens = c !== 0x2019 && !isLetterOrDigit(prev) && isLetterOrDigit(next);
      const closes = c !== 0x2018 && !isLetterOrDigit(next) && !isSpace(prev);
      push(b, i, i + 1, opens || closes ? SQMARK : PUNCT, 0, '', 0);
      i++;
      continue;
    }
    // Astral characters (emoji, flags) are one token: a span edge never splits a surrogate pair.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) { push(b, i, i + 2, PUNCT, 0, '', 0); i += 2; continue; }
    push(b, i, i + 1, PUNCT, 0, '', 0);
    i++;
  }
  b.lower.length = b.n;
  return { n: b.n, start: b.start, end: b.end, kind: b.kind, lower: b.lower, cap: b.cap, slot: b.slot };
}
