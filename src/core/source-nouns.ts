// "complaints from his American counterpart that China's glut of factories …", "an admission from Elizabeth Warren that
// reinstating the law would not have prevented a crisis", "the feeling among many Americans that the country is
// sliding away …": a noun of saying or attitude whose holder follows "from" or "among", and whose "that" clause says
// what they hold. PolNeAR makes the noun phrase after the preposition the source and the "that" clause the content.
import { type Context, DASHES, isWord, punct, word } from './context';
import type { Sentence } from './sentences';

/** Nouns of saying or attitude that take a "that" clause. */
const SOURCE_NOUNS = new Set(['criticism', 'complaint', 'complaints', 'admission', 'mention', 'sense', 'recognition', 'feeling',
  'advice', 'anxiety', 'fear', 'fears', 'concern', 'concerns', 'warning', 'warnings', 'allegation', 'allegations', 'claim',
  'claims', 'assurance', 'assurances', 'acknowledgment', 'acknowledgement', 'suggestion', 'assertion', 'insistence', 'belief',
  'worry', 'worries', 'hope', 'hopes', 'expectation', 'expectations', 'promise', 'promises', 'pledge', 'pledges', 'accusation',
  'accusations', 'argument', 'agreement', 'consensus', 'frustration', 'confidence', 'skepticism', 'doubt', 'doubts',
  'speculation', 'suspicion', 'suspicions', 'perception', 'impression', 'reminder', 'signal', 'signals', 'indication',
  'indications', 'demand', 'demands', 'charge', 'charges', 'reassurance', 'reassurances', 'prediction', 'predictions']);
const SOURCE_PREPOSITIONS = new Set(['from', 'among']);
/** Words that open a clause's subject: after one of these "that" is a conjunction, not a relative pronoun ("support
 *  among women that …" vs "pressure from investors … in an economy that grows"). */
const SUBJECT_OPENERS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'the', 'a', 'an', 'this', 'these', 'those',
  'his', 'her', 'their', 'its', 'our', 'my', 'there', 'no', 'some', 'any', 'all', 'such']);
/** Words the source's noun phrase never holds: a verb, a relative or a conjunction opens another clause. */
const NOT_IN_SOURCE = new Set(['who', 'which', 'that', 'whose', 'where', 'when', 'is', 'are', 'was', 'were', 'has', 'have',
  'had', 'said', 'says', 'to', 'about', 'over', 'on', 'for', 'but', 'because', 'if', 'while', 'as', 'after', 'before']);
const MAX_SOURCE_TOKENS = 14;

/** For a source noun at token i: the token of the "that" that opens its clause after "from/among <source>", or −1. */
export function sourceNounThat(c: Context, s: Sentence, i: number, w: string): number {
  if (!SOURCE_NOUNS.has(w) || i + 2 >= s.to || !isWord(c, i + 1) || !SOURCE_PREPOSITIONS.has(word(c, i + 1))) return -1;
  for (let k = i + 2; k < s.to && k - i <= MAX_SOURCE_TOKENS; k++) {
    if (c.regionOf[k]! >= 0) return -1;
    if (!isWord(c, k)) {
      // An appositive between commas ("from his first wife, Ivana Trump, that …"); any other mark ends the search.
      const p = punct(c, k);
      if (p !== ',' && p !== '.' && p !== "'" && p !== '’') return -1;
      continue;
    }
    const v = word(c, k);
    if (v === 'that') return k > i + 2 && k + 1 < s.to && isWord(c, k + 1) && (c.t.cap[k + 1] || SUBJECT_OPENERS.has(word(c, k + 1))) ? k : -1;
    if (NOT_IN_SOURCE.has(v)) return -1;
  }
  return -1;
}

/** The last token of the content that opens at `that`: the sentence's end, or the word before a dash ("that Mr. Trump
 *  had raped her -- a claim that originated in …": what follows the dash is the writer's). */
export function sourceNounContentLast(c: Context, s: Sentence, that: number): number {
  for (let k = that + 1; k < s.to; k++) if (c.regionOf[k]! < 0 && DASHES.has(punct(c, k))) return k - 1;
  return s.to - 1;
}
