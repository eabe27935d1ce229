// Public entry of the engine: text in, attributions out. Pure and total: never throws, every span
// lies inside the text with start < end, cost linear in the text's length.
//   tokens → quotes → sentences → cues → frames → assemble → speakers resolved → stance
import type { AnalyseOptions, Analysis, Attribution } from './types';
import { PARA, tokenize } from './tokens';
import { unreadClasses } from './word-classes';
import { findQuotes } from './quotes';
import { splitSentences } from './sentences';
import { type Cue, findCues } from './cues';
import type { Sentence } from './sentences';
import { buildFrames, type Frame } from './frames';
import { assemble } from './assemble';
import { settleNestedStatements } from './nesting';
import { askedQuestionFrame, colonIntroFrame, colonQuoteFrame, colonSpeakerFrame, leadingCueFrame, nextAsked, quoteTailFrame } from './quote-frames';
import type { Context } from './context';
import { resolveSpeakers } from './entities/index';
import { assignStance } from './stance';
export type * from './types';

/** Check the clock every this many sentences: Date.now() is cheap, and a page budget of 40 ms must bite on
 *  articles of 20–80 sentences. */
const BUDGET_STRIDE = 8;

/** With a budget, the text read at all is capped at this many characters per millisecond of budget, cut at a
 *  paragraph break. Tokens, quote pairing and sentence splitting run over the whole text before the first
 *  clock check; on a 20,000-paragraph page they alone used up a 40 ms budget and nothing was returned.
 *  Capping the prefix keeps what is found early (the top of the page) and leaves time for it. The engine
 *  reads ~4,000 chars/ms on one idle core; 1,000 leaves room for a loaded machine. The clock is
 *  first read after one stride of sentences, so a budget spent before the loop still yields the first ones. */
const BUDGET_CHARS_PER_MS = 1_000;

/** The top of a page is always read whole, whatever the clock says: this many characters, a screen or two of an
 *  article. On a loaded machine (a CI run with its tests in parallel) tokenizing the budgeted prefix cold could use up
 *  the span stages' share before the first clock check, and the statements of the first paragraphs were lost. */
const ALWAYS_READ_CHARS = 4_000;

/** The span stages stop at this share of the budget: resolving speakers and stances of what they found takes the
 *  rest (on a huge page both ran past the budget, and a 40 ms budget became a 200 ms task on a busy machine). */
const SPAN_SHARE_OF_BUDGET = 0.6;

export function analyse(text: string, options: AnalyseOptions = {}): Analysis {
  if (typeof text !== 'string' || text.length === 0) return { attributions: [], truncated: false };
  try {
    return run(text, options);
  } catch {
    // The engine must never break a page: a bug costs this article's statements, nothing more.
    return { attributions: [], truncated: true };
  }
}

function run(fullText: string, options: AnalyseOptions): Analysis {
  const { text, attributions, truncated } = spansWithin(fullText, options, findCues);
  // Speakers are resolved within the text the spans came from: on a huge page that is the budgeted prefix,
  // and indexing the names of the whole page would undo the budget.
  safely(() => resolveSpeakers(text, attributions));
  safely(() => assignStance(text, attributions));
  return { attributions: attributions.filter((a) => isSane(text, a)), truncated };
}

/** The cue stage, replaceable so analysis scripts can measure the later stages with gold cues. */
export type CueFinder = (c: Context, s: Sentence) => readonly Cue[];

/** The span stages alone: statements with their quote, cue and speaker mention as written, before speakers
 *  are resolved and stances assigned (exported for the throughput analysis of the stages). */
export function findStatementSpans(fullText: string, options: AnalyseOptions = {}, cueFinder: CueFinder = findCues): Analysis {
  const { attributions, truncated } = spansWithin(fullText, options, cueFinder);
  return { attributions, truncated };
}

/** The span stages over the text a budget allows (the whole text without one), with that text. */
function spansWithin(fullText: string, options: AnalyseOptions, cueFinder: CueFinder): Analysis & { text: string } {
  const started = Date.now();
  const budget = options.budgetMs;
  const text = budget === undefined ? fullText : budgetedPrefix(fullText, budget);
  const t = tokenize(text);
  const { regions, regionOf } = findQuotes(text, t);
  const sentences = splitSentences(text, t, regionOf, (k) => regionOf[k]! >= 0 && regions[regionOf[k]!]!.close === k);
  const c: Context = { text, t, regions, regionOf, sentences, classes: unreadClasses(t) };
  const frames: Frame[] = [];
  let truncated = text.length < fullText.length;
  // The first colon at or after the current sentence (text.length: none). colonQuoteFrame reads every token of a
  // sentence for one; a sentence without a colon character is passed over by this cursor, which only moves forward.
  let colonAt = -1;
  // Likewise the first place that may hold "asked" (askedQuestionFrame reads every token of a sentence for it).
  let askedAt = -1;
  for (let si = 0; si < sentences.length; si++) {
    if (budget !== undefined && si > 0 && si % BUDGET_STRIDE === 0 && t.start[sentences[si]!.from]! > ALWAYS_READ_CHARS
        && Date.now() - started > budget * SPAN_SHARE_OF_BUDGET) { truncated = true; break; }
    const s = sentences[si]!;
    const tail = quoteTailFrame(c, s, sentences[si + 1]);
    if (tail) frames.push(tail);
    const intro = colonIntroFrame(c, s);
    if (intro) frames.push(intro);
    const leading = leadingCueFrame(c, s);
    if (leading) frames.push(leading);
    if (askedAt < t.start[s.from]!) askedAt = nextAsked(text, t.start[s.from]!);
    const asked = askedAt < t.end[s.to - 1]! ? askedQuestionFrame(c, s) : null;
    if (asked) frames.push(asked);
    if (colonAt < t.start[s.from]!) colonAt = nextColon(text, t.start[s.from]!);
    const colonQuote = colonAt < t.end[s.to - 1]! ? colonQuoteFrame(c, s) : null;
    if (colonQuote) frames.push(colonQuote);
    const colon = colonSpeakerFrame(c, s, s.from === 0 || t.kind[s.from - 1] === PARA);
    if (colon) frames.push(colon);
    const cues = cueFinder(c, s);
    if (cues.length) buildFrames(c, s, cues, frames);
  }
  return { text, attributions: settleNestedStatements(text, assemble(c, frames).filter((a) => isSane(text, a)), regions), truncated };
}

/** Offset of the first colon at or after `from`, or text.length when there is none. */
function nextColon(text: string, from: number): number {
  const at = text.indexOf(':', from);
  return at < 0 ? text.length : at;
}

/** The longest prefix of `text` ending at a paragraph break that fits the budget (the whole text if it fits).
 *  Offsets into the prefix are offsets into the text. */
function budgetedPrefix(text: string, budgetMs: number): string {
  const cap = Math.max(0, Math.floor(budgetMs * BUDGET_CHARS_PER_MS));
  if (text.length <= cap) return text;
  const cut = text.lastIndexOf('\n\n', cap);
  return text.slice(0, cut > 0 ? cut : cap);
}

function safely(step: () => void): void {
  try { step(); } catch { /* a later stage failing leaves the spans as found */ }
}

// Module-level rather than a closure per call: analyse runs this twice per attribution.
function spanOk(s: { start: number; end: number } | null, length: number): boolean {
  return !s || (Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= length && s.start < s.end);
}

function isSane(text: string, a: Attribution): boolean {
  return a.quote !== null && spanOk(a.quote, text.length) && spanOk(a.cue, text.length) && spanOk(a.speaker, text.length);
}
