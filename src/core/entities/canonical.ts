// One entity, one name: groups the article's name mentions into entities and names each by the
// longest form seen ("Gerasimov", "Gen. Gerasimov" → "Valery Gerasimov"; "Kyiv" → "Ukraine").
// Built once per text from the name index; lookups by offset are binary searches.
import type { SpeakerType } from '../types';
import { codeAt, findNameMentions, lastMentionBefore, lowercaseProbe, opensSentence, type NameMention } from './names';
import { roleAfter, roleBefore, splitTitle } from './roles';
import { asciiWords, wordChars } from '../ascii-words';
import { followedByPlace, genderOfGivenName, governmentNameOf, isAcronym, isDemonym, isKnownAcronym, nonEmpty, opensWithGivenName, typeOfName, wordsOf } from './types';

export interface Entity {
  name: string;
  type: SpeakerType;
  role?: string;
  /** Lower-case words of every role and title seen, to match descriptions ("the general"); made on the
   *  first one (most entities never get one: two empty Sets per entity were a twentieth of all allocation). */
  roleWords: Set<string> | undefined;
  /** Roles already read into roleWords (a name recurs with the same title many times). */
  roleTexts: Set<string> | undefined;
  /** Whether `role` is only a title from the name itself ("Gen."): an apposition replaces it. */
  roleIsTitle?: boolean;
  /** Start/end pairs of mentions whose neighbouring roles are not read yet (see readRoles); added by addRoleSpan. */
  roleSpans: readonly number[];
  /** 'plural' for a group named by its members ("Volker and Morrison"): neither a "he" nor a "she". */
  gender?: 'm' | 'f' | 'plural';
  /** How many name mentions the article gives it: salience for pronouns. */
  mentionCount: number;
  /** Where the article first names it (a bare surname joins the full name seen before it). */
  firstStart: number;
}

/** The role spans of an entity that has none: shared, never written to (addRoleSpan replaces it). An array of its own
 *  per entity, grown by push from empty, took room for 17 numbers; most entities are named once or twice. */
export const NO_SPANS: readonly number[] = [];

/**
 * A new entity with every field present, those not known yet undefined: an entity that gained `gender` or
 * `role` later took another hidden class, and the optimized code reading entities met ever more of them
 * (deoptimized and recompiled well into the bench's timed passes). Every entity is made here.
 */
export function newEntity(name: string, type: SpeakerType, firstStart: number): Entity {
  return {
    name, type, role: undefined, roleWords: undefined, roleTexts: undefined, roleIsTitle: undefined, roleSpans: NO_SPANS,
    gender: undefined, mentionCount: 0, firstStart,
  };
}

export const LEADING_DETERMINER = /^(?:the|a|an)\s+/i;

/** An entity for a mention nothing else names, named by its own words: "reports", "a senior official" → "senior official". */
export function ownEntity(written: string, type: SpeakerType): Entity {
  return newEntity(written.replace(LEADING_DETERMINER, ''), type, -1);
}

export interface EntityMention extends NameMention {
  entity: Entity;
  /** The name as written, titles removed: what the mention itself says. */
  core: string;
}

export interface EntityIndex {
  mentions: EntityMention[];
  entities: Entity[];
  /** Entities by a name as the article writes it (full name, bare surname, body): for speaker spans
   *  that cut a name run short, as in a title-case headline ("Obama Says Museum Will Tell …"). */
  byWritten: Map<string, Entity>;
}

// Abbreviated titles stand for the nouns a later description uses: "Gen. Gerasimov" … "the general".
// A Map, not the record itself: looking an arbitrary word up in an object literal interns it first (and finds
// Object.prototype's "constructor").
const TITLE_NOUN: ReadonlyMap<string, string> = new Map(Object.entries({
  'sen.': 'senator', 'rep.': 'representative', 'gov.': 'governor', 'gen.': 'general', 'lt.': 'lieutenant',
  'col.': 'colonel', 'adm.': 'admiral', 'sgt.': 'sergeant', 'capt.': 'captain', 'maj.': 'major',
  'prof.': 'professor', 'dr.': 'doctor', 'pres.': 'president',
}));

function addRoleWords(entity: Entity, role: string | undefined): void {
  if (!role || entity.roleTexts?.has(role)) return;
  (entity.roleTexts ??= new Set()).add(role);
  for (const raw of roleWordsOf(role)) addRoleWord(entity, TITLE_NOUN.get(raw) ?? (raw.endsWith('.') ? raw.slice(0, -1) : raw));
}

/**
 * The lower-cased runs of letters and periods in a role ("Gen.", "chief of staff"), none empty. An ASCII role is
 * cut by a character loop; any other by the Unicode split it stands for (the split and a regex replace per word
 * were most of addRoleWords).
 */
function roleWordsOf(role: string): string[] {
  return asciiWords(role, 0, role.length, ROLE_WORDS) ?? nonEmpty(role.toLowerCase().split(/[^\p{L}.]+/u));
}

const ROLE_WORDS = wordChars('.');

export const hasRoleWord = (entity: Entity, word: string): boolean => entity.roleWords?.has(word) ?? false;
export function addRoleWord(entity: Entity, word: string): void {
  (entity.roleWords ??= new Set()).add(word);
}

const SAME_SURNAME_LIMIT = 8;
const SUFFIXES = new Set(['Jr.', 'Sr.', 'II', 'III', 'IV']);
// Typographic and plain apostrophes spell one surname: "O’Neill" is "O'Neill".
const surnameOf = (words: string[]): string => {
  const last = words[words.length - 1]!;
  const surname = SUFFIXES.has(last) && words.length > 1 ? words[words.length - 2]! : last;
  // A regex replace goes through the runtime: only for the few names that hold a typographic apostrophe.
  return surname.includes('’') ? surname.replace(/’/g, "'") : surname;
};

/** Whether a name's given name agrees with another's ("J. Smith" / "John Smith" / "John Q. Smith"). */
function sameFirstName(name: string, words: string[]): boolean {
  const ga = name.slice(0, name.indexOf(' '));
  const gb = words[0]!;
  if (ga === gb) return true;
  // An initial matches its name.
  return (/^\p{Lu}\.$/u.test(ga) && gb.startsWith(ga[0]!)) || (/^\p{Lu}\.$/u.test(gb) && ga.startsWith(gb[0]!));
}

/** "Crooked Hillary Clinton" ends with "Hillary Clinton". */
/** "Bill de Blasio" after "De Blasio", "Hillary Clinton" after "Clinton Foundation"-less "Clinton": the words in front are a given name. */
function addsGivenName(longer: string, shorter: string): boolean {
  const first = longer.slice(0, longer.indexOf(' '));
  return genderOfGivenName(first) !== undefined || /^(?:De|Van|Von|Da|Di|Du|Le|La|Al|Bin|Der|Den|Mc|Mac)\b/.test(shorter);
}

// Case-blind: "De Blasio" opening a sentence is "Bill de Blasio".
const endsWithName = (longer: string, shorter: string): boolean =>
  longer.length > shorter.length && longer[longer.length - shorter.length - 1] === ' '
  && longer.slice(longer.length - shorter.length).toLowerCase() === shorter.toLowerCase();

interface NameShape {
  type: SpeakerType;
  /** The name without titles, or the country a capital stands for. */
  core: string;
  title?: string;
  gender?: 'm' | 'f';
  /** The words of a name that may be a person's; undefined for governments, media, organizations. */
  words?: string[];
  /** The surname to look a bare word up by, when it differs from the word ("PENCE" → "Pence"). */
  surname?: string;
}

type LowercaseProbe = (word: string, near: number) => boolean;

const isShouted = (name: string): boolean => {
  const second = name.charCodeAt(1);
  if (!(second >= 65 && second <= 90)) return false; // "Donald Trump": answered without a regex
  return /^[\p{Lu} .'’-]+$/u.test(name) && !isKnownAcronym(name);
};
/**
 * "JAKE TAPPER" → "Jake Tapper": lower case, then a capital at the start and after white space, an apostrophe or a
 * hyphen. An ASCII name is cased by a character loop; any other by the regex it stands for, whose callback per word
 * cost more than the rest of a shouted name's shape.
 */
function titleCase(name: string): string {
  const lower = name.toLowerCase();
  for (let i = 0; i < lower.length; i++) if (lower.charCodeAt(i) >= 128) return titleCaseByRegex(lower);
  let out = '';
  let from = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 97 && c <= 122 && (i === 0 || isTitleBreak(lower.charCodeAt(i - 1)))) {
      out += lower.slice(from, i) + String.fromCharCode(c - 32);
      from = i + 1;
    }
  }
  return from === 0 ? lower : out + lower.slice(from);
}
const titleCaseByRegex = (lower: string): string => lower.replace(/(^|[\s'’-])(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase());
/** [\s'-] of titleCaseByRegex within ASCII: tab, line breaks, vertical tab, form feed, space, apostrophe, hyphen. */
const isTitleBreak = (c: number): boolean => (c >= 9 && c <= 13) || c === 32 || c === 39 || c === 45;

/** The title-cased name with its words of two or three letters written as shouted: "USA Today". */
function keepShortWordsShouted(shown: string, titled: string): string {
  const a = shown.split(' '), b = titled.split(' ');
  return a.length !== b.length ? titled : b.map((w, i) => (w.length >= 2 && w.length <= 3 ? a[i]! : w)).join(' ');
}

/** Type, core name and title of a name as written; null for a nationality adjective. */
function shapeOf(shown: string, at: number, opensSentence: boolean, lowercase: LowercaseProbe): NameShape | null {
  if (isDemonym(shown)) return null;
  // "JAKE TAPPER:" in a transcript is Jake Tapper.
  let written = shown.includes(' ') && isShouted(shown) ? titleCase(shown) : shown;
  let type = typeOfName(written);
  // "USA TODAY": a shouted body's name whose short words are acronyms ("USA Today", not "Usa Today").
  if (written !== shown && type !== 'government' && type !== 'media' && type !== 'organization') {
    const acronyms = keepShortWordsShouted(shown, written);
    const asBody = acronyms === written ? 'unknown' : typeOfName(acronyms);
    if (asBody === 'government' || asBody === 'media' || asBody === 'organization') { written = acronyms; type = asBody; }
  }
  let core = written;
  let title: string | undefined;
  let gender: 'm' | 'f' | undefined;
  if (type !== 'government' && type !== 'media' && type !== 'organization') {
    const split = splitTitle(written);
    if (split.core !== written) {
      core = split.core; title = split.title; gender = split.gender;
      type = typeOfName(core);
      if (type === 'unknown') type = 'person'; // "Mr. Trump", "President Obama"
    }
    if (type === 'person' && !title && !gender) {
      // "Rival Hillary Clinton" opening a sentence: a first word the article also writes in lower
      // case is not a name. (Only at a sentence start, where a capital proves nothing; each probe
      // scans a window of text, so they are kept few.)
      // Down to one word when the first is no known given name: "Unpredictable Sondland faces questions" (a headline).
      let space = core.indexOf(' ');
      // "Just-released Minecraft exploit makes it easy …" (a headline), "Newly-elected Jane Doe": a compound whose
      // second part is lower case is a modifier, not part of a name (names write both parts capitalized, "Ocasio-Cortez",
      // or lower-case a later word of the name, "Moon Jae-in").
      const hyphen = core.indexOf('-');
      // The hyphen first: the regex needs one inside the first word, and most names have none.
      if (space > 0 && hyphen > 0 && hyphen < space && LOWER_COMPOUND.test(core.slice(0, space))) {
        core = core.slice(space + 1);
        space = core.indexOf(' ');
        type = typeOfName(core);
      }
      while (opensSentence && space > 0 && (core.indexOf(' ', space + 1) > 0 || !genderOfGivenName(core.slice(0, space)))
          && lowercase(core.slice(0, space), at)) {
        core = core.slice(space + 1);
        space = core.indexOf(' ');
      }
      // One word left says nothing of its type by itself ("Divinatory Meanings" → "Meanings"): the bare surname
      // joins a full name below, or stays unknown.
      if (space < 0) type = typeOfName(core);
      // "Presidential Debates", "Public Opinion Research": every word is a common word here. A known
      // given name settles it without a probe.
      space = core.indexOf(' ');
      if (space > 0 && !genderOfGivenName(core.slice(0, space)) && lowercase(core.slice(core.lastIndexOf(' ') + 1), at)
          && everyWordInLowerCase(core, at, lowercase)) type = 'unknown';
    }
  }
  if (type === 'government') core = governmentNameOf(core) ?? core;
  const single = core.indexOf(' ') < 0;
  // Transcripts write speakers in capitals ("PENCE:"): such a word may still be a known surname.
  const shouted = single && (type === 'organization' || type === 'unknown') && isAcronym(core) && !core.includes('.')
    && core.length >= 3 && !isKnownAcronym(core);
  if (shouted) return { type, core, title, gender, words: [core], surname: titleCase(core).replace(/’/g, "'") };
  const maybePerson = type === 'person' || (type === 'unknown' && single);
  // Both returns build the same fields in the same order: one hidden class for every shape.
  return { type, core, title, gender, words: maybePerson ? wordsOf(core) : undefined, surname: undefined };
}

const LOWER_COMPOUND = /^\p{Lu}\p{Ll}*-\p{Ll}+$/u;

/** core.split(' ').every((w) => lowercase(w, at)), the words cut with indexOf: no array and no closure per name. */
function everyWordInLowerCase(core: string, at: number, lowercase: LowercaseProbe): boolean {
  for (let from = 0; ;) {
    const next = core.indexOf(' ', from);
    if (!lowercase(next < 0 ? core.slice(from) : core.slice(from, next), at)) return false;
    if (next < 0) return true;
    from = next + 1;
  }
}

/** A new entity, listed among the text's entities. */
function addEntity(entities: Entity[], name: string, type: SpeakerType, firstStart: number): Entity {
  const e = newEntity(name, type, firstStart);
  entities.push(e);
  return e;
}

/** Indexes the names of a text into entities. Linear in the number of mentions. */
const NO_BREAK_SPACES = /\u00a0/g;

export function indexEntities(text: string): EntityIndex {
  const raw = findNameMentions(text);
  const mentions: EntityMention[] = [];
  const entities: Entity[] = [];
  const byName = new Map<string, Entity>();
  const bySurname = new Map<string, Entity[]>();
  const singles = new Map<string, Entity>();
  const pending: { index: number; surname: string; gender?: 'm' | 'f'; title?: string; role?: string }[] = [];


  // The same name recurs many times in an article ("Trump" ×50): read its shape once, apart for a name of several
  // words opening a sentence (its first word may be the sentence's, see shapeOf). Two maps keyed by the name, not
  // one keyed by a marked copy of it: the copy was a new string to build and hash for each such mention.
  const shapes = new Map<string, NameShape | null>();
  const openingShapes = new Map<string, NameShape | null>();
  const lowercase = lowercaseProbe(text);
  for (const m of raw) {
    let written = text.slice(m.start, m.end);
    // One name however its words are spaced: "Donald&nbsp;Trump" is the "Donald Trump" named elsewhere.
    if (written.includes('\u00a0')) written = written.replace(NO_BREAK_SPACES, ' ');
    const opens = written.includes(' ') && opensSentence(text, m.start);
    const known = opens ? openingShapes : shapes;
    let shape = known.get(written);
    if (shape === undefined) { shape = shapeOf(written, m.start, opens, lowercase); known.set(written, shape); }
    if (shape === null) continue; // "Russian forces": an adjective, no entity
    const { type, core, title, gender } = shape;
    let { words } = shape;
    if (words && words.length > 1 && followedByPlace(text, m.end)) words = undefined; // "Fort Wayne, Indiana"
    if (!words) {
      let entity = byName.get(core);
      if (!entity) { entity = addEntity(entities, core, type, m.start); byName.set(core, entity); }
      mentions.push({ start: m.start, end: m.end, entity, core });
      continue;
    }
    const role = title;
    const surname = shape.surname ?? surnameOf(words);
    if (words.length === 1) {
      // A bare surname ("Gerasimov", "Mr. Trump"): joined to a full name once all are known (below).
      let entity = singles.get(core);
      if (!entity) { entity = addEntity(entities, core, type, m.start); singles.set(core, entity); }
      if (type === 'person') entity.type = 'person';
      pending.push({ index: mentions.length, surname, gender, title, role });
      noteRoleSpan(entity, m);
      mentions.push({ start: m.start, end: m.end, entity, core });
      continue;
    }
    const candidates = bySurname.get(surname) ?? [];
    let entity: Entity | undefined;
    // Look at the last few people with this surname only: a family shares one, a hostile text
    // could make thousands share one.
    for (let i = candidates.length - 1; i >= 0 && i >= candidates.length - SAME_SURNAME_LIMIT; i--) {
      const e = candidates[i]!;
      if (sameFirstName(e.name, words) || endsWithName(e.name, core) || endsWithName(core, e.name)) { entity = e; break; }
    }
    if (!entity) {
      entity = addEntity(entities, core, 'person', m.start);
      candidates.push(entity);
      bySurname.set(surname, candidates);
    } else if (core.length > entity.name.length && (!endsWithName(core, entity.name) || addsGivenName(core, entity.name))) {
      // A longer form inside the name ("Hillary Rodham Clinton") names the entity; one that only adds
      // words in front ("Crooked Hillary Clinton") is an epithet, not a fuller name.
      entity.name = core;
    }
    describe(entity, gender ?? genderOfGivenName(words[0]!), title, role);
    noteRoleSpan(entity, m);
    mentions.push({ start: m.start, end: m.end, entity, core });
  }

  // Bare surnames join the nearest full name with that surname (earlier first, else later: an
  // article may say "Putin" in a headline before "Vladimir Putin"). One that matches none keeps
  // its own entity, shared by every mention of the same word.
  const byFirstWord = pending.length > 0 ? firstWordsOfPeople(entities) : new Map<string, Entity[]>();
  const firstBare = new Map<string, number>();
  for (const p of pending) if (!firstBare.has(p.surname)) firstBare.set(p.surname, mentions[p.index]!.start);
  for (const p of pending) {
    const m = mentions[p.index]!;
    const candidates = bySurname.get(p.surname) ?? (genderOfGivenName(p.surname) ? byFirstWord.get(p.surname) : introducedBefore(byFirstWord.get(p.surname), firstBare.get(p.surname)!)) ?? [];
    if (candidates.length === 0) { describe(m.entity, p.gender, p.title, p.role); continue; }
    // The first person introduced with this surname is the article's "Clinton" (Hillary before a later
    // Chelsea), unless an honorific's gender rules them out ("Mr. Clinton").
    let target: Entity | undefined;
    for (let i = 0; i < candidates.length && i < SAME_SURNAME_LIMIT; i++) {
      const c = candidates[i]!;
      if (p.gender && c.gender && c.gender !== p.gender) continue;
      target = c;
      break;
    }
    if (!target) { describe(m.entity, p.gender, p.title, p.role); continue; }
    for (let i = 0; i + 1 < m.entity.roleSpans.length; i += 2) addRoleSpan(target, m.entity.roleSpans[i]!, m.entity.roleSpans[i + 1]!);
    m.entity = target;
    describe(target, p.gender, p.title, p.role);
  }
  if (entities.length > 1) {
    joinAcronymsToTheirNames(text, mentions);
    joinBodiesNamedShort(mentions, entities);
    joinSurnamesOfOutlets(text, mentions, bySurname);
  }
  typeBodiesByTheirPeople(text, mentions);
  const byWritten = new Map<string, Entity>();
  for (const m of mentions) {
    m.entity.mentionCount++;
    // A person's name goes to its last mention's entity, any other to its first; a mention of the entity already
    // there ("Trump" for the fiftieth time) sets nothing.
    const known = byWritten.get(m.core);
    if (known !== m.entity && (known === undefined || m.entity.type === 'person')) byWritten.set(m.core, m.entity);
  }
  for (const [surname, people] of bySurname) if (!byWritten.has(surname)) byWritten.set(surname, people[0]!);
  return { mentions, entities, byWritten };
}

/**
 * "the National Rifle Association (NRA)", "Richard M. Stallman (RMS)": an acronym in brackets right after a name
 * whose words it abbreviates is that name, here and wherever else the article uses it; the reader sees one speaker
 * under the full name, not "NRA" apart from "National Rifle Association" (or "RMS" typed as an organization).
 */
function joinAcronymsToTheirNames(text: string, mentions: EntityMention[]): void {
  let fullNameOf: Map<Entity, Entity> | undefined;
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i]!;
    const before = mentions[i - 1]!;
    if (codeAt(text, m.start - 1) !== 40 || codeAt(text, m.end) !== 41 || before.end !== m.start - 2) continue;
    if (before.entity === m.entity || !isAcronym(m.core) || !abbreviates(m.core, before.core)) continue;
    (fullNameOf ??= new Map()).set(m.entity, before.entity);
  }
  if (!fullNameOf) return;
  for (const m of mentions) m.entity = fullNameOf.get(m.entity) ?? m.entity;
}

/** Whether `acronym` is the initials of `name`'s words (split at spaces and hyphens), with or without the
 *  lower-case ones: "NRA" for "National Rifle Association", "DOJ" for "Department of Justice". */
function abbreviates(acronym: string, name: string): boolean {
  let all = '';
  let capitals = '';
  let atWordStart = true;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 32 || c === 45) { atWordStart = true; continue; }
    if (!atWordStart) continue;
    atWordStart = false;
    const upper = name[i]!.toUpperCase();
    all += upper;
    if (c >= 65 && c <= 90) capitals += upper;
  }
  return acronym.length >= 2 && (acronym === capitals || acronym === all);
}

/**
 * "Big Machine" after "Big Machine Records", "GateHouse" after "GateHouse Media": a name that is an organization's name
 * without its last word is that organization, unless it opens with a given name ("Dick Clark" is not "Dick Clark
 * Productions").
 */
function joinBodiesNamedShort(mentions: EntityMention[], entities: Entity[]): void {
  let byShortName: Map<string, Entity> | undefined;
  for (const e of entities) {
    if (e.type !== 'organization') continue;
    const cut = e.name.lastIndexOf(' ');
    if (cut < 0) continue;
    (byShortName ??= new Map()).set(e.name.slice(0, cut), e);
  }
  if (!byShortName) return;
  for (const m of mentions) {
    const e = m.entity;
    if (e.type === 'organization' || e.type === 'government' || e.type === 'media') continue;
    const body = byShortName.get(e.name);
    if (!body || opensWithGivenName(e.name)) continue;
    // A one-word short name ("GateHouse" after "GateHouse Media", "Alden" after "Alden Capital") only for a word of
    // unknown type: "Trump" is a person even where the article names the Trump Organization.
    if (!e.name.includes(' ') && e.type !== 'unknown') continue;
    m.entity = body;
  }
}

/** "said Hill" after "Fiona Hill", "Bloomberg" after "Michael Bloomberg": an outlet's name that is the surname of a
 *  person the article names is that person. So is a country's or a capital's, as written ("Israel said" after "Rep.
 *  Steve Israel", "Jordan said" after "Rep. Jim Jordan", "Paris, who used to work on Capitol Hill" after "Jeremy Paris"). */
function joinSurnamesOfOutlets(text: string, mentions: EntityMention[], bySurname: Map<string, Entity[]>): void {
  for (const m of mentions) {
    const type = m.entity.type;
    if ((type !== 'media' && type !== 'government') || m.core.includes(' ')) continue;
    const people = bySurname.get(type === 'media' ? m.core : text.slice(m.start, m.end));
    // A country's only for a name that opens with a known given name: "Republic of Albania", "Poor Mexico", "AI
    // Taiwan" are typed people too, for want of another type.
    if (people && (type === 'media' || opensWithGivenName(people[0]!.name))) m.entity = people[0]!;
  }
}

// Roles in apposition or before a name are read only for entities resolution asks about (a speaker,
// a candidate for "the general"), from their first few mentions: most names in an article never need one.
const ROLE_SPANS = 6;

function noteRoleSpan(entity: Entity, m: NameMention): void {
  addRoleSpan(entity, m.start, m.end);
}

function addRoleSpan(entity: Entity, start: number, end: number): void {
  const spans = entity.roleSpans;
  if (spans.length === 0) entity.roleSpans = [start, end];
  else if (spans.length < 2 * ROLE_SPANS) (spans as number[]).push(start, end); // its own: made here, not NO_SPANS
}

/** Reads the roles the text gives an entity next to its first mentions; an apposition outranks a title. */
export function readRoles(text: string, entity: Entity): Entity {
  const spans = entity.roleSpans;
  if (spans.length === 0) return entity;
  entity.roleSpans = NO_SPANS;
  for (let i = 0; i < spans.length; i += 2) {
    const role = roleAfter(text, spans[i + 1]!) ?? roleBefore(text, spans[i]!);
    if (!role) continue;
    if (!entity.role || entity.roleIsTitle) { entity.role = role; entity.roleIsTitle = false; }
    addRoleWords(entity, role);
  }
  return entity;
}

/**
 * "Wikileaks editor-in-chief Kristinn Hrafnsson", "The Wikileaks founder": a one-word name of unknown type before a
 * role only a body has (a founder, an editor-in-chief, employees) is that body, an organization. Not "spokesman" or
 * "adviser": a person has those too ("Sanders spokesman Michael Briggs"). One short look after each mention.
 */
function typeBodiesByTheirPeople(text: string, mentions: EntityMention[]): void {
  for (const m of mentions) {
    const e = m.entity;
    if (e.type !== 'unknown' || e.name.includes(' ')) continue;
    if (BODY_ROLE_AFTER.test(text.slice(m.end, m.end + 20))) e.type = 'organization';
  }
}
const BODY_ROLE_AFTER = /^\s+(?:co-?founders?|founders?|editor-in-chief|chief executive|CEO|employees|staffers|shareholders)\b/;

/** Adds what one mention tells about its entity: gender from an honorific, its first role, role words. */
function describe(entity: Entity, gender: 'm' | 'f' | undefined, title: string | undefined, role: string | undefined): void {
  if (gender && !entity.gender) entity.gender = gender;
  if (role && !entity.role) { entity.role = role; entity.roleIsTitle = role === title; }
  addRoleWords(entity, title);
  if (role !== title) addRoleWords(entity, role);
}

/**
 * The people named in full before a bare word's first use (a given name may come first: "her mother, Fiona, said" …
 * "Fiona Parry issued a plea"). A name written family-name first ("Liu Xiaming" … "Liu")
 * introduces the person before the bare word; a word written alone before it ("Stadia has been built …" … "three
 * months of Stadia Pro") is a thing of its own, and the longer name is that thing's ("Stadia Pro" is typed a
 * person only for want of another type, and its "he" took every "Stadia").
 */
function introducedBefore(people: Entity[] | undefined, bareAt: number): Entity[] | undefined {
  if (!people) return undefined;
  const out: Entity[] = [];
  for (const e of people) if (e.firstStart < bareAt) out.push(e);
  return out.length > 0 ? out : undefined;
}

// Names written family-name first ("Kim Jong Un" … "Kim"): a bare word may match a first word.
function firstWordsOfPeople(entities: Entity[]): Map<string, Entity[]> {
  const out = new Map<string, Entity[]>();
  for (const e of entities) {
    const space = e.name.indexOf(' ');
    if (e.type !== 'person' || space < 0) continue;
    const first = e.name.slice(0, space);
    const people = out.get(first);
    if (people) people.push(e); else out.set(first, [e]);
  }
  return out;
}

/** The entity mentions lying inside [start, end), in order. Most spans asked about hold none or one: the list is made
 *  at the first (a list grown by push from empty took room for 16), and none is one shared empty list. */
export function mentionsWithin(index: EntityIndex, start: number, end: number): readonly EntityMention[] {
  let out: EntityMention[] | undefined;
  for (let i = lastMentionBefore(index.mentions, start) + 1; i < index.mentions.length; i++) {
    const m = index.mentions[i]!;
    if (m.start >= end) break;
    if (m.end > end) continue;
    if (out === undefined) out = [m];
    else out.push(m);
  }
  return out ?? NO_MENTIONS;
}
const NO_MENTIONS: readonly EntityMention[] = [];
