// "expressed concern that the billionaire businessman was encouraging violence", "voiced support for U.S. Republican
// candidate Donald Trump": after express/voice the feeling names the act, and PolNeAR's content is what the feeling is
// about — the "that" clause or the preposition's object (train gold: 17 at "that" vs 1 at the feeling; 26 after the
// preposition vs 11 at the feeling).
import { type Context, isWord, word } from './context';

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
