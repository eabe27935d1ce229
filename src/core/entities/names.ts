// Finds runs of capitalized words that may name someone ("Valery Gerasimov", "Mr. Trump",
// "Kim Jong Un", "New York Post"), once per text, in one pass over its characters. Resolution
// then looks mentions up by offset (binary search) instead of rescanning the text per attribution.
// A hand-written scanner, not a regex: the index runs on every article and must cost little
// next to the rest of the engine (a unicode regex with look-behind ran at ~3M words/s; this at >10M).
import { CAPITALIZED_FUNCTION_WORDS } from '../data/entities/function-words';
import { GATHERED_PEOPLE, ORGANIZATION_WORDS } from '../data/entities/institutions';
import { TITLES } from '../data/entities/people';
import { MONTH_ABBREVIATIONS } from '../time-words';
import { CAPITAL_OF, COUNTRIES, US_STATES } from '../data/entities/places';

export interface NameMention {
  /** Start of the name, after any leading function word ("The", "According", "While"). */
  start: number;
  end: number;
}

// Months as AP style shortens them ("Sentencing is scheduled for Feb. 14") open no name either: the span stage's list.
const FUNCTION_WORDS = new Set([...CAPITALIZED_FUNCTION_WORDS, ...[...MONTH_ABBREVIATIONS].map((m) => m[0]!.toUpperCase() + m.slice(1))]);

/**
 * A sieve in front of FUNCTION_WORDS: one bit per length, first and last character of each function word. Most runs
 * open with a name ("Trump", "Russia"), which the sieve turns away without the slice and hash a lookup takes.
 */
const FUNCTION_WORD_SIEVE = new Uint32Array(32 * 64);
const sieveIndex = (length: number, first: number): number => Math.min(length, 31) * 64 + (first & 63);
for (const w of FUNCTION_WORDS) FUNCTION_WORD_SIEVE[sieveIndex(w.length, w.charCodeAt(0))]! |= 1 << (w.charCodeAt(w.length - 1) & 31);

/** Whether text[start, end) is one of FUNCTION_WORDS. */
function isFunctionWordAt(text: string, start: number, end: number): boolean {
  if ((FUNCTION_WORD_SIEVE[sieveIndex(end - start, text.charCodeAt(start))]! & (1 << (text.charCodeAt(end - 1) & 31))) === 0) return false;
  return FUNCTION_WORDS.has(text.slice(start, end));
}
/** Function words newspapers set in capitals to open an article ("AS Opposition Leader …", "WHEN the council …"); not
 *  "US", "IT" or "WHO", which are names in capitals too. */
const DROP_CAP_OPENERS = new Set(['AS', 'THE', 'A', 'AN', 'IN', 'ON', 'AT', 'FOR', 'WITH', 'WHEN', 'WHILE', 'AFTER', 'BEFORE',
  'SINCE', 'DURING', 'ALTHOUGH', 'BUT', 'AND', 'THIS', 'THAT', 'IF', 'FROM', 'ONE', 'IT’S', "IT'S"]);

/** A word of DROP_CAP_OPENERS at the start of a paragraph. */
function isDropCapOpener(text: string, start: number, end: number): boolean {
  if (end - start > 8 || !isUpper(text.charCodeAt(start + 1))) return false;
  if (start > 0 && text.charCodeAt(start - 1) !== 10) return false;
  return DROP_CAP_OPENERS.has(text.slice(start, end));
}

// Abbreviations whose period belongs to the name: "Mr. Trump", "Gen. Gerasimov", "Martin Luther King Jr."
const ABBREVIATIONS = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Jr', 'Sr', 'St', 'Gen', 'Sen', 'Rep', 'Gov', 'Lt', 'Col',
  'Sgt', 'Capt', 'Adm', 'Prof', 'Rev', 'Maj', 'Cmdr', 'Brig', 'Pres', 'Hon']);
// Lower-case particles that sit inside names: "Charles de Gaulle"; and after an organization's head
// word only, "on" and "for": "Commission on Presidential Debates", "Center for American Progress"
// (but "Obama on Syria" is two names).
// "of" likewise only after an organization or a title: "Ministry of Defence", "Secretary of State",
// but "Isabel Ruiz of Heaven Sent Gaming" is a person and an organization.
const ORGANIZATION_PARTICLES = new Set(['on', 'for', 'of']);
const ORGANIZATION_HEADS = new Set([...ORGANIZATION_WORDS, ...TITLES.filter((t) => !t.includes(' ')),
  'University', 'Bank', 'Statue', 'Duke', 'Duchess', 'Earl', 'House', 'Department', 'Chamber', 'Republic', 'Kingdom',
  'State', 'States', 'Province', 'City', 'Town', 'Isle', 'Gulf', 'Sea', 'Bay', 'Cape', 'Lake', 'Mount']);
const GATHERED_PEOPLE_SET: ReadonlySet<string> = new Set(GATHERED_PEOPLE);
// "ten", "ter": Dutch ("Erik ten Hag" was read as "Hag").
const PARTICLES = new Set(['de', 'da', 'di', 'del', 'van', 'von', 'der', 'den', 'ten', 'ter', 'bin', 'al', 'la', 'le', 'du']);
const LONGEST_PARTICLE = Math.max(...[...PARTICLES, ...ORGANIZATION_PARTICLES].map((p) => p.length));
/** The particles of both lists as numbers, their letters' codes side by side (three letters at most, a–z): most short
 *  words after a capitalized one ("and", "is", "was") are none, and are turned away without a slice to hash. */
const particleCode = (text: string, start: number, end: number): number => {
  let code = 0;
  for (let i = start; i < end; i++) code = code * 128 + text.charCodeAt(i);
  return code;
};
const PARTICLE_CODES: ReadonlySet<number> = new Set([...PARTICLES, ...ORGANIZATION_PARTICLES].map((p) => particleCode(p, 0, p.length)));

const UPPER = /\p{Lu}/u;
// Candidate capitals, found by the regex engine's fast character-class scan; isUpper confirms them.
const CAPITAL = /[A-Z\u00C0-\u00DE\u0100-\u024F\u0386-\u03AB\u0400-\u042F]/g;
const isUpper = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 192 && UPPER.test(String.fromCharCode(c)));
/** Letters, digits and combining marks (anything past Latin-1 punctuation counts as a letter). */
const isWordChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 192 && c !== 8217 && c !== 8216
    && c !== 8220 && c !== 8221 && c !== 8211 && c !== 8212 && c !== 8230 && c !== 8226 && c !== 160 && !(c >= 8192 && c <= 8303));
const isApostrophe = (c: number): boolean => c === 39 || c === 8217;

/**
 * The character code at `i`, or -1 past either end of the text. Reading past the end gives NaN, which every
 * test here treats like -1; but the first such read deoptimizes the optimized scanner (a recompile of the
 * whole name index, during the bench's timed passes), so reads that may fall off the text go through here.
 */
export const codeAt = (text: string, i: number): number => (i >= 0 && i < text.length ? text.charCodeAt(i) : -1);

/** End of the capitalized token starting at `i` (an uppercase letter at a word start). */
function tokenEnd(text: string, i: number): number {
  const n = text.length;
  let j = i + 1;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (isWordChar(c)) { j++; continue; }
    // Inner hyphen or apostrophe followed by a letter ("Al-Assad", "O'Brien"), not a possessive 's.
    if ((c === 45 || isApostrophe(c)) && j + 1 < n && isWordChar(text.charCodeAt(j + 1))) {
      if (isApostrophe(c) && (text.charCodeAt(j + 1) === 115) && (j + 2 >= n || !isWordChar(text.charCodeAt(j + 2)))) break;
      j += 2;
      continue;
    }
    break;
  }
  if (codeAt(text, j) === 46) { // a period: keep it for initials, acronyms and abbreviations
    if (j - i === 1) {
      j++;
      // Dotted acronyms: "U.S.", "U.K."
      while (j + 1 < n && isUpper(text.charCodeAt(j)) && text.charCodeAt(j + 1) === 46) j += 2;
    } else if (ABBREVIATIONS.has(text.slice(i, j))) j++;
  }
  return j;
}

/** A space inside a name: web pages often join a name's words with a no-break space ("Office&nbsp;for the Western
 *  District", "Rep.&nbsp;Ilhan Omar"), and a name cut there lost its end or its title. */
const isNameSpace = (c: number): boolean => c === 32 || c === 160;

/** Start of the next capitalized token continuing a name after `j` (" Jong", " of Defence"), or -1. */
function continuation(text: string, j: number, tokenStart: number): number {
  const space = codeAt(text, j);
  if (!isNameSpace(space)) return -1;
  const next = j + 1;
  // "… BAN FROM OLYMPICS&nbsp;The International Olympic Committee": a no-break space before "The" ends a headline.
  if (space === 160 && text.startsWith('The ', next)) return -1;
  if (isUpper(codeAt(text, next))) return next;
  // A lower-case particle between capitalized words: "Ministry of Defence", "Ministry of the Interior".
  let k = next;
  // A word longer than every particle ("said", "announced") is none: read no further, and no slice to look up.
  while (k < text.length && k - next <= LONGEST_PARTICLE && text.charCodeAt(k) >= 97 && text.charCodeAt(k) <= 122) k++;
  if (k === next || k - next > LONGEST_PARTICLE || !isNameSpace(codeAt(text, k)) || !PARTICLE_CODES.has(particleCode(text, next, k))) return -1;
  const particle = text.slice(next, k);
  if (!PARTICLES.has(particle)
      && !(ORGANIZATION_PARTICLES.has(particle) && ORGANIZATION_HEADS.has(text.slice(tokenStart, j)))
      && !(particle === 'for' && GATHERED_PEOPLE_SET.has(text.slice(tokenStart, j)))) return -1;
  if (isUpper(codeAt(text, k + 1))) return k + 1;
  if (text.startsWith('the ', k + 1) && isUpper(codeAt(text, k + 5))) return k + 5;
  // "Committee for a Responsible Federal Budget", "Centre for a Modern Ukraine": after a body's head word only.
  if (particle !== 'of' && ORGANIZATION_PARTICLES.has(particle) && text.startsWith('a ', k + 1) && isUpper(codeAt(text, k + 3))
    && ORGANIZATION_HEADS.has(text.slice(tokenStart, j))) return k + 3;
  return -1;
}

/** All capitalized runs of the text, in text order, without leading function words. */
export function findNameMentions(text: string): NameMention[] {
  const mentions: NameMention[] = [];
  const tokenStarts: number[] = [];
  const tokenEnds: number[] = [];
  CAPITAL.lastIndex = 0;
  // test(), not exec(): no match array per capital letter; the match is one code unit, just before lastIndex.
  while (CAPITAL.test(text)) {
    const i = CAPITAL.lastIndex - 1;
    if (!isUpper(text.charCodeAt(i)) || (i > 0 && isWordChar(text.charCodeAt(i - 1)))) continue;
    // The run's tokens go in two scratch arrays reused for every run, counted by `tokens` (setting their
    // length to 0 instead dropped their storage, which every run then allocated again).
    let tokens = 0;
    let at = i;
    for (;;) {
      const end = tokenEnd(text, at);
      tokenStarts[tokens] = at; tokenEnds[tokens] = end; tokens++;
      let next = continuation(text, end, at);
      if (next < 0) next = bodyAfterAnd(text, end, i, at);
      if (next < 0) break;
      at = next;
    }
    const runEnd = tokenEnds[tokens - 1]!;
    CAPITAL.lastIndex = runEnd;
    // Drop leading function words ("The", "According", "While"): they capitalize the sentence, not a name.
    let first = 0;
    while (first < tokens && isFunctionWordAt(text, tokenStarts[first]!, tokenEnds[first]!)) first++;
    // A drop cap: "AS Opposition Leader Bill Shorten said …" opens its paragraph with a word set in capitals.
    if (first === 0 && tokens > 1 && isDropCapOpener(text, tokenStarts[0]!, tokenEnds[0]!)) first = 1;
    // A sentence opening with a participle ("Visiting Russia in March, he …"): the verb is no name.
    if (first < tokens - 1 && tokenEnds[first]! - tokenStarts[first]! >= 6
        && text.startsWith('ing', tokenEnds[first]! - 3) && opensSentence(text, tokenStarts[first]!)) first++;
    if (first === tokens) continue;
    // A title-case headline is no name (see isHeadlineRun).
    if (isHeadlineRun(text, tokenStarts, tokenEnds, first, tokens)) continue;
    const start = tokenStarts[first]!;
    // A lone sentence-opening verb or adverb ("Congratulating", "Reportedly") is not a name; "Beijing", "Italy" are.
    if (first === tokens - 1 && opensSentence(text, start) && endsInVerbOrAdverb(text, start, runEnd)
        && !PLACES_LIKE_VERBS.has(text.slice(start, runEnd))) continue;
    mentions.push({ start, end: runEnd });
  }
  return mentions;
}

/** Inner function words that make a run a title-case headline, not a name. */
const HEADLINE_FUNCTION_WORDS = 2;

/**
 * Whether the run's tokens after `first` hold HEADLINE_FUNCTION_WORDS or more capitalized function words: "The
 * Democratic Primary Is A Fight Over Wall Street And Obama’s Legacy", "Obama Administration To Expand Program To Allow
 * …", "The Cards That Made Tarot A Global Phenomenon". Such a title-case headline is no name: read as one, it named the
 * person or the thing at its end ("Primary Is A Fight Over Wall Street And Obama" was Obama's name in 7 PolNeAR train
 * statements). In running text the words inside a name are lower-case ("Department of the Interior"), so a name keeps
 * at most one. Splitting the headline at its function words instead made names of its verbs ("Reveals Stunning Thing
 * Trump", "Clinton Raped"): the headline gives no mention at all, and the article's names below it are read alone.
 */
function isHeadlineRun(text: string, starts: number[], ends: number[], first: number, tokens: number): boolean {
  let inner = 0;
  for (let k = first + 1; k < tokens; k++) if (isFunctionWordAt(text, starts[k]!, ends[k]!) && ++inner >= HEADLINE_FUNCTION_WORDS) return true;
  return false;
}

const ORGANIZATION_WORD_SET: ReadonlySet<string> = new Set(ORGANIZATION_WORDS);
const MAX_BODY_TAIL = 4;

/**
 * Start of the words after " and " when they finish the name of a body the run opened with "the" ("the World Travel
 * and Tourism Council", "the Citizenship and Immigration Services", "the Bill and Melinda Gates Foundation"), or -1.
 * The name was cut at "and", and its last part ("Tourism Council") named the speaker. Only after "the": "Clinton and
 * State Department officials", "Obama and House Republicans" are two names. Reads at most MAX_BODY_TAIL words ahead.
 */
function bodyAfterAnd(text: string, j: number, runStart: number, lastStart: number): number {
  if (!text.startsWith(' and ', j) || !isUpper(codeAt(text, j + 5))) return -1;
  if (!text.startsWith('the ', runStart - 4) && !text.startsWith('The ', runStart)) return -1;
  // "The Washington Post and ABC News": a run that already ends like a body's name is one body of two.
  if (ORGANIZATION_WORD_SET.has(text.slice(lastStart, j))) return -1;
  let at = j + 5;
  for (let n = 0; n < MAX_BODY_TAIL; n++) {
    const end = tokenEnd(text, at);
    const next = continuation(text, end, at);
    if (next < 0) return ORGANIZATION_WORD_SET.has(text.slice(at, end)) ? j + 5 : -1;
    at = next;
  }
  return -1;
}

/** Countries, capitals and states whose names end like a participle or an adverb ("Beijing responded …", "Italy said"). */
const PLACES_LIKE_VERBS: ReadonlySet<string> = new Set([...COUNTRIES, ...Object.keys(CAPITAL_OF), ...US_STATES]
  .filter((name) => !name.includes(' ') && /(?:ing|ly|ed)$/.test(name)));

/** Whether text[start, end) ends in -ing, -ly or -ed: suffix checks in place, no slice, no regex (this runs for
 *  every capitalized word that opens a sentence). */
function endsInVerbOrAdverb(text: string, start: number, end: number): boolean {
  return (end - start >= 3 && text.startsWith('ing', end - 3)) ||
    (end - start >= 2 && (text.startsWith('ly', end - 2) || text.startsWith('ed', end - 2)));
}

/** True when only white space, an opening quote or bracket separates `at` from a sentence start. */
export function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  for (; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    // space, tab, opening quotes and brackets
    if (!(c === 32 || c === 9 || c === 160 || c === 8220 || c === 34 || c === 8216 || c === 39 || c === 40 || c === 91)) break;
  }
  if (i < 0) return true;
  const c = text.charCodeAt(i);
  return c === 46 || c === 33 || c === 63 || c === 58 || c === 8221 || c === 34;
}

/** Index of the last mention that starts before `offset`, or -1 (mentions are sorted by start). */
export function lastMentionBefore(mentions: readonly { start: number }[], offset: number): number {
  let lo = 0, hi = mentions.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

const PROBE_WINDOW = 2500;

/**
 * Whether a capitalized word also appears in lower case near `near` ("Rival Hillary Clinton" at a
 * sentence start, "rival Donald Trump" elsewhere): then its capital is the sentence's, not a name's.
 * Each word is looked up once per text, inside a bounded window, within a budget: cost stays linear.
 */
export function lowercaseProbe(text: string): (word: string, near: number) => boolean {
  const cache = new Map<string, boolean>();
  // A budget keeps hostile text (a million distinct capitalized pairs) linear: at most one window
  // scan per PROBE_WINDOW characters of text, so all probes together read the text about twice.
  let budget = Math.max(64, Math.ceil(text.length / PROBE_WINDOW));
  return (word, near) => {
    const lower = word.toLowerCase();
    let hit = cache.get(lower);
    if (hit !== undefined) return hit;
    if (budget-- <= 0) return false;
    const from = Math.max(0, near - PROBE_WINDOW);
    const window = text.slice(from, Math.min(text.length, near + PROBE_WINDOW));
    hit = false;
    for (let at = window.indexOf(lower); at >= 0; at = window.indexOf(lower, at + 1)) {
      if ((at === 0 || !isWordChar(window.charCodeAt(at - 1))) && !isWordChar(codeAt(window, at + lower.length))) { hit = true; break; }
    }
    cache.set(lower, hit);
    return hit;
  };
}
