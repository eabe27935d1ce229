// The shipped lexicons, compiled once into Maps/Sets. Learned from PolNeAR train by `npm run train`
// (src/cli/train.ts → data/lexicon.json); hand lists here are closed word classes only.
import data from './data/lexicon.json';
import { wordClass } from './word-classes';

/** word → share of its training occurrences that sat inside a gold cue span (0..1). */
export const CUE_SHARE = new Map<string, number>();
/** word → count of training occurrences inside a cue span. */
export const CUE_COUNT = new Map<string, number>();
for (const [w, [share, count]] of Object.entries(data.cues as unknown as Record<string, [number, number]>)) {
  CUE_SHARE.set(w, share / 1000);
  CUE_COUNT.set(w, count);
}

/** lower-case word → share of its occurrences inside gold speaker spans (0..1). */
export const SPEAKER_SHARE = new Map<string, number>();
for (const [w, [share]] of Object.entries(data.speakers as unknown as Record<string, [number, number]>)) SPEAKER_SHARE.set(w, share / 1000);

/** cue head → share of its training contents (after the cue) that ran to the end of the sentence. */
export const CLAUSE_SHARE = new Map<string, number>();
for (const [w, share] of Object.entries(data.clauses as unknown as Record<string, number>)) CLAUSE_SHARE.set(w, share / 1000);

/** "word preposition" → share of its training occurrences that ended a gold cue ("called for", "questions about"). */
export const PAIR_SHARE = new Map<string, Map<string, number>>();
for (const [p, [share]] of Object.entries(data.pairs as unknown as Record<string, [number, number]>)) {
  const [w, prep] = p.split(' ') as [string, string];
  // Keyed by the first word so the per-token lookup allocates nothing.
  if (!PAIR_SHARE.has(w)) PAIR_SHARE.set(w, new Map());
  PAIR_SHARE.get(w)!.set(prep, share / 1000);
}

export const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'who', 'which', 'that']);

/** Words between a subject and its cue verb: auxiliaries and adverbs ("has often claimed"). */
export const AUX_ADV = new Set(['has', 'have', 'had', 'also', 'is', 'was', 'were', 'are', 'would', 'will', 'could', 'can',
  'may', 'might', 'should', 'did', 'does', 'do', 'not', 'never', 'often', 'later', 'previously', 'once', 'then', 'first',
  'earlier', 'still', 'just', 'even', 'now', 'long', 'been', 'being', 'again', 'already', 'soon', 'today', 'yesterday',
  'tuesday', 'monday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'ago', 'too', 'always', "hasn't", "didn't",
  'has', 'be', 'must', 'shall', 'ever', 'both', 'all', 'last', 'week', 'night', 'month']);

/** Words that start a sentence or clause but never a speaker's name. */
export const CLAUSE_OPENERS = new Set(['but', 'and', 'or', 'so', 'yet', 'meanwhile', 'however', 'still', 'in', 'on', 'at',
  'for', 'of', 'with', 'by', 'from', 'as', 'when', 'while', 'after', 'before', 'since', 'because', 'if', 'although',
  'though', 'then', 'now', 'later', 'earlier', 'also', 'instead', 'indeed', 'thus', 'to', 'into', 'about', 'that', 'than',
  'what', 'whether', 'where', 'how', 'why', 'last', 'this', 'during', 'until', 'over', 'under', 'among', 'against', 'like',
  'unlike', 'despite', 'said', 'says', 'not', 'even', 'just', 'only', 'asked', 'told', 'speaking', 'writing', 'here',
  'there', 'today', 'yesterday', 'tuesday', 'monday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'dear',
  'yes', 'no', 'well', 'once', 'having', 'given', 'following', 'including', 'again', 'first', 'finally', 'separately', 'similarly', 'overall', 'specifically',
  'perhaps', 'maybe', 'plus']);
/** CLAUSE_OPENERS as a word class, for inClass. */
export const CLAUSE_OPENER = wordClass(CLAUSE_OPENERS);

/** Cue verbs that take an addressee before the content ("told Reuters that …"). */
export const TAKES_ADDRESSEE = new Set(['told', 'tells', 'tell', 'telling', 'asked', 'asks', 'asking', 'warned', 'warns',
  'warning', 'urged', 'urges', 'urging', 'assured', 'assures', 'assure', 'assuring', 'informed', 'informs', 'informing',
  'reminded', 'reminds', 'remind', 'reminding', 'promised', 'promises', 'convinced', 'persuaded', 'advised', 'advises', 'briefed']);

/** Cues that name a channel carrying someone else's words ("…, Reuters reported"). */
export const CARRIER_CUES = new Set(['reported', 'reports', 'reporting', 'learned', 'has', 'reported.']);

export const DENY_CUES = new Set(['deny', 'denies', 'denied', 'denying', 'rejected', 'rejects', 'reject', 'rejecting',
  'dismissed', 'dismisses', 'refuted', 'refutes', 'disputed', 'disputes', 'contested', 'rebuffed', 'refused']);
export const CONFIRM_CUES = new Set(['confirm', 'confirms', 'confirmed', 'confirming', 'acknowledged', 'acknowledges',
  'admitted', 'admits', 'conceded', 'concedes', 'verified']);

/** Wanting, planning and pledging are statements of intent when an infinitive follows ("Clinton wants to triple …",
 *  "Clinton pledged to push for …"). "He would like to see the Democratic platform represent …": "like" too (train: 6 of
 *  the 7 statements it makes right; "planning" 2 of 2 and "looking" 5 of 7 were tried too, but "looking" cost dev a wrong
 *  one and "planning" is one train document). */
export const VOLITION_VERBS = new Set(['want', 'wants', 'wanted', 'plan', 'plans', 'planned', 'hope', 'hopes', 'hoped', 'intend',
  'intends', 'intended', 'wish', 'wishes', 'expects', 'pledged', 'pledge', 'promise', 'decided', 'agree', 'agrees', 'threatens',
  'aims', 'vow', 'like']);

/** Everything the cue finder needs about one word, in one lookup (most words have no entry at all). */
export interface CueInfo {
  share: number;
  count: number;
  pairs: Map<string, number> | undefined;
  /** Cue share when "that", "to" or a quotation follows ("hopes to", "warned that"), where it beats `share`. */
  shapes: Map<string, number> | undefined;
  stance: boolean;
  /** A volition verb: a cue with its infinitive after a speaking subject (cues.ts). */
  volition: boolean;
  /** The highest share any pair or shape of this word reaches: most function words ("to", "in") reach no threshold. */
  pairMax: number;
  shapeMax: number;
}
const maxOf = (m: Map<string, number> | undefined): number => (m ? Math.max(...m.values()) : 0);
const SHAPE_SHARE = new Map<string, Map<string, number>>();
for (const [key, [share]] of Object.entries(data.shapes as unknown as Record<string, [number, number]>)) {
  const [w, shape] = key.split(' ') as [string, string];
  if (!SHAPE_SHARE.has(w)) SHAPE_SHARE.set(w, new Map());
  SHAPE_SHARE.get(w)!.set(shape, share / 1000);
}
export const CUE_INFO = new Map<string, CueInfo>();
for (const w of new Set([...CUE_SHARE.keys(), ...PAIR_SHARE.keys(), ...SHAPE_SHARE.keys(), ...DENY_CUES, ...CONFIRM_CUES, ...VOLITION_VERBS, 'according'])) {
  CUE_INFO.set(w, { share: CUE_SHARE.get(w) ?? 0, count: CUE_COUNT.get(w) ?? 0, pairs: PAIR_SHARE.get(w), shapes: SHAPE_SHARE.get(w),
    stance: DENY_CUES.has(w) || CONFIRM_CUES.has(w), volition: VOLITION_VERBS.has(w), pairMax: maxOf(PAIR_SHARE.get(w)), shapeMax: maxOf(SHAPE_SHARE.get(w)) });
}
