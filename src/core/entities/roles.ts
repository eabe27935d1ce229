// Roles the text gives a person: an apposition after the name ("Valery Gerasimov, chief of Russia's
// General Staff,") or a title before it ("White House spokesman Josh Earnest", "Russian President
// Vladimir Putin"). Each look is bounded to a short window around the mention, so cost is constant.
import { isDemonym, isPersonNoun, isTitleWord, honorificGender, isCountry } from './types';

const APPOSITION = /^,\s+((?:the |a |an )?[^,.;:!?“”"()\n]{2,90}?)(?:,|\.(?:\s|$)|;|$)/u;
const PRONOUN_OR_VERB_START = /^(?:who|which|that|whose|where|when|and|or|but|as|saying|said|says|told|adding|according|in|on|at|after|before|while|with|for|by|to|from|he|she|they|it|we|i)\b/;
const CUE_INSIDE = /\b(?:said|says|say|told|added|claimed|denied|confirmed|stated|wrote|noted|reported|according)\b/;

/** The apposition right after a name, when it describes a person ("chief of Russia's General Staff"). */
export function roleAfter(text: string, end: number): string | undefined {
  const window = text.slice(end, end + 100);
  const m = APPOSITION.exec(window);
  if (!m) return undefined;
  const phrase = m[1]!.trim();
  const bare = phrase.replace(/^(?:the|a|an)\s+/, '');
  if (PRONOUN_OR_VERB_START.test(bare) || CUE_INSIDE.test(bare)) return undefined;
  const words = bare.split(/\s+/);
  // A list of names ("Clinton, Sanders and Cruz") is not a role: the role must hold a person noun or title.
  const describesPerson = words.some((w) => isPersonNoun(w.toLowerCase()) || isTitleWord(w));
  if (!describesPerson) return undefined;
  if (/^\p{Lu}/u.test(words[0]!) && !isTitleWord(words[0]!) && !isDemonym(words[0]!) && !isCountry(words[0]!)
      && words.length < 2) return undefined;
  return bare;
}

// "White House spokesman ", "Kremlin spokesman ", "defence minister ": an organization or
// modifiers, then a lower-case noun for a person, right before the name.
const ROLE_BEFORE = /((?:\p{Lu}[\p{L}’'.-]*\s+){0,4}(?:[\p{Ll}-]+\s+){0,2})([\p{Ll}]+)\s+$/u;

/** A lower-case role noun phrase written right before a name: "White House spokesman". */
export function roleBefore(text: string, start: number): string | undefined {
  const window = text.slice(Math.max(0, start - 80), start);
  const m = ROLE_BEFORE.exec(window);
  if (!m || !isPersonNoun(m[2]!)) return undefined;
  // Keep from the first capitalized word or the noun's own modifiers, not the sentence before them.
  const lead = m[1]!.split(/\s+/).filter(Boolean);
  let from = lead.length;
  while (from > 0 && (/^\p{Lu}/u.test(lead[from - 1]!) || /^(?:press|deputy|senior|top|chief|foreign|defen[cs]e|campaign|former|national|security|vice|state)$/.test(lead[from - 1]!))) from--;
  return [...lead.slice(from), m[2]!].join(' ');
}

export interface SplitName {
  /** The name itself: "Vladimir Putin". */
  core: string;
  /** Titles written before it, as a role: "Russian President". */
  title?: string;
  gender?: 'm' | 'f';
}

/** Splits leading titles, honorifics and nationality adjectives off a capitalized run. */
export function splitTitle(run: string): SplitName {
  const words = run.split(' ');
  let i = 0;
  let gender: 'm' | 'f' | undefined;
  const title: string[] = [];
  while (i < words.length - 1) {
    const w = words[i]!;
    const two = `${w} ${words[i + 1]}`;
    const g = honorificGender(w);
    if (g !== undefined) { if (g) gender = g; i++; continue; }
    if (i + 2 < words.length && isTitleWord(two)) { title.push(two); i += 2; continue; }
    if (isTitleWord(w) || isDemonym(w) || (isCountry(w) && title.length === 0 && isTitleWord(words[i + 1]!))) {
      title.push(w); i++; continue;
    }
    if (w === 'of' && title.length > 0) { title.push(w); i++; continue; } // "Secretary of State John Kerry"
    if (title.length > 0 && title[title.length - 1] === 'of') { title.push(w); i++; continue; }
    break;
  }
  const core = words.slice(i).join(' ');
  const t = title.join(' ');
  if (/\b(?:[Ss]pokeswoman|[Cc]ongresswoman|Queen|Princess|Chairwoman)\b/.test(t)) gender = 'f';
  return { core, title: t || undefined, gender };
}
