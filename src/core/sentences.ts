// Stage 3: sentence boundaries on tokens. A quotation stays in one sentence with its frame
// (`“A. B,” he said.`), but a period right before a closing mark DOES end the sentence after the
// mark (`He said, “A.” Then…`). A paragraph break always ends a sentence (headlines have no period).
import { PARA, PUNCT, QMARK, WORD, type Tokens } from './tokens';

export interface Sentence {
  /** First token index. */
  from: number;
  /** One past the last token index. */
  to: number;
}

// Words whose period never ends a sentence: titles and initials stand before a name.
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'reps', 'sens', 'gov', 'gen', 'lt', 'col', 'sgt', 'st', 'prof',
  'rev', 'hon', 'pres', 'maj', 'capt', 'cmdr', 'adm', 'supt', 'messrs', 'mt', 'ft', 'no', 'vs', 'v', 'jan', 'feb', 'mar',
  'apr', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'gens', 'ret', 'det', 'insp', 'atty', 'u.s']);

/** A party and a state's abbreviation: "r-wis", "d-calif", "r-n.h". */
const PARTY_TAG = /^[rdi]-[a-z][a-z.]{0,5}$/;

const PLACE_ABBREVIATIONS = new Set(['u.s', 'u.k', 'u.n', 'd.c', 'e.u', 'l.a', 'n.y', 'a.m', 'p.m']);

/** "U.N.", "U.K.", "E.U." may end a sentence, but not before the name of one of their bodies or posts ("told the U.N.
 *  General Assembly that …", "the U.N. Security Council"; "U.S." never ends one, see TITLES). PolNeAR train and dev:
 *  8 such names, none after a sentence's end; a saved Washington Post page lost "Obama told the U.N. General Assembly
 *  … that he would seek …" to the split. */
const BODY_ABBREVIATIONS = new Set(['u.k', 'u.n', 'e.u']);
const BODIES = new Set(['general', 'security', 'secretary', 'secretary-general', 'ambassador', 'envoy', 'human', 'high',
  'special', 'charter', 'women', 'refugee', 'climate', 'commission', 'council', 'parliament', 'prime', 'foreign', 'home',
  'trade', 'mission', 'office', 'court', 'government']);

/** . ! ? … by character code (text[i] makes a string per token; for … a new one each time). */
const isTerminal = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 0x2026;

export function splitSentences(text: string, t: Tokens, regionOf: Int32Array, closeOf: (tok: number) => boolean): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  for (let i = 0; i < t.n; i++) {
    const k = t.kind[i];
    if (k === PARA) { cut(out, from, i); from = i + 1; continue; }
    if (k !== PUNCT || !isTerminal(text.charCodeAt(t.start[i]!))) continue;
    if (text.charCodeAt(t.start[i]!) === 46 && i > 0 && t.kind[i - 1] === WORD && t.end[i - 1] === t.start[i]) {
      const w = t.lower[i - 1]!;
      if (TITLES.has(w)) continue;
      if (BODY_ABBREVIATIONS.has(w) && i + 1 < t.n && t.kind[i + 1] === WORD && BODIES.has(t.lower[i + 1]!)) continue;
      // "then-Sen. Barack Obama", "ex-Rep. Ron Paul", "(D-Calif.)": a title or a party's state after a hyphen.
      const hyphen = w.lastIndexOf('-');
      if (hyphen > 0 && (TITLES.has(w.slice(hyphen + 1)) || PARTY_TAG.test(w))) continue;
      if (w.length === 1 && t.cap[i - 1]) continue; // an initial: George W. Bush
      // Dotted initials before a name ("Rep. G.K. Butterfield"), but "the U.S." may end a sentence.
      if (w.length <= 5 && w.includes('.') && !PLACE_ABBREVIATIONS.has(w) && /^([a-z]\.)+[a-z]$/.test(w)) continue;
    }
    // Take the closers that belong to this end: more marks, a closing quote, a bracket.
    let j = i + 1;
    let closedQuote = false;
    while (j < t.n) {
      const kj = t.kind[j];
      if (kj === PUNCT && (isTerminal(text.charCodeAt(t.start[j]!)) || text.charCodeAt(t.start[j]!) === 41)) { j++; continue; }
      if (kj === QMARK && closeOf(j)) { closedQuote = true; j++; continue; }
      break;
    }
    // Inside an open quotation the sentence goes on (the quote is kept whole)…
    if (!closedQuote && regionOf[i]! >= 0) continue;
    if (j >= t.n || t.kind[j] === PARA) { from = cut(out, from, j); continue; }
    // …and after one, a new sentence starts only with something that can start a sentence.
    const kn = t.kind[j];
    if ((kn === WORD && (t.cap[j] || isDigit(text.charCodeAt(t.start[j]!)))) || kn === QMARK || text.charCodeAt(t.start[j]!) === 40) from = cut(out, from, j);
  }
  cut(out, from, t.n);
  let longest = 0;
  for (const x of out) if (x.to - x.from > longest) longest = x.to - x.from;
  return longest > MAX_SENTENCE_TOKENS ? capLengths(text, t, out) : out;
}

/**
 * The most tokens a sentence may hold. The span stages scan a sentence once per cue in it (for a subject, for where
 * a content ends), so one run-on sentence costs the square of its length: a page of "he unleashed tweets early
 * saying …" 8,000 times with no full stop took 67 s. PolNeAR's longest sentence (train and dev) is 329 tokens, so
 * no real sentence is cut.
 */
export const MAX_SENTENCE_TOKENS = 600;
/** How far back from the cap a comma is looked for, to cut a run-on sentence between clauses. */
const CAP_COMMA_WINDOW = 150;

/** Cuts every sentence longer than MAX_SENTENCE_TOKENS into pieces that are not, each after a comma where one is near. */
function capLengths(text: string, t: Tokens, sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const { from, to } of sentences) {
    let start = from;
    while (to - start > MAX_SENTENCE_TOKENS) {
      let end = start + MAX_SENTENCE_TOKENS;
      for (let k = end - 1; k > end - CAP_COMMA_WINDOW; k--) {
        if (t.kind[k] === PUNCT && text.charCodeAt(t.start[k]!) === 44) { end = k + 1; break; }
      }
      out.push({ from: start, to: end });
      start = end;
    }
    out.push({ from: start, to });
  }
  return out;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Ends the sentence that started at token `from` before token `to` (none if empty); the next starts at `to`. A
 *  function, not a closure made per text: under the bench's loader each named closure also has its name defined. */
function cut(out: Sentence[], from: number, to: number): number {
  if (to > from) out.push({ from, to });
  return to;
}
