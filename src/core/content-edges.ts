// Where contents start and end: a dateline or an introductory phrase left out, a complementizer
// after adjuncts, a second statement coordinated after the first, a quotation resuming after its
// attribution tail, quoted sentences that follow. Shared by frames.ts and orient.ts.
import { ARTICLES, type Context, closesQuote, isWord, opensQuote, punct, startsWithDigit, word } from './context';
import { CUE_SHARE } from './lexicon';
import type { Sentence } from './sentences';
import type { TokenSpan } from './speakers';
import { stateAfterTownComma } from './state-places';
import { slotOfWord } from './tokens';
import { DAYS, MONTHS, PERIOD_OPENERS } from './time-words';

/** Words that end an object content ("praised the plan during the debate"). A bare "who" does not: it opens a
 *  restrictive relative that belongs to the object ("the percentage of jobless people in the workforce who are
 *  actively seeking employment"; ", who" still ends it at the comma) — train +10 exact contents. A bare "but" does: a second
 *  verb phrase of the speaker follows ("praised Mr. Clarke's work preserving the property but also had to give him more time";
 *  train +4 exact contents, dev +1). Prepositions do not: measured with
 *  PolNeAR's gold cues, "a moratorium on charter schools", "fellow Republicans to unendorse Trump" keep their
 *  phrase far more often than "in a statement" ends one (dropping in/on/at/to/with/from/by: dev oracle F1
 *  72.4 → 74.3, train 57.9 → 58.4). */
export const OBJECT_ENDS = new Set(['during', 'since', 'after', 'before', 'when', 'while', 'because', 'which', 'but']);

/** Gatherings an act takes place at: "thanked supporters at a victory rally in his home state", "unveiled a political
 *  reform agenda at a surprise news conference Tuesday". */
const OCCASION_NOUNS = new Set(['rally', 'rallies', 'conference', 'hall', 'stop', 'fundraiser', 'debate']);

/** "at|during a|an [up to 3 words] rally": an occasion phrase opening at token k. Only with an indefinite article: "at
 *  the convention", "during the debate" name what the object is about as often as where the act was. Asked for objects
 *  cut hard (train: 7 contents change, all 7 become exact, 6 of them newly right); the milder object ends of other cues lost 2 of 3
 *  ("plans to make her proposal at a campaign stop"), so not there. */
export function isOccasionPhrase(c: Context, k: number, last: number): boolean {
  if (!isWord(c, k) || (word(c, k) !== 'at' && word(c, k) !== 'during') || k + 2 > last) return false;
  if (word(c, k + 1) !== 'a' && word(c, k + 1) !== 'an') return false;
  for (let j = k + 2; j <= last && j <= k + 5; j++) {
    if (!isWord(c, j)) return false;
    if (OCCASION_NOUNS.has(word(c, j))) return true;
  }
  return false;
}

/** Nouns for the medium a statement was made in: "attacked Machado in early-morning tweets", "rejected that argument
 *  in a ruling released Thursday" — such a phrase attaches to the cue, not to its object. The spoken ones from "diatribe"
 *  on were added later ("denounced the annexation in an on-air diatribe", "talking about immigration in the fifth
 *  Republican debate": train 4 contents change, 3 become exact, none lost; dev +1). Documents that can be part of the
 *  object stay out ("opposed a request in a civil lawsuit to question her", which a first list cut). */
const MEDIUM_NOUNS = new Set(['statement', 'statements', 'interview', 'interviews', 'ruling', 'tweet', 'tweets', 'letter', 'speech',
  'op-ed', 'post', 'posts', 'email', 'emails', 'e-mail', 'filing', 'memo', 'video', 'ad', 'appearance', 'broadcast', 'release',
  'briefing', 'remarks', 'address', 'essay', 'column', 'editorial', 'message', 'testimony', 'diatribe', 'tirade', 'rant',
  'podcast', 'videos', 'ads', 'commercial', 'speeches', 'debate']);

/** "in (a|an|the|…) [up to 3 words] statement": a medium phrase opening at token k (measured for object contents: train
 *  5 contents end there vs 1 that keeps it, word + preposition cues 2 vs 2; for clauses it mostly belongs to the content). */
export function isMediumPhrase(c: Context, k: number, last: number): boolean {
  if (!isWord(c, k) || !['in', 'during', 'through'].includes(word(c, k))) return false;
  for (let j = k + 1; j <= last && j <= k + 6; j++) {
    if (punct(c, j) === '-') continue; // "in early-morning tweets"
    if (!isWord(c, j)) return false;
    if (MEDIUM_NOUNS.has(word(c, j))) return true;
  }
  return false;
}


/** Where a post appears: "on Twitter", "via Facebook", "on its website", "on his Facebook page". */
const PLATFORMS = new Set(['twitter', 'facebook', 'instagram', 'youtube', 'snapchat', 'website', 'blog']);
const PLATFORM_OWNERS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'the']);
const PLATFORM_PAGES = new Set(['page', 'account', 'feed', 'site', 'channel']);

/** "reported her presence on Twitter", "noted Bill Clinton’s comments and video of them on its website": a platform
 *  phrase that closes an object content says where the act was posted, not what was said (train: 6 object contents
 *  end before it, none keeps it; inside the object it stays: "thanked Trump on Twitter for backing his top legislative
 *  priority"; "on social media" is left out, gold keeps it as often as not). */
export function endBeforePlatform(c: Context, first: number, last: number): number {
  let k = last;
  while (k > first && punct(c, k) !== '') k--; // the sentence's period
  if (isWord(c, k) && PLATFORM_PAGES.has(word(c, k))) k--;
  if (k <= first + 1 || !isWord(c, k) || !PLATFORMS.has(word(c, k))) return last;
  k--;
  if (PLATFORM_OWNERS.has(word(c, k))) k--;
  return k > first && isWord(c, k) && (word(c, k) === 'on' || word(c, k) === 'via') ? k - 1 : last;
}

/** Words a narrator's aside in brackets holds at least: shorter ones are labels ("(R-FL)", "(TPP)", "(90 percent)",
 *  "(think Edith Wilson)") that go with the words before them. */
const ASIDE_WORDS = 4;

/** "as someone who is completely outside the norms of the Republican Party (which lets the rest of the GOP off the
 *  hook)", "killed 81 percent of white homicide victims (the actual number is closer to 15 percent)": a bracketed
 *  clause opening in lower case that closes a content is the narrator's comment on it (train: 7 contents end before
 *  it vs 2 that keep it; one inside quotation marks, which stays). */
export function endBeforeBracketedAside(c: Context, first: number, last: number): number {
  let k = last;
  while (k > first && (punct(c, k) === '.' || punct(c, k) === ',')) k--;
  if (punct(c, k) !== ')' || c.regionOf[k]! >= 0) return last;
  let words = 0;
  for (let j = k - 1; j > first + 1; j--) {
    if (punct(c, j) === ')' || c.regionOf[j]! >= 0) return last;
    if (punct(c, j) === '(') return words >= ASIDE_WORDS && isWord(c, j + 1) && !c.t.cap[j + 1] ? j - 1 : last;
    if (isWord(c, j)) words++;
  }
  return last;
}

/** "endorsed Sanders in February", "endorsed Canova in late May", "opposed it in 2007": a month or a year after "in"
 *  dates the act (for plain object cues, train: 6 contents end there vs 2 that keep it; after word + preposition cues
 *  0 vs 4, and clauses keep it: 1 vs 33). */
export function isDatePhrase(c: Context, k: number, last: number): boolean {
  if (!isWord(c, k) || word(c, k) !== 'in' || k + 1 > last) return false;
  let j = k + 1;
  if (['early', 'late', 'mid'].includes(word(c, j)) && j + 1 <= last) j++;
  if (punct(c, j) === '-' && j + 1 <= last) j++;
  return isWord(c, j) && (MONTHS.has(word(c, j)) || /^(19|20)\d\d$/.test(word(c, j)));
}

export const EDGE_PUNCT = new Set([',', '.', ';', ':', '—', '–', '-', '(', ')', '!', '?']);

/** Sentence that ends with ':' and a paragraph that is a quotation after it. */
export function quoteInNextParagraph(c: Context, s: Sentence): number {
  const j = s.to;
  if (punct(c, s.to - 1) !== ':') return -1;
  const k = j < c.t.n && c.t.kind[j] === 4 ? j + 1 : j;
  return k < c.t.n && opensQuote(c, k) ? c.regionOf[k]! : -1;
}

/** Words that open an adjunct between a cue and its "that" ("at a campaign stop in Toledo, Ohio, that", "via email that"). */
export const ADJUNCT_OPENERS = new Set(['at', 'in', 'on', 'during', 'after', 'before', 'to', 'from', 'with', 'via', 'while', 'last', 'this',
  'earlier', 'later', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today']);
export const SUBORDINATORS = new Set(['though', 'although', 'while', 'when', 'if', 'because', 'since', 'once', 'until', 'unless', 'whether', 'after', 'before']);

/** Words that open an introductory phrase which PolNeAR leaves out of a content ("As it stands, …"). */
export const INTRO_OPENERS = new Set(['as', 'in', 'on', 'at', 'after', 'before', 'during', 'since', 'with', 'under', 'last', 'earlier',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'meanwhile', 'still',
  'however', 'instead', 'separately', 'overall', 'ultimately', 'now', 'then', 'for', 'by', 'among']);

/** Skip a dateline ("WASHINGTON ―") and a short introductory phrase ending in a comma at a content's start. */
export function skipSentenceOpening(c: Context, first: number, last: number): number {
  const k = openingAfterDateline(c, first, last);
  if (k <= last && isWord(c, k) && INTRO_OPENERS.has(word(c, k)) && !keptOpening(c, k)) {
    for (let j = k + 1; j <= last && j - k <= 6; j++) {
      if (c.regionOf[j]! >= 0) break;
      if (punct(c, j) === ',') return j + 1 <= last ? j + 1 : k;
      if (!isWord(c, j)) break;
    }
  }
  return k;
}

/** Sentence adverbs PolNeAR keeps in the content they open ("Instead, she started as such a prohibitive favorite …",
 *  "Now, that can only help …"; train gold: "Instead," 5 kept vs 0 left out, "Now," 4 vs 0), and a concessive
 *  "however": with a word and then a subject after it, no comma ("However laudable the goal, using the capital gains
 *  tax ''is a misguided approach''", "however hard they try"), it opens a clause of the content, not a connective. */
function keptOpening(c: Context, k: number): boolean {
  const w = word(c, k);
  if (w === 'however') return isWord(c, k + 1) && !c.t.cap[k + 1] && !CONCESSIVE_SUBJECTS.has(word(c, k + 1)) && isWord(c, k + 2) && CONCESSIVE_SUBJECTS.has(word(c, k + 2));
  return KEPT_ADVERBS.has(w) && punct(c, k + 1) === ',';
}
const KEPT_ADVERBS = new Set(['instead', 'now']);
/** Determiners and subject pronouns that open the subject of a concessive "however" clause. */
const CONCESSIVE_SUBJECTS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those',
  'he', 'she', 'they', 'we', 'you', 'it', 'i']);

/** The first token after a dateline (capitalised words and a bracketed agency before a dash: "WASHINGTON ―"), or
 *  `first` when there is none. */
export function openingAfterDateline(c: Context, first: number, last: number): number {
  let k = first;
  let d = k;
  while (d <= last && d - k < 6 && (isWord(c, d) ? isAllCaps(c, d) : ['(', ')', ','].includes(punct(c, d)))) d++;
  if (d > k && d <= last && (punct(c, d) === '―' || punct(c, d) === '—' || punct(c, d) === '–' || (punct(c, d) === '-' && punct(c, d + 1) === '-'))) {
    k = d + 1;
    while (k <= last && punct(c, k) === '-') k++;
  }
  // "(CNN)President Donald Trump has gained weight …": an agency in brackets, glued to the sentence it opens.
  else if (k + 3 <= last && punct(c, k) === '(' && isWord(c, k + 1) && isAllCaps(c, k + 1) && punct(c, k + 2) === ')') k += 3;
  return k;
}

export function isAllCaps(c: Context, i: number): boolean {
  const w = c.text.slice(c.t.start[i]!, c.t.end[i]!);
  return w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase();
}

/** "and", "but": compared, not looked up in a Set, as this runs for every word of every forward content (a Set lookup
 *  hashed each word's new string first, and most words are hashed nowhere else). */
const isCoordinator = (w: string): boolean => w === 'and' || w === 'but';
/** The slots (tokens.ts) of "and" and "but": a token's slot is an array read, where comparing its word loads the word's
 *  string, which sits elsewhere in memory; the scans below compare a word only at a matching slot. */
const AND_SLOT = slotOfWord('and'), BUT_SLOT = slotOfWord('but');
/** Is token k "and" or "but"? */
const isCoordinatorAt = (c: Context, k: number): boolean => {
  const slot = c.t.slot[k]!;
  return (slot === AND_SLOT || slot === BUT_SLOT) && isWord(c, k) && isCoordinator(word(c, k));
};
/** Does token k start with a digit? Read from the text, not the word's string (see AND_SLOT). */
const digitAt = (c: Context, k: number): boolean => {
  const ch = c.text.charCodeAt(c.t.start[k]!);
  return ch >= 48 && ch <= 57;
};

/**
 * A content running forward ends where the sentence's subject starts a second statement
 * ("tweeted that Machado was “a con” and encouraged Americans …", "is promising lower taxes …, but he has
 * also intensified …"). (Cutting a quoted phrase before a following adjunct or dash was measured: −0.7 F1.)
 */
export function cutCoordination(c: Context, first: number, last: number): number {
  for (let k = first + 1; k < last; k++) {
    if (c.regionOf[k]! >= 0) continue;
    let j = k;
    if (punct(c, j) === ',' && j + 1 < last) j++;
    if (!isCoordinatorAt(c, j) || j + 1 > last) continue;
    const nw = word(c, j + 1);
    const subject = ['he', 'she', 'they', 'it'].includes(nw);
    const v = subject ? j + 2 : j + 1;
    if (v > last || !isWord(c, v)) continue;
    let vv = v;
    while (vv < last && isWord(c, vv) && ['has', 'have', 'had', 'also', 'then', 'later', 'is', 'was', 'will', 'would'].includes(word(c, vv))) vv++;
    // Inside a "that" clause, "and he was …" coordinates a second clause of what was said ("claimed that Clinton was the
    // one who started the birther controversy and he was simply doing everyone a favor"; train +2 exact, dev +1).
    if ((CUE_SHARE.get(word(c, vv)) ?? 0) >= 0.4 || (subject && vv > v && word(c, first) !== 'that')) return k - 1;
    // "… and Democrats accused the GOP of …": a new named subject with its own cue verb — unless a name or subject
    // pronoun right before "and" makes it one coordinated subject ("what Trump and Lewandowski said").
    const joinsSubject = j === k && isWord(c, k - 1) && (c.t.cap[k - 1] === 1 || ['he', 'she', 'they', 'i', 'we', 'you'].includes(word(c, k - 1)));
    if (c.t.cap[j + 1] && !joinsSubject) {
      let e = j + 1;
      while (e < last && e - j < 5 && isWord(c, e) && c.t.cap[e]) e++;
      if (isWord(c, e) && !c.t.cap[e] && (CUE_SHARE.get(word(c, e)) ?? 0) >= 0.4) return k - 1;
    }
  }
  return last;
}

const CLAUSE_SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'you', 'there', 'it']);
/** Auxiliaries and modals that make a finite verb: a stretch holding one is a clause, not a noun phrase. */
export const FINITE_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should',
  'may', 'might', 'must', 'does', 'did', 'do']);
const NOUN_PHRASE_LEADS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'some', 'many', 'most']);

/**
 * "Although Mr. Obama's aides insisted that he would not be pigeonholed …, the campaign has appeared to acknowledge
 * …", "While some have suggested his most powerful role …, Mr. Obama is also determined …": a cue inside a clause
 * that opens the sentence with a subordinator or a participle has its content end where the main clause starts — a
 * comma, then a subject (a pronoun, or a short noun phrase and an auxiliary). Returns the new last token.
 */
export function endOfOpeningClause(c: Context, s: Sentence, cueFirst: number, first: number, last: number): number {
  if (!opensSubordinateClause(c, s, cueFirst)) return last;
  // "As Earnest explained, three taxes were postponed …, depriving …": a content set off from its cue by a comma is
  // the main clause itself.
  const subordinator = opensWithSubordinator(c, s) && first > 0 && isWord(c, first - 1);
  for (let k = first + 1; k < last; k++) {
    if (c.regionOf[k]! >= 0 || punct(c, k) !== ',') continue;
    if (startsMainClause(c, k + 1, last) || (subordinator && closesSubordinateClause(c, k))) return k - 1;
  }
  return last;
}

/** Words after a comma that go on inside the clause it follows: a coordination, an appositive, a relative clause. */
const CLAUSE_GOES_ON = new Set(['and', 'but', 'or', 'nor', 'a', 'an', 'which', 'who', 'whose', 'whom', 'where']);

/**
 * "While the president has repeatedly said he opposes sending Americans to fight …, his administration carves out
 * exceptions …", "When he encouraged his students to press for academic freedoms, the police assaulted them …": after
 * a sentence-opening subordinator (not a participle), the first comma that opens no coordination, appositive,
 * relative clause or quotation ends the subordinate clause, and with it the content, even when no auxiliary marks
 * the main clause's verb.
 */
function closesSubordinateClause(c: Context, k: number): boolean {
  // "2,400": a comma with no space after it is a number's.
  if (!isWord(c, k + 1) || c.t.end[k] === c.t.start[k + 1]) return false;
  if (CLAUSE_GOES_ON.has(word(c, k + 1))) return false;
  return stateAfterTownComma(c, k) < 0;
}

/** The sentence opens with a subordinator ("While", "Although", "Even as", "As"), not a participle. */
function opensWithSubordinator(c: Context, s: Sentence): boolean {
  let k = s.from;
  if (isWord(c, k) && word(c, k).endsWith('ly')) k++;
  if (!isWord(c, k)) return false;
  const w = word(c, k);
  return SUBORDINATORS.has(w) || w === 'as' || w === 'whereas' || evenSubordinator(c, k);
}

const EVEN_SUBORDINATORS = new Set(['as', 'though', 'if', 'when']);
/** "Even as", "Even though", "Even if", "Even when" at token k. */
function evenSubordinator(c: Context, k: number): boolean {
  return word(c, k) === 'even' && isWord(c, k + 1) && EVEN_SUBORDINATORS.has(word(c, k + 1));
}

/** The sentence opens with a subordinator or a participle, and no comma stands between it and the cue. */
function opensSubordinateClause(c: Context, s: Sentence, cueFirst: number): boolean {
  let k = s.from;
  if (k < cueFirst && isWord(c, k) && word(c, k).endsWith('ly')) k++; // "Increasingly worried about …"
  if (k >= cueFirst || !isWord(c, k)) return false;
  const w = word(c, k);
  if (!SUBORDINATORS.has(w) && w !== 'as' && !evenSubordinator(c, k) && !(w.length > 4 && (w.endsWith('ing') || w.endsWith('ed')) && !NOT_PARTICIPLES.has(w))) return false;
  for (let j = k + 1; j < cueFirst; j++) if (punct(c, j) === ',' || c.regionOf[j]! >= 0) return false;
  return true;
}

/** A subject and its verb from token k: "he is", "I tell", "the campaign has", "Mr. Obama is". */
function startsMainClause(c: Context, k: number, last: number): boolean {
  if (k > last || !isWord(c, k)) return false;
  if (CLAUSE_SUBJECT_PRONOUNS.has(word(c, k))) return k + 1 <= last && isWord(c, k + 1) && !c.t.cap[k + 1] && word(c, k + 1) !== 'said';
  if (!c.t.cap[k] && !NOUN_PHRASE_LEADS.has(word(c, k))) return false;
  for (let j = k + 1; j <= last && j <= k + 4; j++) {
    if (!isWord(c, j) && punct(c, j) !== '.' && punct(c, j) !== "'" && punct(c, j) !== '’') return false;
    if (isWord(c, j) && FINITE_AUXILIARIES.has(word(c, j))) return true;
  }
  return false;
}

/** Words after "but" that make it the second half of "not … but" ("not because of “some kind of personal vendetta,”
 *  but because …"), which stays in the content. */
const CORRELATIVE_BUT = new Set(['because', 'only', 'also', 'rather', 'not', 'instead']);

/**
 * `ruled that Trump’s statement … is “true,” but in the course of their report …`, `blasted Oversight for … only
 * “partial,” meaning it only protected them …`: a quotation that closes on a comma inside its marks, followed by
 * "but", "though" or a participle, ends the content — the narrator takes over (train: 10 contents end there vs 2
 * that run on, "…,” giving states more power"). Returns the new last token.
 */
export function endAtQuotedComma(c: Context, first: number, last: number): number {
  for (let k = first + 2; k < last; k++) {
    if (!closesQuote(c, k)) continue;
    // `said there’s nothing wrong with “that” — asserting that …`, `called it “a national security election” — an
    // issue Democrats …`: a dash set off by a space after the closing mark opens the writer's own aside to the end.
    // Not a dash that closes or opens a pair (`speeches - including ''the way he speaks'' - because …`, `“make America
    // whole again” — itself a rebuttal … — was an inferior slogan`), nor one before more quoted words.
    if (isSpacedDash(c, k + 1)) {
      let after = k + 2;
      while (after <= last && isDash(c, after)) after++; // "--"
      if (!opensQuote(c, after) && !hasSpacedDash(c, first, k) && !hasSpacedDash(c, after, last + 1)) return k;
    }
    if (punct(c, k - 1) !== ',' || !isWord(c, k + 1)) continue;
    const w = word(c, k + 1);
    if (w === 'but' ? !(isWord(c, k + 2) && CORRELATIVE_BUT.has(word(c, k + 2))) : w === 'though' || w === 'although' || isParticiple(w)) return k;
  }
  return last;
}

/** A dash of any kind, spaced or not (the second mark of "--" too). */
export function isDash(c: Context, k: number): boolean {
  const p = punct(c, k);
  return p === '-' || p === '—' || p === '―' || p === '–';
}
/** A dash set off by spaces ("… for backing his top legislative priority - delaying a planned end …", "a list of
 *  endorsements -- most of whom …"): it opens an aside. A hyphen inside a word ("early-morning") has no space before it. */
export const isSpacedDash = (c: Context, k: number): boolean => isDash(c, k) && k > 0 && c.t.start[k]! > c.t.end[k - 1]!;

function hasSpacedDash(c: Context, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (isSpacedDash(c, j)) return true;
  return false;
}

/** Words after a dash that go on with the content: a list or an alternative ("— including murder, rape and robbery",
 *  "— or flat out wrong"). */
const DASH_CONTINUATIONS = new Set(['including', 'like', 'or', 'and', 'especially', 'particularly', 'such', 'not', 'but']);

/** "that Trump has occasionally not paid anything in federal income taxes ― as was true for the few years his tax
 *  returns were made public ― Trump boasted": a content that stops at the closing dash of a pair ends before the
 *  opening one — the aside between them is the writer's (all contents that stop there, train: gold ends before the
 *  aside 3 times vs 1 that keeps it, dev 1 vs 0; the train ones come through other paths than this one). */
export function endBeforeDashedAside(c: Context, first: number, last: number): number {
  if (!isSpacedDash(c, last + 1)) return last;
  let open = -1;
  for (let j = first + 2; j <= last; j++) {
    if (c.regionOf[j]! >= 0 || !isSpacedDash(c, j)) continue;
    if (open >= 0) return last;
    open = j;
  }
  if (open < 0) return last;
  let after = open + 1;
  while (after <= last && isDash(c, after)) after++; // "--"
  return isWord(c, after) && !DASH_CONTINUATIONS.has(word(c, after)) ? open - 1 : last;
}

/** Words that open a participle's own object ("…, encouraging his supporters to …"). */
const OBJECT_LEADS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'him',
  'them', 'us', 'me', 'it', 'some', 'many', 'all']);
/** Participles that open a list or a source, not the narrator's next act ("…, including …", "…, according to …"). */
const LIST_PARTICIPLES = new Set(['including', 'according', 'excluding', 'following', 'regarding', 'concerning']);

/**
 * "questioning the integrity of the U.S. voting system, encouraging his supporters to visit …": an object or an
 * infinitive (no verb of its own before the comma) ends before a comma, a participle and the participle's own object —
 * the narrator's next act of the subject (train: 7 contents end there vs 3 that run on; before a participle with a
 * preposition, 1 vs 4; inside a clause with its own verb, 18 vs 35). Returns the new last token.
 */
export function endBeforeParticipleAct(c: Context, first: number, last: number): number {
  // "eliminating caucuses, limiting …": after a gerund the participle goes on a list.
  if (isWord(c, first) && (CLAUSE_SUBJECT_PRONOUNS.has(word(c, first)) || isParticiple(word(c, first)))) return last;
  for (let k = first + 1; k + 2 <= last; k++) {
    if (c.regionOf[k]! >= 0) continue;
    if (isWord(c, k)) {
      // A verb of its own makes the content a clause; after "including" the comma goes on a list.
      const w = word(c, k);
      if (FINITE_AUXILIARIES.has(w) || (w.endsWith('ed') && w.length > 3) || w === 'including') return last;
    } else if (punct(c, k) === ',' && isWord(c, k + 1) && isParticiple(word(c, k + 1)) && !LIST_PARTICIPLES.has(word(c, k + 1)) &&
      isWord(c, k + 2) && OBJECT_LEADS.has(word(c, k + 2))) return k - 1;
  }
  return last;
}

/**
 * "he did not support Mr. Trump, the presumed Putin favorite", "in partnership with NATO, the existing military
 * alliance …": a last comma after a name, then "the" and no "and" to the end, opens the writer's appositive (or the
 * writer's own clause: "…, the GOP nominee had some explaining to do"), not what was said (train: 10 contents end
 * there vs 6 that run on; after a lower-case word 4 vs 18; before "a"/"an" 7 vs 5 on train but 0 vs 3 on dev; with
 * an "and" after it, a list, 3 vs 3). Returns the new last token.
 */
export function endBeforeNameAppositive(c: Context, first: number, last: number): number {
  for (let k = last - 2; k > first + 1; k--) {
    if (c.regionOf[k]! < 0 && (isWord(c, k) || NAME_PUNCT.has(punct(c, k)))) {
      if (isWord(c, k) && word(c, k) === 'and') return last;
      continue;
    }
    const appositive = punct(c, k) === ',' && c.regionOf[k]! < 0 && word(c, k + 1) === 'the' && isWord(c, k - 1) && c.t.cap[k - 1] === 1;
    return appositive ? k - 1 : last;
  }
  return last;
}
/** The writer's word for what a statement aimed at ("…, a swipe at the recent disturbances", "…, a reference to
 *  thousands of emails leaked last week"): train gold stops before all 6 such phrases after a content, keeps none. */
const COMMENT_NOUNS = new Set(['swipe', 'reference', 'nod', 'jab', 'dig', 'shot', 'allusion', 'rebuke']);

/** Most words between "a"/"an" and the relative of a summary appositive ("a longstanding federal provision that"). */
const SUMMARY_HEAD_WORDS = 4;

/**
 * "it would slash up to 30,000 jobs, a mass layoff rivaling that of the cuts …", "that the contest had been "rigged"
 * against him, a charge that Colorado Republican leaders strongly denied": a last comma, then "a"/"an", a few
 * lower-case words and "that"/"which", with no comma to the end, opens the writer's summary of what was said, not
 * its words (train: 9 contents change, 5 become right, 8 become exact, none is lost; dev has none). "who" is not in:
 * it takes a label after "called" ("Mr. Yanukovych, …, an outstanding leader who …", exact in gold). Not after a
 * capitalised word, where it describes a name ("the Hyde Amendment, a longstanding federal provision that …": gold
 * keeps those), nor after a content of three words or fewer. Returns the new last token.
 */
export function endBeforeSummaryAppositive(c: Context, first: number, last: number): number {
  let k = last;
  while (k > first && punct(c, k) !== ',') k--;
  if (k <= first + 3 || c.regionOf[k]! >= 0 || !isWord(c, k - 1) || c.t.cap[k - 1] === 1) return last;
  if (word(c, k + 1) !== 'a' && word(c, k + 1) !== 'an') return last;
  let words = 0;
  for (let j = k + 2; j < last && words <= SUMMARY_HEAD_WORDS; j++) {
    if (punct(c, j) === '-') continue; // "a not-so-subtle swipe"
    if (!isWord(c, j) || c.t.cap[j] === 1) return last;
    if (words > 0 && (word(c, j) === 'that' || word(c, j) === 'which')) return k - 1;
    if (COMMENT_NOUNS.has(word(c, j)) && (word(c, j + 1) === 'at' || word(c, j + 1) === 'to')) return k - 1;
    words++;
  }
  return last;
}

/** The forms of "endorse", whose object is a candidate: the words after the candidate's name say when, where or how. */
const ENDORSE_FORMS = new Set(['endorse', 'endorsed', 'endorses', 'endorsing']);
/** Object pronouns a candidate may be named by. */
const CANDIDATE_PRONOUNS = new Set(['him', 'her', 'them']);
/** Lower-case words that open a phrase of time or place after the name ("endorsed Trump here on Sunday"). */
const ENDORSE_ADJUNCTS = new Set(['on', 'at', 'here', 'early', ...PERIOD_OPENERS]);
/** Words that join a name's parts ("Sanders of Vermont"). */
const NAME_JOINERS = new Set(['of', 'de', 'van']);
/** A capitalised word that is no day ("Cruz Wednesday" ends at "Cruz"), or a joiner after the name's first word. */
const isNamePart = (c: Context, first: number, k: number): boolean =>
  isWord(c, k) && (c.t.cap[k] === 1 ? !DAYS.has(word(c, k)) : k > first && NAME_JOINERS.has(word(c, k)));

/**
 * "endorsed Cruz last week", "endorsed Trump here on Sunday", "endorsed her early over Democratic rivals", "publicly
 * endorsed him, and the bad blood Cruz engendered …": after "endorse", a name or a pronoun is the whole content when a
 * comma, a dash, a day or a lower-case word of time or place follows it (train: 15 contents change in 14 documents,
 * right statements 11,638 → 11,649, exact contents +13, none is lost; "in" is left out: gold keeps "endorsed Clinton in
 * the race" on dev). Possessives
 * ("Sanders’ approach") and comparisons ("her than Sanders") go on. Returns the new last token.
 */
export function endAfterEndorsedName(c: Context, cueLast: number, first: number, last: number): number {
  if (!ENDORSE_FORMS.has(word(c, cueLast)) || first >= last || !isWord(c, first)) return last;
  let k = first;
  if (CANDIDATE_PRONOUNS.has(word(c, first))) k = first + 1;
  else {
    // "Mr. Trump": a period glued to a word goes on with the name.
    const gluedPeriod = (j: number): boolean => punct(c, j) === '.' && c.t.end[j - 1] === c.t.start[j] && isWord(c, j - 1);
    while (k <= last && (isNamePart(c, first, k) || gluedPeriod(k))) k++;
    if (k === first || !isWord(c, k - 1) || c.t.cap[k - 1] !== 1) return last;
  }
  if (k > last) return last;
  const p = punct(c, k);
  if (p === ',' || p === '-' || p === '–' || p === '—') return k - 1;
  return isWord(c, k) && (DAYS.has(word(c, k)) || (!c.t.cap[k] && ENDORSE_ADJUNCTS.has(word(c, k)))) ? k - 1 : last;
}

/** Words before the figure a comparison opens with ("compared with the 30 percent who …", "compared with just 12%"). */
const FIGURE_LEADS = new Set(['the', 'just', 'only', 'about', 'nearly', 'roughly', 'almost']);
/** Counts a poll's share opens with ("compared with four in 10 who …"). */
const SHARE_COUNTS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);

/**
 * "26 percent of Democrats say they have not been paying much attention, compared with 11 percent of Republican primary
 * voters", "46 percent of voters said yes, compared with 23 percent who …", "1,409 teachers said they wanted to endorse
 * Sanders, while 95 members favored Clinton": in a poll's report the figure after ", compared with|to" or ", while" sets
 * another group against the respondents; what they said ends before it. Only when the
 * content holds no figure of its own: "20 states are solidly Republican …, compared with 14 solidly Democratic" and "66
 * percent of likely women voters … have an unfavorable view of Trump, compared with 48 percent …" compare inside what
 * was said, and gold keeps those (train: 8 contents change, right statements 11,649 → 11,659 with the statements
 * inside the comparison now made, 12 more exact contents, none lost; "while" then 3 more, 11,661, quote exact +3;
 * dev has none).
 * Returns the new last token.
 */
export function endBeforeComparedFigure(c: Context, first: number, last: number): number {
  for (let k = first; k + 3 <= last; k++) {
    if (isWord(c, k) && digitAt(c, k)) return last;
    // "they support Sanders and 160 have not publicly announced their choice", "8 percent prefer Libertarian nominee Gary
    // Johnson and 1 percent support …": a figure that opens a clause of its own after "and" is another group's answer
    // (train 1 and dev 1 such content, both right after; few, but the same contrast as ", while 95 members …").
    if (c.t.slot[k] === AND_SLOT && word(c, k) === 'and' && k >= first + 2 && c.regionOf[k]! < 0 && startsWithDigit(word(c, k + 1)) &&
      (word(c, k + 2) === 'percent' || punct(c, k + 2) === '%' || FINITE_AUXILIARIES.has(word(c, k + 2)))) {
      return punct(c, k - 1) === ',' ? k - 2 : k - 1;
    }
    if (punct(c, k) !== ',' || c.regionOf[k]! >= 0) continue;
    const compared = word(c, k + 1) === 'compared' && (word(c, k + 2) === 'with' || word(c, k + 2) === 'to');
    // "that, while 37 percent of Americans say …" opens the clause: "while" needs words before it.
    if (!compared && (word(c, k + 1) !== 'while' || k < first + 2)) continue;
    let j = compared ? k + 3 : k + 2;
    if (FIGURE_LEADS.has(word(c, j)) && j < last) j++;
    const figure = startsWithDigit(word(c, j)) || (SHARE_COUNTS.has(word(c, j)) && j < last && word(c, j + 1) === 'in');
    return isWord(c, j) && figure ? k - 1 : last;
  }
  return last;
}

/** Words before a poll's share in its subject ("Nearly half", "more than a third"). */
const SHARE_LEADS = new Set(['nearly', 'about', 'almost', 'more', 'fewer', 'less', 'than', 'roughly', 'just', 'only', 'over', 'under', 'a', 'the', 'some']);
/** A poll's share as a subject: "half", "a third", "a majority of Americans". */
const SHARE_WORDS = new Set(['half', 'third', 'quarter', 'two-thirds', 'three-quarters', 'majority', 'plurality', 'fifth']);
/** Counts that open "N in 10". */
const SHARE_BASES = new Set(['10', 'ten', 'five', 'four', 'three']);
const SAY_HEADS = new Set(['say', 'says', 'said', 'saying']);

/** The speaker is a poll's share of its respondents: "47 percent", "42%", "Nearly eight in 10 Democratic voters",
 *  "Nearly a third", "a majority of Americans" (not "Majority Leader Harry Reid"). */
function isRespondentShare(c: Context, first: number, last: number): boolean {
  let k = first;
  while (k < last && isWord(c, k) && SHARE_LEADS.has(word(c, k))) k++;
  if (isWord(c, k) && SHARE_WORDS.has(word(c, k)) && (k === last || word(c, k + 1) === 'of')) return true;
  for (let j = first; j <= last; j++) {
    if (!startsWithDigit(word(c, j)) && !SHARE_COUNTS.has(word(c, j))) continue;
    if (j < last && (word(c, j + 1) === 'percent' || punct(c, j + 1) === '%')) return true;
    if (j + 2 <= last && word(c, j + 1) === 'in' && SHARE_BASES.has(word(c, j + 2))) return true;
  }
  return false;
}

/**
 * "47 percent said they would vote for former Secretary of State Hillary Clinton, however this time around …", "42%
 * say they're liberal, 32% call themselves conservative …", "Nearly a third say they don't know, a higher level of
 * uncertainty than …": what a poll's share of respondents says ends at its content's first comma, where the writer
 * goes on to the numbers (train: 12 contents change, 9 become right, 11 exact, none lost). Not before "and", "but",
 * "or" or an -ed word ("Clinton's deficit, combined with …"), not after "that" and an opening clause ("that while he
 * was …, he was …"), and a comma inside a number or a quotation is no edge. Returns the new last token.
 */
export function endAtRespondentsComma(c: Context, speaker: TokenSpan | null, cueHead: number, first: number, last: number): number {
  if (!speaker || !SAY_HEADS.has(word(c, cueHead)) || !isRespondentShare(c, speaker.first, speaker.last)) return last;
  if (word(c, first) === 'that' && isWord(c, first + 1) && (SUBORDINATORS.has(word(c, first + 1)) || INTRO_OPENERS.has(word(c, first + 1)))) return last;
  for (let k = first + 1; k < last; k++) {
    if (punct(c, k) !== ',' || c.regionOf[k]! >= 0) continue;
    if (c.t.end[k] === c.t.start[k + 1]) continue;
    const w = isWord(c, k + 1) ? word(c, k + 1) : '';
    if (w === 'and' || w === 'but' || w === 'or' || (w.length > 4 && w.endsWith('ed'))) return last;
    return k - 1;
  }
  return last;
}

/** Marks inside a name or an appositive ("Mr.", "U.S.-led", "O'Rourke"). */
const NAME_PUNCT = new Set(['.', '-', "'", '’']);

const isParticiple = (w: string): boolean => w.endsWith('ing') && w.length > 5 && !NOT_PARTICIPLES.has(w);

/** After `“A,” he said`, a quotation that resumes (`, “B.”`) and quoted sentences after it belong to the same content. */
/** Words in -ing that are not participles ("said during a rally"). */
const NOT_PARTICIPLES = new Set(['during', 'morning', 'evening', 'nothing', 'something', 'anything', 'everything', 'thing', 'things',
  'bring', 'king', 'spring', 'meeting', 'building', 'briefing', 'hearing', 'wedding', 'ring', 'string', 'wing', 'ceiling']);

/** Share of a verb's uses PolNeAR marks as a cue above which ", who <verb>" opens the relative's own statement. */
const RELATIVE_CUE_SHARE = 0.5;

/** `“…,” said Beck, who said there were “too many disturbing things …”`: a relative pronoun after the speaker's comma
 *  whose verb is a cue speaks for itself, and a quotation after it is its own (PolNeAR marks the "who" statement). */
function speakingRelative(c: Context, k: number): boolean {
  if (punct(c, k - 1) !== ',' || !isWord(c, k) || !isWord(c, k + 1)) return false;
  const w = word(c, k);
  return (w === 'who' || w === 'which') && (CUE_SHARE.get(word(c, k + 1)) ?? 0) >= RELATIVE_CUE_SHARE;
}

export function continueAfterTail(c: Context, s: Sentence, from: number, end: number): number {
  // Inside the rest of the sentence: a quotation resuming after the tail (`, “B.”`) continues the
  // content, unless a participle frame came first (`, adding that it would take "more hours"`).
  let participle = false, thatClause = false;
  let k = from;
  for (; k < s.to && k < c.t.n; k++) {
    if (c.t.kind[k] === 4) return end;
    if (opensQuote(c, k)) {
      const r = c.regions[c.regionOf[k]!]!;
      // A quoted title inside the tail ("Sanders said during an interview on CNN’s “State of the Union” Sunday.")
      // is short and follows a word, where a resuming quotation follows a comma, colon or "and"
      // (`Oz is “smart as hell,” Steve Mosko wrote …, and “full of s---.”`): step over it.
      if (r.close - k <= 8 && isWord(c, k - 1) && !['and', 'but', 'or', 'that'].includes(word(c, k - 1))) { k = r.close; continue; }
      // Not after a "that" clause, whose own words the quotation goes on with (`, adding that if the GOP loses …,
      // "hanging onto the Senate would be …"`).
      if (participle && (thatClause || !resumesQuotedSentence(c, k))) return end;
      return extendQuote(c, r.close, r.end);
    }
    if (isWord(c, k) && word(c, k).endsWith('ing') && !NOT_PARTICIPLES.has(word(c, k))) participle = true;
    else if (participle && isWord(c, k) && word(c, k) === 'that') thatClause = true;
    else if (speakingRelative(c, k)) participle = thatClause = true;
  }
  // A quoted sentence right after, in the same paragraph (`“A,” Mr. Obama said on Saturday. “B.”`),
  // unless it has a frame of its own (`“B,” she said`).
  if (k < c.t.n && opensQuote(c, k)) {
    const r = c.regions[c.regionOf[k]!]!;
    const after = r.close + 1;
    // A quotation that ends on its own period is a whole sentence: the words after it open the next one, not its tail
    // (`"We need leadership to solve it. …" It’s unclear if Cruz is aware …`).
    if (after >= c.t.n || c.t.kind[after] === 4 || ['.', '?', '!'].includes(punct(c, after)) || opensQuote(c, after) || punct(c, r.close - 1) === '.') return extendQuote(c, r.close, r.end);
    // Not after a participle in the tail (`, she said, referencing …`), whose own statement may go on there.
    const narrated = participle ? -1 : narratedSentenceEnd(c, r.open, r.close);
    if (narrated >= 0) return narrated;
  }
  return quoteParagraphsAfter(c, k, end);
}

/** Fewest words a quotation needs before it can carry on the speaker's words in the narrator's sentence ("“Non-paper” is
 *  a diplomatic term …" is a word named, not said). */
const NARRATED_QUOTE_WORDS = 4;

/** `“…,” said Alan Cole. “I wouldn't call it reform. … It's basically just a tax increase” for the top income bracket.`,
 *  `“They agree with him on issues, but they aren't there yet” to support him as a candidate.`: a quoted sentence after
 *  the tail that breaks off on no mark of its own and goes on in the narrator's lower-case words is still the speaker's,
 *  to the end of that sentence (train: gold runs on 7 times of 8 when no frame of its own is in it). Not before a
 *  pronoun or an article, which open a tail of its own (`“…” he said`), nor across a narrator's comma. Returns the
 *  sentence's end offset, or -1. */
function narratedSentenceEnd(c: Context, open: number, close: number): number {
  const after = close + 1;
  if (after >= c.t.n || !isWord(c, after) || c.t.cap[after] || c.regionOf[after]! >= 0) return -1;
  if (!isWord(c, close - 1) || CLAUSE_SUBJECT_PRONOUNS.has(word(c, after)) || ARTICLES.has(word(c, after))) return -1;
  let words = 0;
  for (let k = open + 1; k < close && words < NARRATED_QUOTE_WORDS; k++) if (isWord(c, k)) words++;
  if (words < NARRATED_QUOTE_WORDS) return -1;
  for (let k = after; k < c.t.n && k < after + 60; k++) {
    if (c.t.kind[k] === 4) return c.t.end[k - 1]!;
    if (c.regionOf[k]! >= 0) {
      if (closesQuote(c, k) && ['.', '?', '!'].includes(punct(c, k - 1))) return c.regions[c.regionOf[k]!]!.end;
      continue;
    }
    const p = punct(c, k);
    if (p === '.' || p === '?' || p === '!') return c.t.end[k - 1]!;
    if (p === ',' || p === ';' || p === ':') return -1;
  }
  return -1;
}

/** `, “you give ammunition …”`: the quotation opening at `k` follows a comma and starts in lower case — it goes on with
 *  the quoted sentence that a tail interrupted, even past a participle clause (`“Every time you say that,” Tester said,
 *  referring the the 1 percent excuse, “you give ammunition to the people who want to break up the big banks.”`). */
export function resumesQuotedSentence(c: Context, k: number): boolean {
  return punct(c, k - 1) === ',' && isWord(c, k + 1) && !c.t.cap[k + 1];
}

/** The sentence opens with a quotation that breaks off at a comma (`“Every time you say that,”`) before the cue. */
export function interruptsQuotation(c: Context, s: Sentence, cueFirst: number): boolean {
  if (!opensQuote(c, s.from)) return false;
  const close = c.regions[c.regionOf[s.from]!]!.close;
  return close < cueFirst && punct(c, close - 1) === ',';
}

/** The last token of a content after a cue that interrupts a quotation (`“…,” Tester said, referring the the 1 percent
 *  excuse, “you give …”`): the content ends before the comma where the quoted sentence resumes; else `last`. A "that"
 *  clause goes on into the quotation (`, noting that he and his wife, Callista, “have regularly talked with him …”`). */
export function endBeforeResumedQuote(c: Context, s: Sentence, cueFirst: number, first: number, last: number): number {
  if (!interruptsQuotation(c, s, cueFirst)) return last;
  for (let k = first; k < last; k++) {
    if (isWord(c, k) && word(c, k) === 'that') return last;
    if (k > first && opensQuote(c, k + 1) && resumesQuotedSentence(c, k + 1)) return k - 1;
  }
  return last;
}

/** `“…,” he continued.` ¶ `“In this pivotal moment, …”` — paragraphs that are one quotation each, with no frame of
 *  their own, continue the content (at most a few, so a run of unattributed quotes is not swallowed); with
 *  `speechOnly`, only quotations that read as speech (readsAsSpeech). */
function quoteParagraphsAfter(c: Context, from: number, end: number, speechOnly = false): number {
  let k = from;
  for (let paragraphs = 0; paragraphs < 3; paragraphs++) {
    while (k < c.t.n && c.t.kind[k] !== 4) { if (isWord(c, k) && c.regionOf[k]! < 0) return end; k++; }
    while (k < c.t.n && c.t.kind[k] === 4) k++;
    if (k >= c.t.n || !opensQuote(c, k)) return end;
    const r = c.regions[c.regionOf[k]!]!;
    if (speechOnly && !readsAsSpeech(c, r.open, r.close)) return end;
    let a = r.close + 1;
    while (a < c.t.n && c.t.kind[a] === 2 && punct(c, a) !== '') a++;
    if (a < c.t.n && c.t.kind[a] !== 4) return end;
    end = r.end;
    k = a;
  }
  return end;
}


/** Share of its uses PolNeAR marks as a cue above which a verb's content goes on into the quotation paragraphs after it. */
const SPOKEN_PARAGRAPHS_CUE_SHARE = 0.7;

/** The most words of a quotation paragraph that must hold a lower-case word and end a sentence to continue a content. */
const SPOKEN_PARAGRAPH_MIN_WORDS = 5;

/**
 * `Carter said that for decades some critics had been predicting an impending U.S. withdrawal …, but this would not
 * happen.` ¶ `“That’s because this region … remains the most consequential for America’s own security and prosperity.”`:
 * a reported statement that ends its paragraph goes on into the paragraphs after it that are one quoted sentence or
 * more each, as a tail's quotation does (quoteParagraphsAfter). Only after a verb of saying (share ≥ 0.7: not "wants",
 * "sees", "think", whose paragraph after is someone else's), and only quotations that read as speech: five words or
 * more, a lower-case word, a sentence's end before the closing mark, no "Name:" of a transcript in their first words
 * (not "“EVENTUALLY VOTERS MAKE GOOD DECISIONS”", "“Related:”", a subheading). Train: 8 contents made exact, 2 lost.
 */
export function spokenParagraphsAfter(c: Context, cueHead: number, last: number, end: number): number {
  if ((CUE_SHARE.get(word(c, cueHead)) ?? 0) < SPOKEN_PARAGRAPHS_CUE_SHARE || punct(c, last + 1) === ':') return end;
  return quoteParagraphsAfter(c, last + 1, end, true);
}

/** Does the quotation between marks `open` and `close` read as speech: enough words, one in lower case, a sentence's
 *  end before the closing mark, no ellipsis first and no colon in its first words? */
function readsAsSpeech(c: Context, open: number, close: number): boolean {
  const p = punct(c, close - 1);
  if (p !== '.' && p !== '?' && p !== '!') return false;
  // `“… Fares have increased to encourage more drivers …”`: an ellipsis first resumes words quoted before (a saved
  // Salon page parses a tweet piece by piece), not the speech of the statement before.
  const first = punct(c, open + 1);
  if (first === '…' || first === '.') return false;
  let words = 0, lower = false;
  for (let k = open + 1; k < close; k++) {
    if (k <= open + 4 && punct(c, k) === ':') return false;
    if (!isWord(c, k)) continue;
    words++;
    if (!c.t.cap[k]) lower = true;
  }
  return lower && words >= SPOKEN_PARAGRAPH_MIN_WORDS;
}

/** A quoted sentence that follows in the same paragraph with no frame of its own continues the quote. */
export function extendQuote(c: Context, close: number, end: number): number {
  let k = close + 1;
  for (;;) {
    while (k < c.t.n && c.t.kind[k] === 2 && punct(c, k) !== '') {
      const p = punct(c, k);
      if (p !== '.' && p !== ',' && p !== ')') break;
      k++;
    }
    if (k < c.t.n && opensQuote(c, k)) {
      const r = c.regions[c.regionOf[k]!]!;
      // Only when the quotation is followed by the end of its paragraph or sentence.
      const after = r.close + 1;
      const p = after < c.t.n ? punct(c, after) : '';
      if (after >= c.t.n || c.t.kind[after] === 4 || p === '' && c.t.kind[after] !== 1 || (p !== ',' && p !== '')) {
        end = r.end;
        k = after;
        continue;
      }
    }
    return end;
  }
}
