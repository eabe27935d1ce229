// Stage 5: from each cue to a frame — who (speaker tokens) and what (content characters).
// Orientation decides everything: the speaker before the cue with the content after
// ("X said (that) …", "X told Reuters …"), or the content before a tail ("…, X said." /
// "“…,” said X"), "according to X" either way, the passive "a claim denied by Kyiv", the nominal
// "X's claim that …", and the participle ", saying …" that borrows the sentence's subject.
import { type Context, closesQuote, isWord, opensQuote, punct, word } from './context';
import type { Cue } from './cues';
import type { Sentence } from './sentences';
import { nounPhraseEndingAt, skipAddressee, speakerAfter, subjectBefore, type TokenSpan } from './speakers';
import { CLAUSE_SHARE, CUE_SHARE, TAKES_ADDRESSEE } from './lexicon';

/** Prepositions that end an object content ("attacked Machado in early-morning tweets"). */
const OBJECT_ENDS = new Set(['in', 'on', 'at', 'during', 'since', 'after', 'before', 'when', 'while', 'because', 'with', 'to', 'from', 'by', 'which', 'who']);

export interface Frame {
  cue: Cue;
  speaker: TokenSpan | null;
  /** Possessive speakers ("Trump's claim") end before the "'s". */
  speakerEndTrim: number;
  start: number;
  end: number;
  /** 'before' = content precedes the cue (tail), 'after' = content follows. */
  side: 'before' | 'after';
  score: number;
}

type Orientation = { speaker: TokenSpan | null; side: 'before' | 'after'; trim: number; nominal?: boolean; contentFirst: number; contentLast: number };

export const OBJECT_CUT_DEFAULT = 0.5;
let OBJECT_CUT = OBJECT_CUT_DEFAULT;
export const setObjectCut = (v: number): void => { OBJECT_CUT = v; };

const EDGE_PUNCT = new Set([',', '.', ';', ':', '—', '–', '-', '(', ')', '!', '?']);

/** Sentence that ends with ':' and a paragraph that is a quotation after it. */
export function quoteInNextParagraph(c: Context, s: Sentence): number {
  const j = s.to;
  if (punct(c, s.to - 1) !== ':') return -1;
  const k = j < c.t.n && c.t.kind[j] === 4 ? j + 1 : j;
  return k < c.t.n && opensQuote(c, k) ? c.regionOf[k]! : -1;
}

/** Decide who speaks and on which side the content lies. */
function orient(c: Context, s: Sentence, cue: Cue, earlier: Orientation[]): Orientation | null {
  if (cue.weak) {
    // Weak cue words speak only right after a named or pronoun subject: "Clinton now says", "Trump charges".
    const sp = subjectBefore(c, cue.first, s.from);
    if (!sp || sp.last !== cue.first - 1) return null;
    const head = word(c, sp.last);
    if (!c.t.cap[sp.last] && !['he', 'she', 'they', 'i', 'we'].includes(head)) return null;
    if (sp.first > s.from && !isWord(c, sp.first - 1) && punct(c, sp.first - 1) !== '') return null;
    return { speaker: sp, side: 'after', trim: 0, contentFirst: cue.last + 1, contentLast: s.to - 1 };
  }
  const { first, last } = cue;
  const w = word(c, cue.head);
  const before = first - 1;
  if (cue.according) {
    const sp = accordingSource(c, last + 1, s.to);
    if (!sp) return null;
    // "According to X, …" opens the sentence; "…, according to X" closes it.
    let lead = s.from;
    while (lead < first && (!isWord(c, lead) || ['but', 'and', 'also', 'yet', 'so'].includes(word(c, lead)))) lead++;
    if (lead === first) {
      let k = sp.last + 1;
      while (k < s.to && punct(c, k) === ',') k++;
      return { speaker: sp, side: 'after', trim: 0, contentFirst: k, contentLast: s.to - 1 };
    }
    return { speaker: sp, side: 'before', trim: 0, contentFirst: s.from, contentLast: before };
  }
  // Nominal with a possessor: "Mr. Trump's claims that …".
  if (before >= s.from && isWord(c, before)) {
    const pw = word(c, before);
    if (pw.endsWith("'s") || pw.endsWith('’s')) {
      const sp = nounPhraseEndingAt(c, before, s.from);
      // PolNeAR's mention keeps the possessive ("Donald Trump’s"); `nominal` marks the frame for its comma rule.
      if (sp) return { speaker: sp, side: 'after', trim: 0, nominal: true, contentFirst: last + 1, contentLast: s.to - 1 };
    }
  }
  // Passive: "a claim denied by Kyiv".
  if (last + 1 < s.to && word(c, last + 1) === 'by' && isWord(c, last + 1)) {
    const sp = speakerAfter(c, last + 2, s.to);
    // The thing reported/denied: back to the start of its clause.
    let objFirst = before;
    while (objFirst - 1 >= s.from && (isWord(c, objFirst - 1) || punct(c, objFirst - 1) === '.' || punct(c, objFirst - 1) === "'")) objFirst--;
    if (sp && objFirst <= before) return { speaker: sp, side: 'before', trim: 0, contentFirst: objFirst, contentLast: before };
  }
  // A coordinated verb: "Mr. Schultz generally supported Democrats …, and said he did not …" — the
  // speaker is the subject of the sentence (or of the frame before it).
  if (before >= s.from && isWord(c, before) && word(c, before) === 'and' && !w.endsWith('ing')) {
    const prev = earlier.length ? earlier[earlier.length - 1]! : null;
    const sp = prev?.speaker ?? sentenceSubject(c, s, before);
    if (sp && sp.last < before) return { speaker: sp, side: 'after', trim: 0, contentFirst: last + 1, contentLast: s.to - 1 };
  }
  // Participle after a comma: ", saying …" — the speaker is the subject of an earlier frame.
  if (w.endsWith('ing') && punct(c, before) === ',') {
    const prev = earlier.length ? earlier[earlier.length - 1]! : null;
    const sp = prev?.speaker ?? sentenceSubject(c, s, first);
    return sp ? { speaker: sp, side: 'after', trim: 0, contentFirst: last + 1, contentLast: s.to - 1 } : null;
  }
  // Inverted tail: "“…,” said X" / "…, said X".
  if (before >= s.from && (punct(c, before) === ',' || closesQuote(c, before))) {
    const sp = speakerAfter(c, last + 1, s.to);
    // "…, said he cannot…" is a subject with an appositive, not an inversion: the speaker must close the clause.
    if (sp && (closesQuote(c, before) || sp.last + 1 >= s.to || !isWord(c, sp.last + 1))) {
      return { speaker: sp, side: 'before', trim: 0, contentFirst: s.from, contentLast: before };
    }
  }
  const sp = subjectBefore(c, first, s.from);
  if (!sp) {
    // A cue at the very start of a headline-like clause has no speaker: content follows.
    return null;
  }
  const pre = sp.first - 1;
  const after = last + 1;
  const opensContent = after < s.to && (opensQuote(c, after) || ((punct(c, after) === ',' || punct(c, after) === ':') && after + 1 < s.to && opensQuote(c, after + 1)));
  if (pre >= s.from && closesQuote(c, pre)) return { speaker: sp, side: 'before', trim: 0, contentFirst: s.from, contentLast: pre };
  if (pre >= s.from && !opensContent && (punct(c, pre) === ',' || punct(c, pre) === '—' || punct(c, pre) === '–')) {
    // Tail: "…, sources said." — only when the frame closes its clause.
    const closes = after >= s.to || EDGE_PUNCT.has(punct(c, after)) || !isWord(c, after) || TAKES_ADDRESSEE.has(w) ||
      ['in', 'on', 'at', 'during', 'last', 'this', 'earlier', 'recently', 'later', 'yesterday', 'today', 'tuesday', 'monday',
        'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'after', 'before', 'when', 'while', 'of', 'about', 'to', 'for'].includes(word(c, after));
    // "In Honolulu last week, he told …" / "Though that was seamless, he said …": an opening phrase
    // before the comma is not a content when the frame goes on after its cue.
    const intro = isWord(c, s.from) && (INTRO_OPENERS.has(word(c, s.from)) || SUBORDINATORS.has(word(c, s.from)) || word(c, s.from).endsWith('ing'));
    let commas = 0;
    for (let j = s.from; j < pre; j++) if (punct(c, j) === ',') commas++;
    const goesOn = after + 2 < s.to && isWord(c, after) && isWord(c, after + 1);
    if (closes && intro && commas === 0 && goesOn) return { speaker: sp, side: 'after', trim: 0, contentFirst: last + 1, contentLast: s.to - 1 };
    if (closes) {
      // A parenthetical frame ("Climate change, Mr. Obama often says, is the greatest …") sits inside its content.
      if (punct(c, after) === ',' && after + 1 < s.to && isWord(c, after + 1) && c.regionOf[after + 1]! < 0 && !word(c, after + 1).endsWith('ing')) {
        return { speaker: sp, side: 'before', trim: 0, contentFirst: s.from, contentLast: s.to - 1 };
      }
      return { speaker: sp, side: 'before', trim: 0, contentFirst: s.from, contentLast: pre };
    }
  }
  return { speaker: sp, side: 'after', trim: 0, contentFirst: last + 1, contentLast: s.to - 1 };
}

/** "according to reports", "according to a senior campaign official": any phrase up to the comma or the end. */
function accordingSource(c: Context, begin: number, to: number): TokenSpan | null {
  let k = begin;
  while (k < to && c.regionOf[k]! < 0 && (isWord(c, k) || ['.', '-', "'", '’', '&', '(', ')'].includes(punct(c, k))) && k - begin < 16) k++;
  let last = k - 1;
  while (last >= begin && !isWord(c, last) && punct(c, last) !== ')') last--;
  return last >= begin ? { first: begin, last } : null;
}

/** The first name or pronoun of a sentence, for participles that have no subject of their own. */
function sentenceSubject(c: Context, s: Sentence, limit: number): TokenSpan | null {
  for (let k = s.from; k < limit; k++) {
    if (c.regionOf[k]! >= 0) continue;
    if (!isWord(c, k)) continue;
    const w = word(c, k);
    if (['he', 'she', 'they', 'we', 'i'].includes(w)) return { first: k, last: k };
    if (c.t.cap[k] && k + 1 < limit) {
      const np = speakerAfter(c, k, limit);
      if (np && !['but', 'and', 'in', 'on', 'at', 'after', 'while', 'when', 'meanwhile', 'the', 'a', 'as', 'later', 'earlier', 'on'].includes(w)) return np;
    }
  }
  return null;
}

/** Words that open an adjunct between a cue and its "that" ("at a campaign stop in Toledo, Ohio, that"). */
const ADJUNCT_OPENERS = new Set(['at', 'in', 'on', 'during', 'after', 'before', 'to', 'from', 'with', 'while', 'last', 'this',
  'earlier', 'later', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today']);
const SUBORDINATORS = new Set(['though', 'although', 'while', 'when', 'if', 'because', 'since', 'once', 'until', 'unless', 'whether', 'after', 'before']);

/** Words that open an introductory phrase which PolNeAR leaves out of a content ("As it stands, …"). */
const INTRO_OPENERS = new Set(['as', 'in', 'on', 'at', 'after', 'before', 'during', 'since', 'with', 'under', 'last', 'earlier',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'meanwhile', 'still',
  'however', 'instead', 'separately', 'overall', 'ultimately', 'now', 'then', 'for', 'by', 'among']);

/** Skip a dateline ("WASHINGTON ―") and a short introductory phrase ending in a comma at a content's start. */
function skipSentenceOpening(c: Context, first: number, last: number): number {
  let k = first;
  // Dateline: capitalised words (and a bracketed agency) before a dash.
  let d = k;
  while (d <= last && d - k < 6 && (isWord(c, d) ? isAllCaps(c, d) : ['(', ')', ','].includes(punct(c, d)))) d++;
  if (d > k && d <= last && (punct(c, d) === '―' || punct(c, d) === '—' || punct(c, d) === '–' || (punct(c, d) === '-' && punct(c, d + 1) === '-'))) {
    k = d + 1;
    while (k <= last && punct(c, k) === '-') k++;
  }
  if (k <= last && isWord(c, k) && INTRO_OPENERS.has(word(c, k))) {
    for (let j = k + 1; j <= last && j - k <= 6; j++) {
      if (c.regionOf[j]! >= 0) break;
      if (punct(c, j) === ',') return j + 1 <= last ? j + 1 : k;
      if (!isWord(c, j)) break;
    }
  }
  return k;
}

function isAllCaps(c: Context, i: number): boolean {
  const w = c.text.slice(c.t.start[i]!, c.t.end[i]!);
  return w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase();
}

const COORDINATORS = new Set(['and', 'but']);

/**
 * A content running forward ends where the sentence's subject starts a second statement
 * ("tweeted that Machado was “a con” and encouraged Americans …", "is promising lower taxes …, but he has
 * also intensified …"). (Cutting a quoted phrase before a following adjunct or dash was measured: −0.7 F1.)
 */
function cutCoordination(c: Context, first: number, last: number): number {
  for (let k = first + 1; k < last; k++) {
    if (c.regionOf[k]! >= 0) continue;
    let j = k;
    if (punct(c, j) === ',' && j + 1 < last) j++;
    if (!isWord(c, j) || !COORDINATORS.has(word(c, j)) || j + 1 > last) continue;
    const nw = word(c, j + 1);
    const subject = ['he', 'she', 'they', 'it'].includes(nw);
    const v = subject ? j + 2 : j + 1;
    if (v > last || !isWord(c, v)) continue;
    let vv = v;
    while (vv < last && isWord(c, vv) && ['has', 'have', 'had', 'also', 'then', 'later', 'is', 'was', 'will', 'would'].includes(word(c, vv))) vv++;
    if ((CUE_SHARE.get(word(c, vv)) ?? 0) >= 0.4 || (subject && vv > v)) return k - 1;
    // "… and Democrats accused the GOP of …": a new named subject with its own cue verb.
    if (c.t.cap[j + 1]) {
      let e = j + 1;
      while (e < last && e - j < 5 && isWord(c, e) && c.t.cap[e]) e++;
      if (isWord(c, e) && !c.t.cap[e] && (CUE_SHARE.get(word(c, e)) ?? 0) >= 0.4) return k - 1;
    }
  }
  return last;
}

/** Where a content that runs forward must stop: before the next frame in the sentence. */
function isBreaker(c: Context, k: number, breakers: Set<number>): boolean {
  return breakers.has(k) || punct(c, k) === ';';
}

export function buildFrames(c: Context, s: Sentence, cues: Cue[]): Frame[] {
  const orients: (Orientation | null)[] = [];
  const done: Orientation[] = [];
  const breakers = new Set<number>();
  for (const cue of cues) {
    const o = orient(c, s, cue, done);
    orients.push(o);
    if (!o) continue;
    done.push(o);
    if (o.side === 'before') {
      // The tail's own start (a comma or dash before its speaker or its object) ends earlier contents.
      const b = Math.min(cue.first, o.speaker ? o.speaker.first : cue.first, o.contentFirst > s.from ? o.contentFirst : cue.first) - 1;
      if (b >= s.from && !isWord(c, b)) breakers.add(b);
      if (o.contentFirst > s.from && !isWord(c, o.contentFirst - 1)) breakers.add(o.contentFirst - 1);
    } else if (punct(c, cue.first - 1) === ',') breakers.add(cue.first - 1);
    else if (o.speaker && o.speaker.first - 1 > s.from && punct(c, o.speaker.first - 1) === ',') breakers.add(o.speaker.first - 1);
  }
  const frames: Frame[] = [];
  cues.forEach((cue, idx) => {
    const o = orients[idx];
    if (!o) return;
    let first = o.contentFirst, last = o.contentLast;
    if (o.side === 'after') {
      if (TAKES_ADDRESSEE.has(word(c, cue.head)) && !cue.according) first = skipAddressee(c, first, s.to);
      while (first <= last && (punct(c, first) === ',' || punct(c, first) === ':')) first++;
      const nextPara = first > last ? quoteInNextParagraph(c, s) : -1;
      if (nextPara >= 0) {
        const r = c.regions[nextPara]!;
        frames.push(frame(cue, o, r.start, r.end));
        return;
      }
      if (first <= last && opensQuote(c, first)) {
        // Direct: "He said: “…”" — the quotation and any that follow it in the paragraph.
        const r = c.regions[c.regionOf[first]!]!;
        // The whole content when it ends the sentence, or when it ends with its own period (`said, “….” link`).
        const closesSentence = r.close - 1 > r.open && ['.', '?', '!'].includes(punct(c, r.close - 1));
        if (r.close >= last - 1 || closesSentence) {
          frames.push(frame(cue, o, r.start, extendQuote(c, r.close, r.end)));
          return;
        }
      } else {
        // "said on Tuesday that …", "said at a campaign stop in Toledo, Ohio, that …": the content
        // starts at the complementizer; adjuncts before it may hold commas when they open with a preposition.
        const adjunct = isWord(c, first) && ADJUNCT_OPENERS.has(word(c, first));
        for (let k = first; k <= last && k < first + (adjunct ? 14 : 3); k++) {
          if (!isWord(c, k) && !(adjunct && punct(c, k) === ',')) break;
          if (word(c, k) === 'that') { first = k; break; }
        }
        // "adding later, “NATO is costing us …”": a quotation a few words on is the content.
        for (let k = first; k <= last && k < first + 4; k++) {
          if (opensQuote(c, k) && (punct(c, k - 1) === ',' || punct(c, k - 1) === ':')) { first = k; break; }
          if (!isWord(c, k) && punct(c, k) !== ',' && punct(c, k) !== ':') break;
        }
      }
      for (let k = first + 1; k <= last; k++) if (c.regionOf[k]! < 0 && isBreaker(c, k, breakers)) { last = k - 1; break; }
      // A nominal with a possessor ("Mr. Trump's claims that …, all of …") ends at its comma.
      if (o.nominal) for (let k = first + 1; k <= last; k++) if (punct(c, k) === ',' && c.regionOf[k]! < 0) { last = k - 1; break; }
      last = cutCoordination(c, first, last);
      // An object rather than a clause: stop at the first comma or adjunct preposition.
      if (first <= last && word(c, first) !== 'that' && (cue.prep || (CLAUSE_SHARE.get(word(c, cue.head)) ?? 1) < OBJECT_CUT)) {
        for (let k = first + 2; k <= last; k++) {
          if (c.regionOf[k]! >= 0) continue;
          if (punct(c, k) === ',' || (isWord(c, k) && OBJECT_ENDS.has(word(c, k)))) { last = k - 1; break; }
        }
      }
    } else {
      // Content before the cue: a quotation closing right before it is the whole content.
      let k = last;
      while (k >= first && (punct(c, k) === ',' || punct(c, k) === '—' || punct(c, k) === '–')) k--;
      if (k >= first && closesQuote(c, k)) {
        const r = c.regions[c.regionOf[k]!]!;
        const tailEnd = Math.max(cue.last, o.speaker?.last ?? cue.last) + 1;
        // Words before the quotation in the same sentence are part of what was said (mixed):
        // `With thousands of systems, “there is no single point of failure,” he said.`
        let lead = r.open > first && r.open - first <= 14 && c.regionOf[first]! < 0 ? skipSentenceOpening(c, first, r.open) : -1;
        for (let j = first; lead >= 0 && j < r.open; j++) if (punct(c, j) === ':' || c.t.kind[j] === 3) lead = -1;
        const start = lead >= 0 && lead < r.open ? c.t.start[lead]! : r.start;
        frames.push(frame(cue, o, start, continueAfterTail(c, s, tailEnd, r.end)));
        return;
      }
      last = k;
      first = skipSentenceOpening(c, first, last);
    }
    while (first <= last && (EDGE_PUNCT.has(punct(c, first)) || (c.t.kind[first] === 3 && !opensQuote(c, first)))) first++;
    while (last >= first && (EDGE_PUNCT.has(punct(c, last)) || (c.t.kind[last] === 3 && !closesQuote(c, last)))) last--;
    if (first > last) return;
    // A quoted region cut in the middle by the sentence edge: keep the whole region.
    let start = c.t.start[first]!, end = c.t.end[last]!;
    if (opensQuote(c, first)) start = c.regions[c.regionOf[first]!]!.start;
    if (closesQuote(c, last)) end = c.regions[c.regionOf[last]!]!.end;
    if (end > start) frames.push(frame(cue, o, start, end));
  });
  return frames;
}

function frame(cue: Cue, o: Orientation, start: number, end: number): Frame {
  return { cue, speaker: o.speaker, speakerEndTrim: o.trim, start, end, side: o.side, score: cue.score };
}

/** After `“A,” he said`, a quotation that resumes (`, “B.”`) and quoted sentences after it belong to the same content. */
export function continueAfterTail(c: Context, s: Sentence, from: number, end: number): number {
  // Inside the rest of the sentence: a quotation resuming after the tail (`, “B.”`) continues the
  // content, unless a participle frame came first (`, adding that it would take "more hours"`).
  let participle = false;
  let k = from;
  for (; k < s.to && k < c.t.n; k++) {
    if (c.t.kind[k] === 4) return end;
    if (opensQuote(c, k)) {
      if (participle) return end;
      const r = c.regions[c.regionOf[k]!]!;
      return extendQuote(c, r.close, r.end);
    }
    if (isWord(c, k) && word(c, k).endsWith('ing')) participle = true;
  }
  // A quoted sentence right after, in the same paragraph (`“A,” Mr. Obama said on Saturday. “B.”`),
  // unless it has a frame of its own (`“B,” she said`).
  if (k < c.t.n && opensQuote(c, k)) {
    const r = c.regions[c.regionOf[k]!]!;
    const after = r.close + 1;
    if (after >= c.t.n || c.t.kind[after] === 4 || ['.', '?', '!'].includes(punct(c, after)) || opensQuote(c, after)) return extendQuote(c, r.close, r.end);
  }
  return end;
}

/** A quoted sentence that follows in the same paragraph with no frame of its own continues the quote. */
function extendQuote(c: Context, close: number, end: number): number {
  let k = close + 1;
  for (;;) {
    while (k < c.t.n && c.t.kind[k] === 2 && punct(c, k) !== '') {
      const p = punct(c, k);
      if (p !== '.' && p !== ',' && p !== ')') break;
      k++;
    }
    if (k < c.t.n && opensQuote(c, k)) {
      const r = c.regions[c.regionOf[k]!]!;
      // Only when the quotation is followed by the end of its paragraph or sentence.
      const after = r.close + 1;
      const p = after < c.t.n ? punct(c, after) : '';
      if (after >= c.t.n || c.t.kind[after] === 4 || p === '' && c.t.kind[after] !== 1 || (p !== ',' && p !== '')) {
        end = r.end;
        k = after;
        continue;
      }
    }
    return end;
  }
}
