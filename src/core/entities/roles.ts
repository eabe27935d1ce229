// Roles the text gives a person: an apposition after the name ("Valery Gerasimov, chief of Russia's
// General Staff,") or a title before it ("White House spokesman Josh Earnest", "Russian President
// Vladimir Putin"). Each look is bounded to a short window around the mention, so cost is constant.
import {
  genderOfGivenName, honorificGender, isCountry, isDemonym, isFunctionWord, isOrganizationWord, isPersonNoun, isPlaceWord,
  isTitleWord, mayOpenTitle, wordsOf,
} from './types';
import { codeAt } from './names';
import { lowerCase } from '../ascii-words';

// A period inside the apposition is an abbreviation's or an initial's ("spokesman for Mrs. Clinton", "adviser to
// President George W. Bush", "professor at Washington University in St. Louis"): the role was cut there before and a
// reader saw "spokesman for Mrs" (train: 138 roles ended so).
const ABBREVIATION_END = String.raw`(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Lt|Gen|Col|Capt|Sgt|Adm|Prof|Rev|St|Jr|Sr|\p{Lu})`;
// The period is matched before the look behind it: asserted first, the look-behind ran at every position the lazy
// repetition tried (the regex was ~1% of a pass).
// An acronym's periods ("a former U.S. ambassador to Israel", "the U.S. attorney for the Southern District"): inside
// the acronym, and at its end when a lower-case word or a hyphen follows ("U.S.-Canada trade"). A capital after it may open the next sentence or go on
// a name ("the U.S. Senate"): no role is read there, as before (cut at "U.S", train read "ran for the U.S").
const ACRONYM_PERIOD = String.raw`\.(?<=(?:^|[\s(])\p{Lu}\.)(?=\p{Lu}\.)|\.(?<=\p{Lu}\.\p{Lu}\.)(?=\s\p{Ll}|-\p{Lu})`;
const APPOSITION = new RegExp(String.raw`^,\s+((?:the |a |an )?(?:[^,.;:!?“”"()\n]|\.(?<=${ABBREVIATION_END}\.)(?=\s\p{Lu})|${ACRONYM_PERIOD}){2,90}?)(?:,|\.(?<!${ABBREVIATION_END}\.)(?<!\p{Lu}\.\p{Lu}\.)(?:\s|$)|;|$)`, 'u');
// An apposition too long for the window, joined of two posts or a post and a clause: its first part ("C. Eugene
// Steuerle, a fellow at the Urban Institute and a co-founder of the Urban-Brookings Tax Policy Center in Washington",
// "James Acton, a physicist who is co-director of the Nuclear Policy Program at …").
const FIRST_CONJUNCT = /^,\s+((?:the |a |an )?[^,.;:!?“”"()\n]{2,90}?)\s+(?:and (?:a|an|the)|who|whose)\s/u;
const SHORT_APPOSITION = /^,\s+((?:the |a |an )?[^,.;:!?“”"()\n]{2,90}?)\.\s/u;
const TAIL_BEFORE_ABBREVIATION = /\s(?:who|whom|that|to|for|of|with|under|during|in|on|at|by|and)\s(?:[^\s]+\s){0,5}?(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Lt|Gen|Col|Capt|Sgt|Adm|Prof|Rev|St|\p{Lu})$/u;
const ENDS_IN_ABBREVIATION = /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Lt|Gen|Col|Capt|Sgt|Adm|Prof|Rev|St|\p{Lu})$/u;
const TITLED_NAME_START = /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Lt|Gen|Col|Capt|Sgt|Adm|Prof|Rev)\.\s/;
const PRONOUN_OR_VERB_START = /^(?:who|whom|which|that|whose|where|when|and|or|but|as|saying|said|says|told|adding|according|in|on|at|after|before|while|with|for|by|to|from|he|she|they|it|we|i)\b/;
const CUE_INSIDE = /\b(?:said|says|say|told|added|claimed|denied|confirmed|stated|wrote|noted|reported|according)\b/;
// A relative clause inside the apposition says what the person did, not their post: "former Hewlett-Packard CEO who
// dropped her own presidential bid", "a professor at Purdue University whose research includes …" (train: 60 person
// roles ran on so). The role ends before it.
const RELATIVE_TAIL = /\s+(?:and\s+)?(?:who|whose|whom|which)\s.*$/;
// An apposition that is only a relative clause may still name the post: "Alexander Vindman, who is the White House
// National Security Council Ukraine expert", "Kevin McAleenan, who was the acting director of …" (saved pages).
const WHO_IS = /^who\s+(?:is|was)\s+(?:(?:now|then|currently|also|still)\s+)?(?:serving as\s+)?(?:the|a|an)\s+/;

// Nouns that say a person's post only in an apposition after a name ("William G. Gale, a senior fellow at the Brookings
// Institution", "Scott Strenfel, PG&E's principal meteorologist"): not PERSON_ROLE_NOUNS, whose words also type and
// resolve bare descriptions ("fellow Republicans" would read as a person).
// "fellow" ends the phrase or a preposition follows it: "fellow conservatives" is an adjective's ("a letter addressed to
// fellow conservatives", train).
const APPOSED_ROLE_NOUNS = new Set(['fellow', 'meteorologist', 'commissioner', 'supervisor']);
const FELLOW_OF = new Set(['at', 'of', 'for', 'with', 'in', 'and', 'who', 'whose']);

/** The apposition right after a name, when it describes a person ("chief of Russia's General Staff"). */
export function roleAfter(text: string, end: number): string | undefined {
  if (codeAt(text, end) !== 44) return undefined; // no comma, no apposition
  const window = text.slice(end, end + 100);
  const m = APPOSITION.exec(window);
  // Too long to end within the window once its abbreviations are read through ("the former senator from Minnesota who
  // is supporting Mr. Rubio after first backing two of his rivals …"): the part before the phrase that holds the first
  // abbreviation ("former senator from Minnesota"), as the role was cut before but without its "who is supporting Mr".
  const phrase = m ? m[1]!.trim() : FIRST_CONJUNCT.exec(window)?.[1] ?? SHORT_APPOSITION.exec(window)?.[1]?.replace(TAIL_BEFORE_ABBREVIATION, '').trim();
  if (!phrase || (!m && ENDS_IN_ABBREVIATION.test(phrase))) return undefined;
  let bare = phrase.replace(/^(?:the|a|an)\s+/, '').replace(RELATIVE_TAIL, '');
  const who = WHO_IS.exec(bare);
  if (who) bare = bare.slice(who[0].length);
  const words = wordsOf(bare);
  // A list of names ("Clinton, Sanders and Cruz") is not a role: the role must hold a person noun or title.
  const describesPerson = words.some((w, k) => isPersonNoun(lowerCase(w)) || isTitleWord(w)
    || (APPOSED_ROLE_NOUNS.has(w) && (w !== 'fellow' || k === words.length - 1 || FELLOW_OF.has(words[k + 1]!))));
  if (!describesPerson) return undefined;
  if (PRONOUN_OR_VERB_START.test(bare) || CUE_INSIDE.test(bare)) return undefined;
  // "Donald Trump, Sen. Ted Cruz of Texas and …": an abbreviated title opening the phrase names someone else.
  if (TITLED_NAME_START.test(bare)) return undefined;
  if (/^\p{Lu}/u.test(words[0]!) && !isTitleWord(words[0]!) && !isDemonym(words[0]!) && !isCountry(words[0]!)
      && words.length < 2) return undefined;
  return bare;
}

// "White House spokesman ", "Kremlin spokesman ", "defence minister ": an organization or a few
// modifiers, then a lower-case noun for a person, right before the name. Read backwards word by
// word (a regex anchored at the end would retry at every position of the window).
const ROLE_MODIFIERS = new Set(['press', 'deputy', 'senior', 'top', 'chief', 'foreign', 'defense', 'defence',
  'campaign', 'former', 'national', 'security', 'vice', 'state', 'communications', 'policy', 'military']);
const MAX_CAPITALIZED_BEFORE = 4;
// Posts a writer puts before a name that are not PERSON_ROLE_NOUNS (whose words also type and resolve bare
// descriptions: "the captain", "the coach" are left as they were): "Wild coach Bruce Boudreau", "Sabres captain Jack
// Eichel", "Wikileaks co-founder Julian Assange", "Republican counsel Steve Castor" (saved pages).
const POSTS_BEFORE_NAME = new Set(['coach', 'captain', 'co-founder', 'cofounder', 'editor-in-chief', 'counsel',
  'developer', 'skipper', 'ranger', 'defenseman', 'goalkeeper', 'quarterback', 'physicist', 'geophysicist']);
// Lower-case words that modify the role noun: "Republican presidential candidate", "political scientist",
// "conservative radio host", "talent manager" (train: ~70 roles were cut to their noun, "candidate", "nominee").
// A word is read as one unless it cannot modify a noun: a function word, a verb before the name ("said pollster Frank
// Luntz", "met presidential candidate …"), an -ed/-ing/-ly word ("grabbing reporter Michelle Fields").
const MAX_LOWER_MODIFIERS = 3;
const NOT_MODIFIERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that',
  'these', 'those', 'and', 'or', 'but', 'nor', 'to', 'of', 'for', 'by', 'with', 'from', 'at', 'in', 'on', 'as', 'than',
  'like', 'about', 'against', 'between', 'among', 'into', 'onto', 'over', 'under', 'via', 'per', 'after', 'before',
  'while', 'when', 'where', 'who', 'whom', 'whose', 'which', 'what', 'if', 'because', 'since', 'until', 'is', 'was',
  'are', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'may',
  'might', 'should', 'must', 'not', 'no', 'said', 'says', 'say', 'told', 'tells', 'met', 'meets', 'asked', 'asks',
  'called', 'calls', 'thanked', 'thanks', 'let', 'lets', 'saw', 'sees', 'see', 'made', 'makes', 'gave', 'gives', 'sent',
  'sends', 'beat', 'beats', 'hit', 'hits', 'led', 'leads', 'joined', 'joins', 'urged', 'urges', 'even', 'also', 'then',
  'now', 'once', 'both', 'all', 'some', 'any', 'every', 'each', 'many', 'most', 'more', 'much', 'few', 'other', 'another',
  'such', 'just', 'only', 'so', 'too', 'very', 'here', 'there', 'how', 'why', 'best', 'ask', 'although', 'though', 'whether', 'unless', 'yet', 'plus', 'including']);
const VERB_OR_ADVERB_END = /(?:ed|ing|ly)$/;
const LOWER_WORD = /^[a-z][a-z-]*$/;
const isRoleModifier = (word: string): boolean => LOWER_WORD.test(word) && !NOT_MODIFIERS.has(word)
  && (!VERB_OR_ADVERB_END.test(word) || word.includes('-') || ROLE_MODIFIERS.has(word));

/** A lower-case role noun phrase written right before a name: "White House spokesman". */
export function roleBefore(text: string, start: number): string | undefined {
  let end = start;
  if (codeAt(text, end - 1) !== 32) return undefined;
  const words: string[] = [];
  let noun: string | undefined;
  let capitalized = 0;
  let lower = 0;
  while (end > 0 && text.charCodeAt(end - 1) === 32) {
    let from = end - 1;
    while (from > 0 && isWordChar(text.charCodeAt(from - 1))) from--;
    const word = text.slice(from, end - 1);
    if (!word) break;
    if (noun === undefined) {
      if (!isPersonNoun(word) && !POSTS_BEFORE_NAME.has(word)) return undefined;
      noun = word;
    } else if (capitalized === 0 && (ROLE_MODIFIERS.has(word) || (lower < MAX_LOWER_MODIFIERS && isRoleModifier(word)))) {
      // "press secretary", "senior adviser", "presidential candidate": part of the role
      lower++;
    } else if (/^\p{Lu}/u.test(word) && capitalized < MAX_CAPITALIZED_BEFORE && !isFunctionWord(word)) {
      capitalized++;
    } else break;
    words.unshift(word);
    end = from;
  }
  return noun === undefined ? undefined : words.join(' ');
}

const isWordChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45 || c === 46 || c === 39 || c === 8217 || c > 191;

export interface SplitName {
  /** The name itself: "Vladimir Putin". */
  core: string;
  /** Titles written before it, as a role: "Russian President". */
  title?: string;
  gender?: 'm' | 'f';
}

// Words after which a given name belongs to a place or a name, not a person's name: "San Antonio", "St. Louis",
// "Bin Laden", "De Blasio".
const NAME_PARTICLES = new Set(['St.', 'St', 'Saint', 'San', 'Santa', 'São', 'Sao', 'Los', 'Las', 'El', 'La', 'Le', 'De',
  'Du', 'Da', 'Di', 'Van', 'Von', 'Der', 'Al', 'Bin', 'Ibn', 'Abu', 'Mc', 'Mac', 'O']);

const NAME_SUFFIXES = new Set(['Jr.', 'Jr', 'Sr.', 'Sr', 'II', 'III', 'IV']);

const isGivenName = (w: string): boolean => genderOfGivenName(w) !== undefined
  || (w.includes('-') && genderOfGivenName(w.slice(0, w.indexOf('-'))) !== undefined); // "Eva-Marie"

/**
 * Where a known given name opens a person's name inside a longer run, or -1: at least one word before it that is
 * neither a given name (a double given name, "Mary Ann") nor an initial or particle, and one or two words after it,
 * the last not a word of an organization or place ("San Antonio Spurs", "Santa Barbara County").
 */
function givenNameInside(words: string[]): number {
  if (words.length < 3) return -1;
  const last = words[words.length - 1]!;
  if (isOrganizationWord(last) || isPlaceWord(last)) return -1;
  for (let k = Math.max(1, words.length - 3); k <= words.length - 2; k++) {
    if (!isGivenName(words[k]!)) continue;
    const prev = words[k - 1]!;
    if (isGivenName(prev) || NAME_PARTICLES.has(prev) || /^\p{Lu}\.?$/u.test(prev)) return -1;
    return k;
  }
  return -1;
}

/** Splits leading titles, honorifics and nationality adjectives off a capitalized run. */
export function splitTitle(run: string): SplitName {
  // Most names open with no title and have at most two words: answer them without splitting.
  const firstSpace = run.indexOf(' ');
  if (firstSpace < 0) return { core: run };
  const opens = mayOpenTitle(run.slice(0, firstSpace));
  if (!opens && run.indexOf(' ', firstSpace + 1) < 0) return { core: run };
  const words = wordsOf(run);
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
    if ((w === 'for' || w === 'on') && title.length > 0) {
      // "Commissioner for Human Rights Michelle Bachelet": the phrase runs to a known given name; with none, the run is
      // a title that names no one.
      let j = i + 1;
      while (j < words.length - 1 && !isGivenName(words[j]!)) j++;
      if (j >= words.length - 1) return { core: run };
      title.push(...words.slice(i, j)); i = j;
      break;
    }
    if (title.length > 0 && title[title.length - 1] === 'of') { // "Speaker of the House Newt Gingrich"
      if (w === 'the' && i + 2 < words.length) { title.push(w, words[i + 1]!); i += 2; continue; }
      title.push(w); i++; continue;
    }
    break;
  }
  // "Deputy Director of Public Prosecution Eva-Marie Persson", "Secretary of Homeland Security Kirstjen Nielsen": a
  // title's "of" phrase may run two words or more. Its words go on until a known given name, or until two are left.
  if (title.includes('of') && title[title.length - 1] !== 'of') {
    while (i < words.length - 2 && !isGivenName(words[i]!) && !NAME_PARTICLES.has(words[i]!)) { title.push(words[i]!); i++; }
  }
  // A title inside the run: "Homeland Security Secretary Jeh Johnson", "City Attorney Brad Holm".
  for (let k = words.length - 2; k > i; k--) {
    // "Martin Luther King Jr.": a title word with only a suffix after it is part of the name.
    if (!isTitleWord(words[k]!) || (k === words.length - 2 && NAME_SUFFIXES.has(words[k + 1]!))) continue;
    let end = k + 1;
    // "UN High Commissioner for Refugees Filippo Grandi": a title's "for"/"on" phrase runs to a known given name;
    // without one ("United Nations High Commissioner for Human Rights") the run is a title that names no one.
    if (words[end] === 'for' || words[end] === 'on') {
      while (end < words.length - 1 && !isGivenName(words[end]!)) end++;
      if (end >= words.length - 1) break;
    }
    if (words[end] === 'of' && end + 2 < words.length) end += 2; // "… Secretary of State John Kerry"
    if (end >= words.length) break;
    title.push(...words.slice(i, end));
    i = end;
    while (i < words.length - 1 && honorificGender(words[i]!) !== undefined) i++;
    break;
  }
  if (i === 0) {
    // No title word, but a known given name inside the run opens the name: "Administrator Jim Bridenstine", "special
    // envoy to Ukraine Kurt Volker" (the run "Ukraine Kurt Volker"). A country or place in front is not a title.
    const k = givenNameInside(words);
    if (k > 0) {
      // The words in front are a role only when they hold a title ("Administrator"); otherwise they may be anything
      // ("Enter Stuart R. Kaplan" opening a sentence, a country, a mention cut wrong).
      const before = words.slice(0, k);
      if (before.some((w) => isTitleWord(w))) title.push(...before);
      i = k;
    } else if (words.length >= 3 && isCountry(words[0]!) && !isGivenName(words[0]!) && !isOrganizationWord(words[words.length - 1]!)
        && !isTitleWord(words[words.length - 1]!)) {
      i = 1; // "China's ambassador to Britain Liu Xiaoming": the run "Britain Liu Xiaoming"
    }
  }
  const core = i === 0 ? run : words.slice(i).join(' '); // the whole run when no title was cut
  const t = title.join(' ');
  if (/\b(?:[Ss]pokeswoman|[Cc]ongresswoman|Queen|Princess|Chairwoman)\b/.test(t)) gender = 'f';
  return { core, title: t || undefined, gender };
}
