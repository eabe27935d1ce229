// "expressed concern that the billionaire businessman was encouraging violence", "voiced support for U.S. Republican
// candidate Donald Trump": after express/voice the feeling names the act, and PolNeAR's content is what the feeling is
// about — the "that" clause or the preposition's object (train gold: 17 at "that" vs 1 at the feeling; 26 after the
// preposition vs 11 at the feeling).
import { BE_FORMS, type Context, isWord, word } from './context';
import { QMARK } from './tokens';

const EXPRESSING_VERBS = new Set(['express', 'expresses', 'expressed', 'expressing', 'voice', 'voices', 'voiced', 'voicing']);
const FEELINGS = new Set(['concern', 'concerns', 'support', 'frustration', 'confidence', 'hope', 'hopes', 'optimism', 'pessimism',
  'doubt', 'doubts', 'skepticism', 'scepticism', 'reservations', 'opposition', 'disappointment', 'regret', 'anger', 'interest',
  'sympathy', 'outrage', 'surprise', 'alarm', 'worry', 'worries', 'displeasure', 'dismay', 'satisfaction', 'fear', 'fears',
  'gratitude', 'solidarity', 'admiration', 'unease', 'dissatisfaction', 'disgust', 'shock', 'pride', 'relief', 'appreciation',
  'sadness', 'reluctance', 'willingness', 'desire', 'openness', 'condolences', 'approval', 'disapproval', 'enthusiasm']);
const FEELING_PREPOSITIONS = new Set(['about', 'for', 'over', 'with', 'at', 'in', 'of', 'on', 'toward', 'towards', 'regarding']);

/** Where the content of an express/voice cue starts when it opens with a bare feeling (`first`): at the "that" after
 *  it, or after the preposition after it; else `first` unchanged. */
export function afterExpressedFeeling(c: Context, verb: number, first: number, last: number): number {
  if (!EXPRESSING_VERBS.has(word(c, verb)) || first + 1 >= last || !isWord(c, first) || !FEELINGS.has(word(c, first))) return first;
  if (!isWord(c, first + 1)) return first;
  const next = word(c, first + 1);
  if (next === 'that') return first + 1;
  return FEELING_PREPOSITIONS.has(next) ? first + 2 : first;
}

/** Verbs of feeling that also take the one who feels as their object: "The remark worried some analysts", "His
 *  behavior has angered the party's top figures". */
const CAUSABLE_FEELINGS = new Set(['worried', 'worries', 'worry', 'angered', 'angers', 'alarmed', 'alarms', 'troubled', 'troubles',
  'frustrated', 'frustrates', 'surprised', 'surprises', 'upset', 'upsets', 'annoyed', 'annoys', 'irritated', 'irritates',
  'disturbed', 'disturbs', 'shocked', 'shocks', 'stunned', 'stuns', 'concerned', 'concerns', 'bothered', 'bothers', 'puzzled', 'puzzles',
  'infuriated', 'infuriates', 'outraged', 'outrages', 'dismayed', 'dismays', 'disappointed', 'disappoints']);
/** Participles of a feeling something caused: "FBI officials were angered by the deal", "the former House Speaker is
 *  intrigued by the opportunity", "policymakers have been startled by Trump's … pronouncements". After "by" comes the
 *  cause, not a speaker, and the one who felt it said nothing (train: 7 such passive frames in 7 documents, none right,
 *  no speaker span gold). */
export const CAUSED_FEELING_PARTICIPLES = new Set(['worried', 'angered', 'alarmed', 'troubled', 'frustrated', 'surprised', 'upset',
  'annoyed', 'irritated', 'disturbed', 'shocked', 'stunned', 'concerned', 'bothered', 'puzzled', 'infuriated', 'outraged', 'dismayed',
  'disappointed', 'intrigued', 'startled']);
/** Words that show a clause in the content, not a bare object: "worried that …", "worried the deal would collapse",
 *  "worried they would …"; and prepositions that open a topic ("worried about …"). */
const CLAUSE_SIGNS = new Set(['that', 'whether', 'if', 'would', 'will', 'could', 'might', 'may',
  'can', 'should', 'must', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'did', 'does', 'do', 'he', 'she', 'they', 'we', 'i',
  'it', 'you', 'be', 'been']);

const TOPIC_PREPOSITIONS = new Set(['about', 'over', 'by', 'at', 'for', 'to', 'with', 'on']);

/** "The thaw … worried Tasos Georgelis, deputy commissioner …", "The remark worried some analysts and activists", "he
 *  also angered prominent Jewish leaders with his comments": a verb of feeling in the active voice whose content
 *  (tokens first..last) is only its object names who felt it, not anything said (train: 6 such statements, none
 *  right). Not after a form of "be" ("is worried the deal …", "were angered"), nor before a clause or a topic. */
export function feelingCausedIn(c: Context, verb: number, first: number, last: number): boolean {
  if (!CAUSABLE_FEELINGS.has(word(c, verb)) || first > last) return false;
  if (verb > 0 && isWord(c, verb - 1) && BE_FORMS.has(word(c, verb - 1))) return false;
  if (isWord(c, first) && TOPIC_PREPOSITIONS.has(word(c, first))) return false;
  for (let k = first; k <= last; k++) {
    if (c.t.kind[k] === QMARK) return false;
    if (isWord(c, k) && CLAUSE_SIGNS.has(word(c, k))) return false;
  }
  return true;
}
