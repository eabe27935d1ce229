// Stage 2: pair quotation marks into quoted regions. Curly marks say which way they face; straight
// marks toggle. A paragraph that ends inside a quote continues it when the next paragraph opens
// with a mark (news style for multi-paragraph quotes); otherwise the quote ends with its paragraph.
import { PARA, PUNCT, QMARK, SQMARK, WORD, type Tokens } from './tokens';

export interface QuoteRegion {
  /** Token index of the opening mark. */
  open: number;
  /** Token index of the closing mark, or one past the last quoted token when the quote is never closed. */
  close: number;
  /** Character offsets of the quoted words, marks excluded. */
  start: number;
  end: number;
}

// By character code, not a Set of one-character strings: text[i] makes a new string for each curly mark.
/** “ „ « ‟ */
const isOpening = (c: number): boolean => c === 0x201c || c === 0x201e || c === 0xab || c === 0x201f;
/** ” » */
const isClosing = (c: number): boolean => c === 0x201d || c === 0xbb;

/**
 * The quotation being read, for `finish`: its opening mark's token (-1: none open) and the first paragraph break it
 * has crossed (-1: none), with the lists it fills. A state object for a module function rather than a closure over
 * findQuotes' variables: the closure kept them in a heap context that the scan read and wrote for every token, and the
 * bench's loader defines each named closure's name (a property definition per text).
 */
interface QuoteScan { text: string; t: Tokens; open: number; firstBreak: number; regions: QuoteRegion[]; regionOf: Int32Array }

/** Ends the open quotation (if any) at token `close`: a closing mark when `closed`, else a break or the text's end. */
function finish(q: QuoteScan, close: number, closed: boolean): void {
  const { open, t } = q;
  if (open < 0) return;
  if (!closed) {
    // Never closed: a straight mark opening paragraphs is a block-quote marker (a quoted article, a
    // transcript), not a quotation; a curly one keeps its first paragraph only.
    if (isStraight(q.text, t, open)) { q.open = -1; q.firstBreak = -1; return; }
    if (q.firstBreak >= 0) close = q.firstBreak;
  }
  q.firstBreak = -1;
  const last = closed ? close - 1 : close - 1;
  if (last > open) {
    const start = t.end[open]!;
    const end = closed ? t.start[close]! : t.end[last]!;
    if (end > start) {
      const id = q.regions.length;
      q.regions.push({ open, close: closed ? close : last + 1, start, end });
      const stop = closed ? close : last;
      for (let k = open; k <= stop; k++) q.regionOf[k] = id;
    }
  }
  q.open = -1;
}

export function findQuotes(text: string, t: Tokens): { regions: QuoteRegion[]; regionOf: Int32Array } {
  const q: QuoteScan = { text, t, open: -1, firstBreak: -1, regions: [], regionOf: new Int32Array(t.n).fill(-1) };
  // Single marks pair only outside double quotes and within a paragraph; they become ordinary quote
  // marks (QMARK) when paired, and plain punctuation otherwise (apostrophes of "troops' morale").
  pairSingleMarks(text, t);
  /** The next curly closing mark or paragraph break after the last straight mark met inside a curly quotation:
   *  every later straight mark before it has the same answer, so the scans never overlap and stay linear. */
  let ahead = -1;
  /** Likewise the next straight double mark after that one, before `ahead` (`ahead` when there is none). */
  let straightAhead = -1;
  for (let i = 0; i < t.n; i++) {
    const k = t.kind[i];
    if (k === PARA) {
      if (q.open >= 0) {
        // Multi-paragraph quote: the next paragraph re-opens with a mark and the quote goes on.
        const next = i + 1;
        if (next < t.n && t.kind[next] === QMARK && !isClosing(text.charCodeAt(t.start[next]!)) && isStraight(text, t, next) === isStraight(text, t, q.open)) {
          if (q.firstBreak < 0) q.firstBreak = i;
          i = next; // swallow the re-opening mark
          continue;
        }
        finish(q, i, false);
      }
      continue;
    }
    if (k !== QMARK) continue;
    const ch = text.charCodeAt(t.start[i]!);
    if (isOpening(ch) || isBackticks(text, t, i) || isDoubledCurlySingle(text, t, i, 0x2018)) {
      if (q.open >= 0 && openerTypedAsCloser(text, t, i)) { finish(q, i, true); continue; }
      if (q.open >= 0) finish(q, i, false);
      q.open = i;
    } else if (isClosing(ch) || isDoubledCurlySingle(text, t, i, 0x2019)) {
      if (q.open >= 0) finish(q, i, true);
      // A closing mark that starts a paragraph glued to a word opens a quote: some writers type ” for both
      // (HuffPost: `”Fear. I am truly afraid …” ― Edwin G. Monroy`). So does one before an ellipsis (Western Journal:
      // `” … he delivered a mix of conservative orthodoxy …,” Barabak wrote.`; 5 paragraphs in PolNeAR, all quotations).
      else if (closerOpensParagraph(text, t, i)) q.open = i;
    } else if (q.open >= 0) {
      // A straight mark inside a curly quotation is text while a curly closing mark follows in the paragraph
      // (`“"><svg …> is only text,” he said`). With none to come, a straight mark glued to the words before it closes
      // the quotation: writers mix marks (`“They’re considered … to them." she said`).
      if (isOpening(text.charCodeAt(t.start[q.open]!))) {
        if (ahead <= i) ahead = curlyCloserOrBreak(text, t, i + 1);
        if (i === 0 || t.end[i - 1] !== t.start[i]) continue;
        // Marks mixed the other way round (`“A," Trump said. "B.”`): a straight mark glued after a comma or period
        // closes the curly quotation when another straight mark comes before the curly closer, to open the next part.
        if (ahead < t.n && t.kind[ahead] !== PARA) {
          if (straightAhead <= i) straightAhead = straightMarkBefore(text, t, i + 1, ahead);
          const before = text.charCodeAt(t.start[i - 1]!);
          if (straightAhead >= ahead || (before !== 0x2c && before !== 0x2e)) continue;
        }
      }
      finish(q, i, true);
    } else {
      q.open = i;
    }
  }
  finish(q, t.n, false);
  return { regions: q.regions, regionOf: q.regionOf };
}

/** The first curly closing mark (” ») or paragraph break at or after token `from`, or t.n. */
function curlyCloserOrBreak(text: string, t: Tokens, from: number): number {
  let k = from;
  while (k < t.n && t.kind[k] !== PARA && !(t.kind[k] === QMARK && isClosing(text.charCodeAt(t.start[k]!)))) k++;
  return k;
}

/** The first straight double mark (") from token `from` on, before token `to`; `to` when there is none. */
function straightMarkBefore(text: string, t: Tokens, from: number, to: number): number {
  let k = from;
  while (k < to && !(t.kind[k] === QMARK && isStraight(text, t, k))) k++;
  return k;
}

/** An opening mark “ (token i) typed where the quotation closes (`…51 percent.“`, `“It's unusual,“ said Larry Noble`):
 *  glued after a word or . , ! ? and followed by a space, a closing bracket or the text's end. Read so only while a
 *  quotation is open; a “ glued to the word after it still opens one. */
function openerTypedAsCloser(text: string, t: Tokens, i: number): boolean {
  if (text.charCodeAt(t.start[i]!) !== 0x201c || i === 0 || t.end[i - 1] !== t.start[i]) return false;
  const before = text.charCodeAt(t.start[i]! - 1);
  if (!(t.kind[i - 1] === WORD || before === 0x2e || before === 0x2c || before === 0x21 || before === 0x3f)) return false;
  const at = t.end[i]!;
  if (at >= text.length) return true;
  const after = text.charCodeAt(at);
  return after === 0x20 || after === 0x0a || after === 0x0d || after === 0x09 || after === 0xa0 || after === 0x29 || after === 0x5d;
}

/** A closing mark (token i) that opens a quotation: at a paragraph's start, glued to a word or before an ellipsis. */
const closerOpensParagraph = (text: string, t: Tokens, i: number): boolean => (i === 0 || t.kind[i - 1] === PARA) && i + 1 < t.n &&
  ((t.kind[i + 1] === WORD && t.end[i] === t.start[i + 1]) || opensEllipsis(text, t, i + 1));

/** Token i is an ellipsis: "…" or the first of three periods. */
const opensEllipsis = (text: string, t: Tokens, i: number): boolean => t.kind[i] === PUNCT &&
  (text.charCodeAt(t.start[i]!) === 0x2026 || (text.charCodeAt(t.start[i]!) === 0x2e && text.startsWith('...', t.start[i]!)));

/** The token is a straight double mark ("). */
const isStraight = (text: string, t: Tokens, tok: number): boolean => text.charCodeAt(t.start[tok]!) === 0x22;

/** The token is a curly single mark typed twice for a double one, facing the way `mark` does: ‘‘ opens and ’’ closes
 *  (`“It was an attempt to mislead voters,’’ Will Moy … told the BBC.`, a saved New York Times page). Read as a straight
 *  mark it toggled, and the quotation ran on to the next “. */
const isDoubledCurlySingle = (text: string, t: Tokens, i: number, mark: number): boolean =>
  t.end[i]! - t.start[i]! === 2 && text.charCodeAt(t.start[i]!) === mark;

/** The token is the two-backtick opening mark ``. */
const isBackticks = (text: string, t: Tokens, i: number): boolean =>
  t.end[i]! - t.start[i]! === 2 && text.charCodeAt(t.start[i]!) === 0x60 && text.charCodeAt(t.start[i]! + 1) === 0x60;

/** /[\p{L}\p{N}]/u on one UTF-16 code unit: ASCII by comparison (nearly every mark is followed by ASCII), anything
 *  else by the regex, on a string of that unit as before. */
function isLetterOrNumber(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER_OR_NUMBER.test(String.fromCharCode(c));
}
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

function pairSingleMarks(text: string, t: Tokens): void {
  let doubleOpen = false;
  let single = -1;
  for (let i = 0; i < t.n; i++) {
    const k = t.kind[i];
    if (k === PARA) {
      if (single >= 0) t.kind[single] = PUNCT;
      single = -1;
      doubleOpen = false;
      continue;
    }
    if (k === QMARK) {
      const ch = text.charCodeAt(t.start[i]!);
      const len = t.end[i]! - t.start[i]!;
      if (len === 1) doubleOpen = isOpening(ch) ? !(doubleOpen && openerTypedAsCloser(text, t, i)) : isClosing(ch) ? closerOpensParagraph(text, t, i) : !doubleOpen;
      // A doubled single mark ('' ‘‘ ’’ ``) is a double mark too: a single quotation inside it is no quotation of its own.
      else doubleOpen = ch === 0x2018 || ch === 0x60 ? true : ch === 0x2019 ? false : !doubleOpen;
      continue;
    }
    if (k !== SQMARK) continue;
    t.kind[i] = PUNCT;
    if (doubleOpen) continue;
    const ch = text.charCodeAt(t.start[i]!);
    const next = t.end[i]! < text.length ? text.charCodeAt(t.end[i]!) : 32;
    const opensHere = ch !== 0x2019 && isLetterOrNumber(next);
    if (single < 0) {
      if (opensHere) single = i;
    } else if (!opensHere || ch === 0x2019) {
      t.kind[single] = QMARK;
      t.kind[i] = QMARK;
      single = -1;
    }
  }
  if (single >= 0) t.kind[single] = PUNCT;
}
