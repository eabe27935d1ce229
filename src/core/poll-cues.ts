// A named poll as a source: "In a Des Moines Register poll last month, Mr. Cruz had a 10 percentage-point lead",
// "Hillary Clinton held a 24-point lead over Barack Obama among black voters in a CNN national poll." PolNeAR marks
// "in" as the cue and the poll phrase as the source, like "according to" (train: 17 of 21 such sentences), so the cue
// is read as an "according to" cue and orient.ts finds the source and the side of the content.
import { type Context, isPossessive, isWord, punct, word } from './context';
import { FINITE_AUXILIARIES } from './content-edges';
import type { Cue } from './cues';
import type { Sentence } from './sentences';

const POLL_NOUNS = new Set(['poll', 'survey', 'polls', 'surveys']);
/** Words between the article and the poll noun ("a national USA TODAY/Suffolk University Poll"). */
const NAME_TOKENS = 10;
/** Words after the poll noun before the comma or the sentence's end ("released last Thursday", "the same month"). */
const AFTER_WORDS = 5;
const NAME_MARKS = new Set(['/', '-', '.', '&', "'", '’']);

/** An "in" at token i opening "in a/an <named> poll|survey [a few words]" that either opens the sentence before its
 *  comma or closes it; a sentence may also open with "In the/this/May's … poll," (train 8 of 9, "In the new Post-ABC
 *  poll, the real estate mogul wins …", "In the poll, Clinton’s support has steadily risen"; not "In the polls,
 *  anyway."). A closing poll with no capitalized name ("in a similar survey"), one inside a subject ("78 percent of
 *  voters in a recent CBS News poll said") or one followed by a verb of its own is left alone. */
export function pollCue(c: Context, s: Sentence, i: number): Cue | null {
  const det = i + 1;
  if (det >= s.to || !isWord(c, det)) return null;
  const d = word(c, det);
  const indefinite = d === 'a' || d === 'an';
  const opens = i === s.from;
  if (!indefinite && !(opens && (d === 'the' || d === 'this' || (c.t.cap[det] && isPossessive(d))))) return null;
  let k = det + 1, named = false;
  while (k < s.to && k - det <= NAME_TOKENS && (isWord(c, k) || NAME_MARKS.has(punct(c, k))) && !(isWord(c, k) && POLL_NOUNS.has(word(c, k)))) {
    if (isWord(c, k) && c.t.cap[k]) named = true;
    k++;
  }
  if (k >= s.to || !isWord(c, k) || !POLL_NOUNS.has(word(c, k))) return null;
  const plural = word(c, k).endsWith('s');
  let end = k + 1;
  for (let words = 0; end < s.to && isWord(c, end) && words < AFTER_WORDS; end++, words++) {
    if (FINITE_AUXILIARIES.has(word(c, end))) return null;
  }
  const opening = opens && end < s.to && punct(c, end) === ',' && (named || !plural || k > det + 1);
  const closing = !opens && indefinite && named && !plural && (end === s.to || (end === s.to - 1 && (punct(c, end) === '.' || punct(c, end) === '!')));
  return opening || closing ? { first: i, last: i, head: i, score: 0.93, according: true } : null;
}
