// Verbs that are seldom cues with any subject but are with a common noun of the right class right before them: a
// body's act of record (passed 0.37, released 0.29, filed 0.28 with any subject), "the Oklahoma legislature passed a
// measure that would ban …", "The agency released roughly 5,500 more pages of emails …", "His team had filed a lawsuit
// aimed at …" (train: 6 of the 7 statements these make are right, in 6 documents; "sued" 0 of 2 and "voted" 1 of 2 were
// left out); and a group's fear, feeling or view (GROUP_HEADS). Measured in docs/decisions.md, session 16.
import { type Context, isWord, word } from './context';
import type { Sentence } from './sentences';

/** Heads of a body that acts on the record: a campaign, an agency, a legislature. */
const BODY_HEADS = new Set(['campaign', 'agency', 'administration', 'committee', 'party', 'board', 'legislature', 'council',
  'court', 'department', 'government', 'office', 'team', 'company', 'states', 'commission', 'group', 'groups', 'firm',
  'union', 'coalition', 'foundation', 'legislatures', 'panel']);

/** Heads of a group of people whose view is news: "some critics fear the new approach will …", "Union leaders also see
 *  a powerful unifier …", "many of her aides feel they have enough on their plates …" (fear 0.44, feel 0.45, see 0.32
 *  with any subject; train: the 7 statements these make are right, in 7 documents; "view" was 1 of 3: "The lens
 *  through which voters view the candidates is …"). */
const GROUP_HEADS = new Set(['voters', 'critics', 'experts', 'analysts', 'economists', 'officials', 'supporters', 'opponents',
  'republicans', 'democrats', 'conservatives', 'liberals', 'americans', 'residents', 'lawmakers', 'leaders', 'members',
  'activists', 'advocates', 'observers', 'scholars', 'researchers', 'scientists', 'historians', 'strategists', 'aides',
  'advisers', 'advisors', 'donors', 'delegates', 'insiders', 'many', 'some', 'most', 'others', 'evangelicals', 'women', 'men']);

/** verb → the heads whose subject makes it a cue. */
const SUBJECT_CUE_VERBS = new Map<string, ReadonlySet<string>>([
  ...['passed', 'released', 'filed'].map((v) => [v, BODY_HEADS] as const),
  ...['fear', 'fears', 'feared', 'feel', 'felt', 'see'].map((v) => [v, GROUP_HEADS] as const),
]);

/** Is the verb at token i (lower-case `w`) a cue because of the common noun right before it? `isAuxAt` skips its
 *  auxiliaries and adverbs ("had filed", "publicly released"). */
export function nounSubjectCue(c: Context, s: Sentence, i: number, w: string, isAuxAt: (c: Context, k: number) => boolean): boolean {
  const heads = SUBJECT_CUE_VERBS.get(w);
  if (heads === undefined) return false;
  let k = i - 1;
  while (k > s.from && isWord(c, k) && !c.t.cap[k] && isAuxAt(c, k)) k--;
  return k >= s.from && isWord(c, k) && !c.t.cap[k] && c.regionOf[k]! < 0 && heads.has(word(c, k));
}
