// "in Ames, Iowa, on Sunday, Mrs. Clinton tried …", "in Aurora, Colorado, in July 2012, said": a state after a town's
// comma ends a place, and the comma before it opens neither an appositive nor the clause after an opening phrase.
import { type Context, isWord, punct, word } from './context';
import { US_STATE_ABBREVIATIONS, US_STATES } from './data/entities/places';
import { DAYS } from './time-words';

const STATES = new Set(US_STATES.map((s) => s.toLowerCase()));
const ABBREVIATIONS = new Set(US_STATE_ABBREVIATIONS);

/** If the comma at token `k` stands between a capitalized word (a town) and a state's name or abbreviation that a
 *  comma closes ("Ames, Iowa,", "Aspen, Colo.,", "Salem, New Hampshire,"), the index of that closing comma; else -1. */
export function stateAfterTownComma(c: Context, k: number): number {
  if (punct(c, k) !== ',' || !isWord(c, k - 1) || c.t.cap[k - 1] !== 1 || DAYS.has(word(c, k - 1)) || !isWord(c, k + 1) || c.t.cap[k + 1] !== 1) return -1;
  const one = word(c, k + 1);
  let after = -1;
  if (ABBREVIATIONS.has(one) && punct(c, k + 2) === '.') after = k + 3;
  else if (STATES.has(one)) after = k + 2;
  else if (isWord(c, k + 2) && STATES.has(`${one} ${word(c, k + 2)}`)) after = k + 3;
  return after >= 0 && punct(c, after) === ',' ? after : -1;
}
