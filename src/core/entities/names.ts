// Finds runs of capitalized words that may name someone ("Valery Gerasimov", "Mr. Trump",
// "Kim Jong Un", "The New York Post"), once per text, in one regex pass. Resolution then looks
// mentions up by offset (binary search) instead of rescanning the text per attribution.
import { CAPITALIZED_FUNCTION_WORDS } from '../data/entities/function-words';

export interface NameMention {
  start: number;
  end: number;
  /** The words of the name, without a leading function word; titles and honorifics are kept here. */
  tokens: string[];
}

const FUNCTION_WORDS = new Set(CAPITALIZED_FUNCTION_WORDS);

// One capitalized token: an abbreviation with its period (Mr., Gen., Sen.), an initial or dotted
// acronym (J., U.S.), or a word that may hold hyphens and inner apostrophes but not a possessive 's.
const ABBREVIATION = String.raw`(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Adm|Prof|Rev|Maj|Cmdr|Brig|Pres|Hon)\.`;
const INITIALS = String.raw`\p{Lu}\.(?:\p{Lu}\.)*`;
const WORD = String.raw`\p{Lu}(?:[\p{L}\p{M}\p{N}]|[-'’](?!s\b)[\p{L}\p{M}])*`;
const TOKEN = `(?:${ABBREVIATION}|${INITIALS}|${WORD})`;
// Lower-case particles that sit inside names: "Ministry of Defence", "Charles de Gaulle".
const JOIN = String.raw`(?: (?:of the|of|de|da|di|del|van|von|der|den|bin|al|la|le|du) | )`;
const NAME_RUN = new RegExp(String.raw`(?<![\p{L}\p{N}])${TOKEN}(?:${JOIN}${TOKEN})*`, 'gu');
const SPLIT_TOKENS = / (?:of the|of|de|da|di|del|van|von|der|den|bin|al|la|le|du) | /;

/** All capitalized runs of the text, in text order, without leading function words. */
export function findNameMentions(text: string): NameMention[] {
  const mentions: NameMention[] = [];
  NAME_RUN.lastIndex = 0;
  for (let m = NAME_RUN.exec(text); m; m = NAME_RUN.exec(text)) {
    let start = m.index;
    const raw = m[0];
    const tokens = raw.split(SPLIT_TOKENS);
    // Drop leading function words ("The", "According", "While"): they capitalize the sentence, not a name.
    let offset = 0;
    while (tokens.length > 0 && FUNCTION_WORDS.has(tokens[0]!)) {
      const next = raw.indexOf(' ', offset);
      if (next < 0) { tokens.length = 0; break; }
      offset = next + 1;
      tokens.shift();
    }
    if (tokens.length === 0) continue;
    start += offset;
    // A lone sentence-opening verb or adverb ("Congratulating", "Reportedly") is not a name.
    if (tokens.length === 1 && opensSentence(text, start) && /(?:ing|ly|ed)$/.test(tokens[0]!)) continue;
    mentions.push({ start, end: m.index + raw.length, tokens });
  }
  return mentions;
}

/** True when only white space, an opening quote or bracket separates `at` from a sentence start. */
export function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[\s“"‘'(\[]/.test(text[i]!)) {
    if (text[i] === '\n') return true;
    i--;
  }
  return i < 0 || /[.!?:”"]/.test(text[i]!);
}

/** Index of the last mention that starts before `offset`, or -1 (mentions are sorted by start). */
export function lastMentionBefore(mentions: readonly NameMention[], offset: number): number {
  let lo = 0, hi = mentions.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}
