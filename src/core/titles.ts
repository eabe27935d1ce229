// Abbreviations whose period belongs to a name ("Mr.", "Sen.", "J."), shared by sentences and speakers.
import { type Context, word } from './context';

export const TITLE_WORDS = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'reps', 'sens', 'gov', 'gen', 'lt', 'col', 'sgt', 'st',
  'prof', 'rev', 'hon', 'pres', 'maj', 'capt', 'cmdr', 'adm', 'supt', 'messrs', 'mt', 'ft', 'gens', 'ret', 'det', 'insp',
  'atty', 'jr', 'sr', 'u.s', 'inc', 'co', 'corp', 'ltd']);

export function TITLES_AND_INITIALS(c: Context, i: number): boolean {
  const w = word(c, i);
  return TITLE_WORDS.has(w) || (w.length === 1 && c.t.cap[i] === 1) || w.includes('.');
}
