// Frames found from the quotation rather than from a cue word: a sentence that opens with a quote
// and ends in a short attribution tail (`“…,” Vitter demanded.`, `“…” ― Pamela Padilla`,
// `“…,” said Rep. G.K. Butterfield (D-N.C.)`), and transcript or headline speakers (`PENCE: …`,
// `Pat Caddell: Democrat Voters Worried …`). Any verb may close a quotation, so these need no lexicon.
import { type Context, closesQuote, isWord, opensQuote, punct, word } from './context';
import { PARA, PUNCT, QMARK } from './tokens';
import { isAux, type Cue } from './cues';
import type { Frame } from './frames';
import { continueAfterTail, NOT_SUBJECT_OPENERS, quoteInNextParagraph } from './frames';
import { CUE_SHARE, SPEAKER_SHARE } from './lexicon';
import { headlineSubject, subjectBefore } from './speakers';
import { accordingTailAfter, beFormBefore, sentenceSubject } from './orient';
import { CLAUSE_OPENERS, PRONOUNS } from './lexicon';
import type { Sentence } from './sentences';
import type { QuoteRegion } from './quotes';
import { speakerAfter, withRestrictiveRelative } from './speakers';
import { isDash } from './content-edges';

const DASHES = new Set(['―', '—', '–']);
const LEADING_CUES = new Set(['said', 'says', 'added', 'adds', 'asked', 'asks', 'wrote', 'writes', 'explained', 'continued', 'recalled', 'noted', 'tweeted']);
const NOT_SPEAKERS = new Set(['update', 'note', 'photo', 'video', 'watch', 'read', 'related', 'source', 'sources', 'editor',
  'correction', 'clarification', 'disclosure', 'q', 'a', 'breaking', 'exclusive', 'listen', 'see', 'more', 'also', 'warning', 'image', 'credit',
  // Section labels before a byline or a box ("Analysis: Jon Sopel, BBC News, Washington").
  'analysis', 'opinion', 'column', 'commentary', 'explainer', 'context', 'background', 'factbox', 'timeline', 'highlights',
  'advertisement', 'caption', 'share', 'follow', 'subscribe', 'topics', 'tags', 'published', 'updated', 'by',
  // Credits and contact lines ("Contributing: Grant Miller", "Twitter: @Milbank", "BYLINE: Amber Phillips") and
  // clickbait rubrics before a headline ("BUSTED: Emails Reveal …", "Wow: Al Sharpton Just Said …").
  'contributing', 'twitter', 'email', 'e-mail', 'byline', 'paid', 'stat', 'look', 'wow', 'boom', 'busted', 'revealed',
  'bombshell', 'just']);
/** A quotation's tail outranks an ordinary cue frame on the same words: above plain "said" (0.96 with shares counted
 *  outside quotations), below a cue with its "that" (0.99). */
const SCORE = 0.97;
/** A tail may open with a determiner: `“…,” my father often said.`, `“…,” the mayor said.` */
const TAIL_DETERMINERS = new Set(['my', 'his', 'her', 'their', 'our', 'the', 'a', 'an', 'one', 'another', 'two', 'several']);

const isDigits = (c: Context, i: number): boolean => { const ch = c.text.charCodeAt(c.t.start[i]!); return ch >= 48 && ch <= 57; };

const cueAt = (first: number, last: number = first): Cue => ({ first, last, head: last, score: SCORE, according: false });

/** The frame of a quotation's tail: the quote region `r` before, the cue and speaker after it. A function, not a
 *  closure made for every sentence: under the bench's loader each named closure also had its name defined. */
function tailFrame(c: Context, s: Sentence, r: QuoteRegion, cue: Cue, speaker: { first: number; last: number }): Frame {
  const tailEnd = Math.max(cue.last, speaker.last) + 1;
  return { cue, speaker, speakerEndTrim: 0, start: r.start, end: continueAfterTail(c, s, tailEnd, r.end), side: 'before', score: SCORE };
}

/** A quotation's tail frame, unless ", according to …" closes the tail: in "“I’ll be voting [on March 1],” Welch said,
 *  according to Vermont Edition." PolNeAR marks one statement, the source's, whose content runs through "Welch said"
 *  (the according-to frame); the quoted speaker's own is none of its. */
export function quoteTailFrame(c: Context, s: Sentence, next: Sentence | undefined): Frame | null {
  const f = quoteTail(c, s, next);
  return f?.speaker && accordingTailAfter(c, s, Math.max(f.cue.last, f.speaker.last) + 1) ? null : f;
}

function quoteTail(c: Context, s: Sentence, next: Sentence | undefined): Frame | null {
  if (!opensQuote(c, s.from)) return null;
  const r = c.regions[c.regionOf[s.from]!]!;
  let k = r.close + 1;
  let longTail = false;
  if (k >= s.to) {
    // `“…?” Vitter demanded.` — the mark ended the sentence; a short tail sentence right after it still belongs.
    if (!next || next.from !== s.to || !isWord(c, next.from)) return null;
    // A longer one only when no more than an adjunct follows its verb: train `“…!!!” McDonough wrote in a September
    // 16, 2012 email to top State officials.`, `“…?” Miller, a retired worker from a nuclear plant, said pleasantly into
    // the phone.` (train: 3 statements made right, 1 more made, wrong).
    longTail = next.to - next.from > 12;
    if (longTail && next.to - next.from > LONG_TAIL) return null;
    s = { from: s.from, to: next.to };
  }
  const f = quoteTailAt(c, s, r, k);
  return f && longTail && !adjunctOnlyAfter(c, Math.max(f.cue.last, f.speaker!.last) + 1, s.to) ? null : f;
}

/** Most tokens in a tail sentence after a quotation's closing "?" or "!". */
const LONG_TAIL = 40;

/** Prepositions that open an adjunct of the tail's verb ("said at a news conference", "wrote in an email"). */
// Not "of": `“How do we win Loudoun?” Will Estrada, …, said of the encounter he had last week with Trump.` says what
// the words were about, and the sentence is a statement of its own.
const TAIL_ADJUNCT_LEADS = new Set(['at', 'in', 'on', 'during', 'into', 'after', 'before', 'while', 'from']);

/** Does only an adjunct follow token k-1 to the sentence's end: nothing but its closing mark, or a preposition of
 *  TAIL_ADJUNCT_LEADS, after at most one -ly adverb ("said pleasantly into the phone")? Not with "according to" in it:
 *  in `“…?” O’Malley said at a press conference, according to the Las Vegas Sun.` the statement is the paper's. */
function adjunctOnlyAfter(c: Context, k: number, to: number): boolean {
  if (k < to && isWord(c, k) && word(c, k).endsWith('ly')) k++;
  if (k >= to - 1) return true;
  if (!isWord(c, k) || !TAIL_ADJUNCT_LEADS.has(word(c, k))) return false;
  for (let j = k + 1; j < to; j++) if (isWord(c, j) && word(c, j) === 'according') return false;
  return true;
}

/** The tail frame of the quotation region r opening sentence s, its tail starting at token k. */
function quoteTailAt(c: Context, s: Sentence, r: QuoteRegion, k: number): Frame | null {
  while (k < s.to && punct(c, k) === ',') k++;
  if (k >= s.to) return null;
  if (DASHES.has(punct(c, k))) {
    const sp = speakerAfter(c, k + 1, s.to);
    return sp && c.t.cap[sp.first] ? tailFrame(c, s, r, cueAt(k), sp) : null;
  }
  if (!isWord(c, k)) return null;
  const w = word(c, k);
  if (!c.t.cap[k] && !PRONOUNS.has(w) && !TAIL_DETERMINERS.has(w)) {
    // Inverted: "…,” said Rep. Butterfield"; also "…,” the ad’s narrator says".
    if (CLAUSE_OPENERS.has(w) && w !== 'said' && w !== 'says' && w !== 'asked' && w !== 'told') {
      return null;
    }
    const sp = withRestrictiveRelative(c, speakerAfter(c, k + 1, s.to), s.to);
    // `“…,” former Gov. Jeb Bush of Florida said`: a lower-case modifier opens the speaker when a verb follows
    // the name; only then is the first word not the verb.
    if (sp && c.t.cap[sp.first] && !tailVerb(c, k)) {
      const first = punct(c, sp.last + 1) === ',' ? sp.last + 2 : sp.last + 1;
      const v = pastAuxiliaries(c, first, s.to);
      if (v < s.to && tailVerb(c, v)) return tailFrame(c, s, r, { first, last: v, head: v, score: SCORE, according: false }, { first: k, last: sp.last });
    }
    if (sp && (c.t.cap[sp.first] || PRONOUNS.has(word(c, sp.first)))) return tailFrame(c, s, r, cueAt(k), sp);
    return null;
  }
  if (PRONOUNS.has(w) && (w === 'it' || w === 'that' || w === 'which' || w === 'you' || w === 'we' || w === 'i')) return null;
  let sp = speakerAfter(c, k, s.to);
  if (sp && sp.last === k && TAIL_DETERMINERS.has(w)) sp = determinerPhrase(c, k, s.to);
  if (!sp) return null;
  let v = sp.last + 1;
  // An abbreviation's period before the comma: `“…,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday`.
  if (punct(c, v) === '.' && punct(c, v + 1) === ',') v++;
  // An age between commas is no verb: `“…,” Sarandon, 69, told MSNBC`.
  if (punct(c, v) === ',' && isWord(c, v + 1) && isDigits(c, v + 1) && punct(c, v + 2) === ',') v += 2;
  // An appositive between commas belongs to the speaker: `“…,” Senate Majority Leader Mitch McConnell, R-Ky., said
  // Tuesday`, `“…,” Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing the EPA, said`.
  if (punct(c, v) === ',' && !(isWord(c, v + 1) && !c.t.cap[v + 1] && (isAux(word(c, v + 1)) || tailVerb(c, v + 1)))) {
    const j = appositiveEnd(c, v, s.to);
    if (j > v) { sp = { first: sp.first, last: j - 1 }; v = j; }
  }
  if (punct(c, v) === ',') v++;
  const first = v;
  v = pastAuxiliaries(c, v, s.to);
  if (v >= s.to || !isWord(c, v) || c.t.cap[v]) return null;
  const vw = word(c, v);
  if (CLAUSE_OPENERS.has(vw) && vw !== 'said' && vw !== 'says' && vw !== 'asked' && vw !== 'told') return null;
  const later = tailVerb(c, v) ? -1 : verbAfterTitle(c, v, s.to);
  if (later > 0) return tailFrame(c, s, r, { first: later, last: later, head: later, score: SCORE, according: false }, { first: sp.first, last: later - 1 });
  return tailFrame(c, s, r, { first, last: v, head: v, score: SCORE, according: false }, sp);
}

/** `“…,” DoubleLine Capital portfolio manager Bonnie Baha said`, `“…,” the committee chairmen wrote`, `“…,” CBS This
 *  Morning co-Anchor DeMarco Morgan said`: the word after the name that speakerAfter stopped at (`v`) is no verb of
 *  the tail but a title's word, when a tail verb follows over names and words seen in speakers only. Returns that
 *  verb's token, or -1 ("Trump shot back at reporters" stops at "back"). */
function verbAfterTitle(c: Context, v: number, to: number): number {
  if ((CUE_SHARE.get(word(c, v)) ?? 0) > 0) return -1;
  for (let j = v + 1; j < to && j <= v + 4; j++) {
    if (!isWord(c, j)) return -1;
    if (tailVerb(c, j)) return j;
    if (!c.t.cap[j] && !SPEAKER_SHARE.has(word(c, j))) return -1;
  }
  return -1;
}

/** The first token from `v` on that is not a lower-case auxiliary or adverb ("has", "also", "quickly"): where a
 *  tail's verb stands. */
function pastAuxiliaries(c: Context, v: number, to: number): number {
  while (v < to && isWord(c, v) && !c.t.cap[v] && isAux(word(c, v))) v++;
  return v;
}

/** Words that may close a tail phrase as its verb: seen as cues, or a past tense. */
const tailVerb = (c: Context, k: number): boolean => isWord(c, k) && !c.t.cap[k] && ((CUE_SHARE.get(word(c, k)) ?? 0) >= 0.3 || word(c, k).endsWith('ed'));

const APPOSITIVE_PUNCT = new Set([',', '.', '(', ')', '-', "'", '’', '&']);

/** The comma closing an appositive that opens at comma `k` and is followed by the tail's verb (auxiliaries
 *  allowed), within 25 tokens; -1 when there is none. */
function appositiveEnd(c: Context, k: number, to: number): number {
  for (let j = k + 1; j < to && j <= k + 25; j++) {
    if (!isWord(c, j) && !APPOSITIVE_PUNCT.has(punct(c, j))) return -1;
    if (punct(c, j) !== ',' || j === k + 1) continue;
    const v = pastAuxiliaries(c, j + 1, to);
    if (v < to && tailVerb(c, v)) return j;
  }
  return -1;
}

/**
 * `“…,” the physicians stated`, `“…,” the production company said`: a determiner and the words up to the first
 * verb of saying, when those words are new to the lexicon (speakerAfter would stop at the determiner and take
 * the noun for the verb).
 */
function determinerPhrase(c: Context, k: number, to: number): { first: number; last: number } | null {
  if (!TAIL_DETERMINERS.has(word(c, k))) return null;
  for (let v = k + 2; v < to && v <= k + 4; v++) {
    if (!isWord(c, v - 1) || (c.t.cap[v - 1] && v - 1 > k)) return null;
    if (!tailVerb(c, v)) continue;
    let last = v - 1;
    while (last > k && isAux(word(c, last))) last--;
    return last > k ? { first: k, last } : null;
  }
  return null;
}

/** `PENCE: Gennifer Flowers will not…` / `Pat Caddell: Democrat Voters Worried…` — to the paragraph's end. */
export function colonSpeakerFrame(c: Context, s: Sentence, paragraphStart: boolean): Frame | null {
  if (!paragraphStart) return null;
  let k = s.from;
  if (c.t.kind[k] === 3) k++;
  const first = k;
  while (k < s.to && k - first < 5 && ((isWord(c, k) && c.t.cap[k]) || (punct(c, k) === '.' && k > first))) k++;
  // A headline's "Obama on Climate Change: The Trends Are 'Terrifying.'", "Clinton to Planned Parenthood: Trump will
  // …": the name before a preposition and its capitalized topic speaks.
  const topic = s.from === 0 && k > first ? headlineTopicEnd(c, s, k) : -1;
  const speakerLast = k - 1;
  if (topic > 0) k = topic;
  if (k === first || k >= s.to - 1 || punct(c, k) !== ':') return null;
  if (k - first === 1 && NOT_SPEAKERS.has(word(c, first))) return null;
  if (NOT_SPEAKERS.has(word(c, first))) return null;
  // "Editor’s Note: The following is …"
  if (NOT_SPEAKERS.has(word(c, first).replace(/['’]s$/, ''))) return null;
  // "The Latest: Trump urges supporters …" is a rubric, not a speaker.
  if (TAIL_DETERMINERS.has(word(c, first))) return null;
  // Content: to the end of the paragraph.
  let e = k + 1;
  while (e < c.t.n && c.t.kind[e] !== 4) e++;
  let last = e - 1;
  let start = k + 1;
  while (start <= last && (c.t.kind[start] === 3 || punct(c, start) !== '')) start++;
  while (last >= start && (punct(c, last) !== '' || c.t.kind[last] === 3)) last--;
  if (start > last) return null;
  // A tally ("Sanders: 46", "Pledged: 781") or a list of names ("Iowa: Tim Albrecht, Brad Anderson, …") is no statement.
  if (isDigits(c, start) || (c.text[c.t.start[start]!] === '$' && start + 1 <= last && isDigits(c, start + 1))) return null;
  if (isNameList(c, start, last)) return null;
  // "Carly Fiorina Endorses Ted Cruz: I Am …": a headline's label holds its verb, capitalized like the name; the
  // speaker ends before it, as for a headline's subject.
  const speaker = headlineSubject(c, { first, last: speakerLast });
  return { cue: cueAt(k), speaker, speakerEndTrim: 0, start: c.t.start[start]!, end: c.t.end[last]!, side: 'after', score: SCORE };
}

/** Prepositions between a headline's speaker and the topic before its colon. */
const TOPIC_PREPOSITIONS = new Set(['on', 'to', 'at', 'about', 'in']);

/** The colon after "on Climate Change" when token k opens a preposition and one to four capitalized words close the
 *  phrase; -1 otherwise. */
function headlineTopicEnd(c: Context, s: Sentence, k: number): number {
  if (!isWord(c, k) || !TOPIC_PREPOSITIONS.has(word(c, k))) return -1;
  let j = k + 1;
  while (j < s.to && j - k <= 4 && isWord(c, j) && c.t.cap[j]) j++;
  return j > k + 1 && j < s.to - 1 && punct(c, j) === ':' ? j : -1;
}

/** Capitalised words and commas only, with at least two commas: a list of names, not a sentence. */
function isNameList(c: Context, start: number, last: number): boolean {
  let commas = 0;
  for (let k = start; k <= last; k++) {
    if (punct(c, k) === ',') { commas++; continue; }
    if (punct(c, k) === '.' || punct(c, k) === "'" || punct(c, k) === '’' || punct(c, k) === '-') continue;
    if (!isWord(c, k) || (!c.t.cap[k] && word(c, k) !== 'and')) return false;
  }
  return commas >= 2;
}

/** `The New York Times reports:` closing a paragraph whose next paragraph is a quotation. */
export function colonIntroFrame(c: Context, s: Sentence): Frame | null {
  const q = quoteInNextParagraph(c, s);
  if (q < 0) return blockQuoteFrame(c, s);
  // "President Clinton released the following statement:", "Sanders made the following comment:": whatever the verb,
  // the quotation that follows is the subject's (PolNeAR: 3 of the 3 such paragraphs before a quotation).
  const verb = verbBeforeFollowing(c, s);
  if (verb > s.from) {
    const sp = subjectBefore(c, verb, s.from);
    const r = c.regions[q]!;
    if (sp) return { cue: { first: verb, last: s.to - 1, head: verb, score: SCORE, according: false }, speaker: sp, speakerEndTrim: 0, start: r.start, end: r.end, side: 'after', score: SCORE };
  }
  for (let k = s.to - 2; k >= s.from && s.to - k < 12; k--) {
    if (!isWord(c, k) || c.regionOf[k]! >= 0 || c.t.cap[k]) continue;
    if ((CUE_SHARE.get(word(c, k)) ?? 0) < 0.15) continue;
    const sp = subjectBefore(c, k, s.from);
    if (!sp) return null;
    const r = c.regions[q]!;
    return { cue: cueAt(k), speaker: sp, speakerEndTrim: 0, start: r.start, end: r.end, side: 'after', score: SCORE };
  }
  return null;
}

/** Words before "the following" that are no verb ("in the following way", "of the following"). */
const NOT_FOLLOWING_VERBS = new Set(['in', 'of', 'on', 'at', 'for', 'with', 'by', 'to', 'from', 'about', 'and', 'or', 'is', 'was', 'are', 'were', 'be']);

/** The verb of a sentence ending "VERB the following [one or two words]:", or -1. */
function verbBeforeFollowing(c: Context, s: Sentence): number {
  const colon = s.to - 1;
  if (punct(c, colon) !== ':') return -1;
  for (let k = colon - 1; k >= s.from + 2 && colon - k <= 3; k--) {
    if (!isWord(c, k)) return -1;
    if (word(c, k) === 'following' && word(c, k - 1) === 'the' && isWord(c, k - 2) && !c.t.cap[k - 2] && !NOT_FOLLOWING_VERBS.has(word(c, k - 2))) return k - 2;
  }
  return -1;
}

/** The most paragraphs a marked block quotation runs over (PolNeAR's longest quotation opened by a straight mark: 9). */
const MAX_BLOCK_PARAGRAPHS = 12;

/** Token k is a straight mark opening a paragraph that has more than the mark. */
const blockMark = (c: Context, k: number): boolean => k + 1 < c.t.n && c.t.kind[k] === QMARK && c.text.charCodeAt(c.t.start[k]!) === 0x22 &&
  c.t.kind[k + 1] !== PARA && (k === 0 || c.t.kind[k - 1] === PARA);

/**
 * `Limbaugh added:` ¶ `And from a supposed front-runner, …` — a paragraph ending in "Name VERB:" introduces the next
 * paragraph as a block quotation without marks (Breitbart, transcripts). Only a verb of saying right before the
 * colon counts ("… (all times EST):" ¶ "6:01 p.m." is a list), and not a tweet's markup.
 */
function blockQuoteFrame(c: Context, s: Sentence): Frame | null {
  const colon = s.to - 1, k = s.to - 2;
  if (k <= s.from || punct(c, colon) !== ':' || c.t.kind[s.to] !== PARA) return null;
  if (!isWord(c, k) || c.t.cap[k] || c.regionOf[k]! >= 0 || (CUE_SHARE.get(word(c, k)) ?? 0) < 0.4) return null;
  const sp = subjectBefore(c, k, s.from);
  if (!sp) return null;
  let first = s.to;
  while (first < c.t.n && c.t.kind[first] === PARA) first++;
  // A straight mark that opens the paragraph and is never closed marks the block quotation (Breitbart: `Caddell
  // continued:` ¶ `"The health issue overall is …`); the words after it are the content, and so are the paragraphs
  // after it that open with such a mark (`Dr. Ward stated:` ¶ `"…` ¶ `"…` ¶ `"… door."`).
  const marked = blockMark(c, first);
  if (marked) first++;
  if (first >= c.t.n || c.t.kind[first] === QMARK || punct(c, first) === '<') return null;
  let last = first;
  // At most MAX_BLOCK_PARAGRAPHS paragraphs: every "X said:" inside a marked block scans the rest of it, so an unbounded
  // run of them would make the pass quadratic.
  for (let paragraphs = 1; ; paragraphs++) {
    while (last + 1 < c.t.n && c.t.kind[last + 1] !== PARA) last++;
    let next = last + 1;
    while (next < c.t.n && c.t.kind[next] === PARA) next++;
    if (!marked || paragraphs >= MAX_BLOCK_PARAGRAPHS || next >= c.t.n || !blockMark(c, next)) break;
    last = next + 1;
  }
  while (last > first && (punct(c, last) === '.' || punct(c, last) === ',' || (c.t.kind[last] === QMARK && c.text.charCodeAt(c.t.start[last]!) === 0x22))) last--;
  return { cue: cueAt(k), speaker: sp, speakerEndTrim: 0, start: c.t.start[first]!, end: c.t.end[last]!, side: 'after', score: SCORE };
}

/** `Said Ellis: “I don’t get the sense …”` — a cue opening the sentence, its speaker, then the quotation. */
export function leadingCueFrame(c: Context, s: Sentence): Frame | null {
  const k = s.from;
  const asked = askedClauseFrame(c, s);
  if (asked) return asked;
  if (!isWord(c, k) || !c.t.cap[k] || !LEADING_CUES.has(word(c, k))) return null;
  const sp = speakerAfter(c, k + 1, s.to);
  if (!sp) return null;
  let q = sp.last + 1;
  if (punct(c, q) === ':' || punct(c, q) === ',') q++;
  if (q >= s.to || !opensQuote(c, q)) return null;
  const r = c.regions[c.regionOf[q]!]!;
  return { cue: cueAt(k), speaker: sp, speakerEndTrim: 0, start: r.start, end: r.end, side: 'after', score: SCORE };
}

/**
 * `Asked about Trump's declaration that it had been a bomb, Clinton said, …`, `When asked if he was ever bullied, …`:
 * the question put to the speaker is a statement with no source in PolNeAR (39 of 45 sentence-opening "Asked" are
 * cues in train), its content running from the cue (after "about") to the clause's comma.
 */
function askedClauseFrame(c: Context, s: Sentence): Frame | null {
  let k = s.from;
  if (isWord(c, k) && word(c, k) === 'when' && k + 1 < s.to) k++;
  if (!isWord(c, k) || word(c, k) !== 'asked' || !c.t.cap[s.from]) return null;
  let first = k + 1;
  if (first < s.to && isWord(c, first) && word(c, first) === 'about') first++;
  // "When asked by a reporter whether …": the asker is no content.
  if (first < s.to && isWord(c, first) && word(c, first) === 'by') return null;
  for (let e = first + 1; e < s.to - 1 && e - first < 40; e++) {
    if (c.regionOf[e]! >= 0 || punct(c, e) !== ',') continue;
    return { cue: { first: k, last: first > k + 1 ? k + 1 : k, head: k, score: SCORE, according: false }, speaker: null, speakerEndTrim: 0, start: c.t.start[first]!, end: c.t.end[e - 1]!, side: 'after', score: SCORE };
  }
  return null;
}

/** Words after "was asked" that open the question itself ("was asked if she'd ever been discriminated against"). */
const QUESTION_OPENERS = new Set(['if', 'whether', 'about', 'what', 'how', 'why', 'who', 'which', 'where', 'when']);
/** Words before a bare "asked" that make it a clause of its own ("… said when asked whether he would …"). */
const ASKED_LEADS = new Set(['when', 'after', 'before', 'once', 'while', 'if', 'until']);

/**
 * `Christie said when asked whether he would issue a quarantine …`, `the actress was asked if she'd ever been
 * discriminated against`: the question put to someone, with no one named to ask it, is a statement with no source
 * in PolNeAR, its content the question (after "about") up to the clause's comma. The sentence-opening case is
 * askedClauseFrame's.
 */
export function askedQuestionFrame(c: Context, s: Sentence): Frame | null {
  for (let k = s.from + 1; k < s.to - 1; k++) {
    if (!isWord(c, k) || c.regionOf[k]! >= 0 || word(c, k) !== 'asked') continue;
    const be = beFormBefore(c, k, s.from);
    const bare = isWord(c, k - 1) && ASKED_LEADS.has(word(c, k - 1));
    const passive = be >= 0 && isWord(c, k + 1) && QUESTION_OPENERS.has(word(c, k + 1));
    if (!bare && !passive) continue;
    let first = k + 1;
    if (isWord(c, first) && word(c, first) === 'about') first++;
    if (first >= s.to || (isWord(c, first) && word(c, first) === 'by')) return null;
    let last = s.to - 1;
    for (let e = first + 1; e < s.to && e - first < 40; e++) {
      if (c.regionOf[e]! >= 0) continue;
      if (punct(c, e) === ',' || punct(c, e) === ';' || punct(c, e) === '—') { last = e - 1; break; }
    }
    while (last > first && !isWord(c, last) && !closesQuote(c, last)) last--;
    if (last - first > 40) return null;
    const cueFirst = passive ? be : k;
    return { cue: { first: cueFirst, last: first > k + 1 ? k + 1 : k, head: k, score: SCORE, according: false }, speaker: null, speakerEndTrim: 0,
      start: c.t.start[first]!, end: c.t.end[last]!, side: 'after', score: SCORE };
  }
  return null;
}

/**
 * Where the text may hold the word "asked", in any case: the letters a-s-k-e-d case-blind, the Unicode way, so that
 * the Kelvin sign (which lower-cases to "k", as tokens.ts lower-cases words) matches too. Every token
 * askedQuestionFrame looks for lies at or after such a place; a sentence before the next one is passed over without
 * reading its tokens.
 */
const ASKED_LETTERS = /asked/giu;

/** Offset of the first place at or after `from` that may hold "asked", or text.length when there is none. */
export function nextAsked(text: string, from: number): number {
  ASKED_LETTERS.lastIndex = from;
  return ASKED_LETTERS.test(text) ? ASKED_LETTERS.lastIndex - 'asked'.length : text.length;
}

/**
 * `The piece used one of the woman’s quotes as its headline: “Finally. Someone who thinks like me.”` —
 * a colon then a quotation that ends the sentence: the clause's subject said it (weaker than any cue frame).
 */
export function colonQuoteFrame(c: Context, s: Sentence): Frame | null {
  for (let k = s.from + 2; k < s.to - 1; k++) {
    // The colon by its character code: punct() made a string of every punctuation token of every sentence.
    if (c.t.kind[k] !== PUNCT || c.text.charCodeAt(c.t.start[k]!) !== 58 || !opensQuote(c, k + 1) || c.regionOf[k]! >= 0) continue;
    const r = c.regions[c.regionOf[k + 1]!]!;
    if (r.close < s.to - 2) return null;
    let from = s.from;
    // The clause before the colon starts after a comma or after a spaced dash that closes an aside ("If we lived in
    // normal times -- with perspective … -- a reader would now ask: ''WHAT? …''").
    for (let j = k - 1; j > s.from; j--) if ((punct(c, j) === ',' || (isDash(c, j) && c.t.start[j + 1]! > c.t.end[j]!)) && c.regionOf[j]! < 0) { from = j + 1; break; }
    const sp = sentenceSubject(c, { from, to: s.to }, k);
    // "…, which, I’m going to read you the question: “As you know, …”": no subject opens with "I'm" (frames.ts).
    if (!sp || NOT_SUBJECT_OPENERS.has(word(c, sp.first))) return null;
    return { cue: { first: k, last: k, head: k, score: 0.3, according: false }, speaker: sp, speakerEndTrim: 0, start: r.start, end: r.end, side: 'after', score: 0.3 };
  }
  return null;
}
